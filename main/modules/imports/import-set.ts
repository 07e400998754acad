// What every importer produces: the source's data in our own terms, parsed and validated in full
// before anything is written. The writer then stores an ImportSet in one transaction.
import type { ImportKind } from '../../contract/api';

export interface SourceIn {
  kind: string;
  /** the shop's identity (a domain); null when the files do not say which shop they come from */
  externalId: string | null;
  /** null: the files do not say; an existing source keeps what it has */
  name: string | null;
  currency: string | null;
  timezone: string | null;
}

export interface ProductIn {
  externalId: string;
  title: string | null;
  category: string | null;
  categoryLabel: string | null;
  vendor: string | null;
  status: string | null;
  descriptionLength: number | null;
  photos: number | null;
  weightGrams: number | null;
  lengthCm: number | null;
  heightCm: number | null;
  widthCm: number | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface VariantIn {
  externalId: string;
  productExternalId: string;
  sku: string | null;
  title: string | null;
  priceMinor: number | null;
  currency: string | null;
  barcode: string | null;
  inventoryQuantity: number | null;
  weightGrams: number | null;
}

export interface SellerIn {
  externalId: string;
  kind: 'marketplace_seller' | 'supplier';
  name: string | null;
  email: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface CustomerIn {
  externalId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  acceptsMarketing: number | null;
  createdAt: string | null;
}

export type LineState = 'placed' | 'approved' | 'handed_to_carrier' | 'delivered' | 'cancelled' | 'returned';

/** Where a record was read: the file and the 1-based line, for messages about it. */
export interface Origin {
  file: string;
  line: number;
  /** the field that says how many units (Quantity, quantity) */
  quantityField?: string;
}

export interface LineIn {
  /**
   * Stable across exports of the same order: the source's own line id where it has one, else
   * one made from the line's content (never its row position, which shifts when a row is added
   * or removed). An order re-imported is described by its new lines completely: a line whose id
   * is no longer among them is removed.
   */
  externalId: string;
  origin?: Origin;
  lineNo: number;
  kind: 'goods' | 'free_item' | 'stock_adjustment';
  productExternalId: string | null;
  variantExternalId: string | null;
  sellerExternalId: string | null;
  sku: string | null;
  title: string | null;
  quantity: number;
  unitPriceMinor: number;
  shippingMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  currency: string;
  state: LineState;
  placedAt: string | null;
  approvedAt: string | null;
  handedToCarrierAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  returnedAt: string | null;
  shipBy: string | null;
  promisedDeliveryDate: string | null;
}

export interface OrderIn {
  externalId: string;
  name: string | null;
  customerExternalId: string | null;
  customerRef: string | null;
  isGuest: boolean;
  email: string | null;
  status: string;
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  currency: string;
  placedAt: string | null;
  placedOn: string | null;
  approvedAt: string | null;
  handedToCarrierAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  closedAt: string | null;
  promisedDeliveryDate: string | null;
  deliveredOnTime: boolean | null;
  goodsMinor: number;
  shippingMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  shipCity: string | null;
  shipRegion: string | null;
  shipPostalCode: string | null;
  shipCountry: string | null;
  channel: string | null;
  gateway: string | null;
  note: string | null;
  tags: string | null;
  lines: LineIn[];
}

export interface PaymentIn {
  externalId: string;
  orderExternalId: string;
  sequence: number;
  method: string;
  installments: number | null;
  amountMinor: number;
  currency: string;
  paidAt: string | null;
  gateway: string | null;
  status: string | null;
}

export interface RefundLineIn {
  externalId: string;
  /** the order line this returns (by its external id), or null when nothing identifies one */
  orderLineExternalId: string | null;
  sku: string | null;
  title: string | null;
  quantity: number;
  amountMinor: number;
}

export interface RefundIn {
  externalId: string;
  orderExternalId: string | null;
  customerExternalId: string | null;
  kind: 'refund' | 'credit_note';
  createdAt: string | null;
  amountMinor: number;
  currency: string;
  reason: string | null;
  lines: RefundLineIn[];
}

export interface ReviewIn {
  externalId: string;
  score: number;
  title: string | null;
  message: string | null;
  createdAt: string | null;
  answeredAt: string | null;
  orderExternalIds: string[];
}

export interface ImportSet {
  kind: ImportKind;
  source: SourceIn;
  files: { name: string; rows: number; sha256: string }[];
  products: ProductIn[];
  variants: VariantIn[];
  sellers: SellerIn[];
  customers: CustomerIn[];
  orders: OrderIn[];
  payments: PaymentIn[];
  refunds: RefundIn[];
  reviews: ReviewIn[];
  /**
   * A partial export (a few Shopify payloads): references to products, variants and orders may
   * point at what an earlier import brought, so they are resolved against the workspace too, and
   * what is found nowhere is left unlinked and counted in the report instead of failing the import.
   */
  partial?: boolean;
  /** decisions and quirks a person should read in the import report */
  notes: string[];
  totals: Record<string, number>;
}

export function emptySet(kind: ImportKind, source: SourceIn): ImportSet {
  return {
    kind,
    source,
    files: [],
    products: [],
    variants: [],
    sellers: [],
    customers: [],
    orders: [],
    payments: [],
    refunds: [],
    reviews: [],
    notes: [],
    totals: {},
  };
}
