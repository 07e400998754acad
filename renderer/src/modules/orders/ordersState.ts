import type { ParsedInput } from '../../../../main/contract/api';
import { presetList, useListState } from '../../shared/listState';

export type OrderSort = ParsedInput<'orders.list'>['sort'];

/** A product or seller the list is narrowed to, with the name its chip shows. */
export interface NamedFilter {
  id: number;
  label: string;
}

export interface OrdersListState {
  page: number;
  pageSize: number;
  search: string;
  status: string[];
  sourceId: string | null;
  /** orders with a line of this product (set from the Products screen) */
  product: NamedFilter | null;
  /** orders with a line sold by this seller (set from the Sellers screen) */
  seller: NamedFilter | null;
  placedFrom: string;
  placedTo: string;
  sort: OrderSort;
  dir: 'asc' | 'desc';
}

export const ORDERS_DEFAULTS: OrdersListState = {
  page: 1,
  pageSize: 50,
  search: '',
  status: [],
  sourceId: null,
  product: null,
  seller: null,
  placedFrom: '',
  placedTo: '',
  sort: 'placed_at',
  dir: 'desc',
};

export function useOrdersState() {
  return useListState<OrdersListState>('orders', ORDERS_DEFAULTS);
}

/** Opens on a fresh list: only the given filters apply (e.g. one status in one period, or one product). */
export function presetOrders(patch: Partial<OrdersListState>) {
  presetList('orders', ORDERS_DEFAULTS, patch);
}
