// UCI "Online Retail": one CSV row per invoice line of a UK gift wholesaler (UK local time, GBP).
// Decisions taken on purpose, and repeated in the import report:
// - an invoice is an order; a row without CustomerID makes a guest order
// - an invoice number starting with "C" is a credit note (a cancellation or refund). Each of its
//   rows is linked to the original order lines that customer, stock code and unit price identify
//   (the most recent earlier purchases first, never more units than were bought); what nothing
//   identifies is kept as an unlinked return line, never guessed
// - a negative quantity inside an ordinary invoice is a stock adjustment (write-offs: "damages",
//   "thrown away"; all have price 0 and no customer): a zero-value line of kind stock_adjustment.
//   A negative quantity at a price above 0 is money going back, which only a credit note carries:
//   such a row is refused, as is an invoice number that is neither digits nor "C" and digits
// - a line is identified by its content (invoice, stock code, unit price, and which of the rows
//   with those three it is), not by its row position: a row added, removed or moved elsewhere in
//   the file leaves the other lines as they are
// - a positive quantity at price 0 is an item given at no charge (samples, gifts): kind free_item
// - a stock code is a product, titled by its most frequent description; the codes for postage,
//   fees, discounts and manual entries (POST, DOT, M, D, ...) are charges, not products
import { BadInputError } from '../../contract/errors';
import { readCsv } from './csv';
import { Fields, Problems } from './fields';
import { emptySet, type CustomerIn, type ImportSet, type LineIn, type OrderIn, type RefundIn, type RefundLineIn } from './import-set';
import { fileSha256, type ImportFile } from './files';
import { ONLINE_RETAIL_COLUMNS } from './detect';
import { MoneyError, addMinor, formatMoney, minorToDecimal, multiplyMinor } from '../../contract/money';

const TZ = 'Europe/London';
// Stock codes that book a charge or correction rather than a product.
const CHARGE_CODES = new Set(['POST', 'DOT', 'M', 'm', 'S', 'C2', 'D', 'AMAZONFEE', 'BANK CHARGES', 'CRUK', 'B', 'PADS']);
const CUR = 'GBP';

interface Row {
  i: number; // data row index, for error lines
  invoice: string;
  stockCode: string;
  description: string | null;
  quantity: number;
  priceMinor: number;
  /** quantity x unit price, checked to be held exactly */
  totalMinor: number;
  /** stable identity: invoice|stock code|unit price|n-th row with those three */
  key: string;
  local: string; // InvoiceDate as written
  at: string; // UTC
  customer: string | null;
  country: string | null;
}

interface Purchase {
  line: LineIn;
  order: OrderIn;
  returned: number;
}

const gbp = (minor: number) => formatMoney(minor, CUR, 'en-GB');
const n = (x: number) => x.toLocaleString('en-US');

export function parseOnlineRetail(files: ImportFile[], progress?: (done: number, total: number) => void): ImportSet {
  const set = emptySet('online-retail', {
    kind: 'online_retail',
    externalId: 'uci-online-retail',
    name: 'Online Retail (UK wholesaler)',
    currency: CUR,
    timezone: TZ,
  });
  if (files.length !== 1) {
    throw new BadInputError([{ file: files.map((f) => f.name).join(', ') || '(no file)', line: 0, message: 'an Online Retail import takes exactly one CSV file' }]);
  }
  const file = files[0];
  const t = readCsv(file.path, file.name, ONLINE_RETAIL_COLUMNS);
  if (t.rows.length === 0) throw new BadInputError([{ file: file.name, line: 2, message: 'has a header but no rows: nothing to import' }]);
  set.files.push({ name: file.name, rows: t.rows.length, sha256: fileSha256(file.path) });
  progress?.(1, 2);
  const problems = new Problems();
  const f = new Fields(t, problems);

  // ---- read and validate every row, grouped by invoice in file order ----
  const invoices = new Map<string, Row[]>();
  const customerOf = new Map<string, string | null>(); // invoice -> its (valid) customer, once one row gave it
  const invoiceSums = new Map<string, number>();
  const keyCounts = new Map<string, number>();
  let fileSales = 0;
  let fileCredits = 0;
  const sumUp = (i: number, a: number, b: number, what: string): number | null => {
    try {
      return addMinor(a, b, CUR);
    } catch (e) {
      f.fail(i, 'Quantity', `${what}: ${(e as MoneyError).message}`);
      return null;
    }
  };
  for (let i = 0; i < t.rows.length; i++) {
    const invoice = f.text(i, 'InvoiceNo', true) ?? '';
    const invoiceOk = invoice === '' || /^C?\d+$/.test(invoice);
    if (!invoiceOk) f.fail(i, 'InvoiceNo', `"${invoice}" is not an invoice number (digits, or "C" and digits for a credit note)`);
    const readQuantity = f.int(i, 'Quantity', { required: true });
    const quantity = readQuantity ?? 0;
    const priceMinor = f.money(i, 'UnitPrice', CUR);
    const local = f.raw(i, 'InvoiceDate').trim();
    const at = f.timestamp(i, 'InvoiceDate', TZ, true) ?? '';
    const rawCustomer = f.text(i, 'CustomerID');
    // R and pandas exports write ids as 17850.0
    const customer = rawCustomer === null ? null : rawCustomer.replace(/\.0+$/, '');
    const customerOk = customer === null || /^\d+$/.test(customer);
    if (!customerOk) f.fail(i, 'CustomerID', `"${rawCustomer}" is not a customer number`);
    if (priceMinor < 0) f.fail(i, 'UnitPrice', 'is negative: a sale or credit note line has a price of zero or more');
    if (readQuantity === 0) f.fail(i, 'Quantity', 'is zero');
    const isCredit = invoice.startsWith('C');
    if (isCredit && quantity > 0) f.fail(i, 'Quantity', `is positive on credit note ${invoice}: a credit note returns units`);
    if (!isCredit && invoiceOk && quantity < 0 && priceMinor > 0) {
      f.fail(
        i,
        'Quantity',
        `is negative (${quantity}) at a unit price of ${minorToDecimal(priceMinor, CUR)} on ordinary invoice ${invoice}: units going back at a price belong on a credit note ("C${invoice}"); only rows at price 0 are stock adjustments`,
      );
    }
    let totalMinor = 0;
    try {
      totalMinor = multiplyMinor(priceMinor, quantity, CUR);
    } catch (e) {
      f.fail(i, 'Quantity', (e as MoneyError).message);
    }
    const stockCode = f.text(i, 'StockCode', true) ?? '';
    const base = `${invoice}|${stockCode}|${minorToDecimal(priceMinor, CUR)}`;
    const nth = (keyCounts.get(base) ?? 0) + 1;
    keyCounts.set(base, nth);
    const row: Row = {
      i,
      invoice,
      stockCode,
      description: f.text(i, 'Description'),
      quantity,
      priceMinor,
      totalMinor,
      key: `${base}|${nth}`,
      local,
      at,
      customer,
      country: f.text(i, 'Country'),
    };
    // an invoice's and the file's totals must be held exactly too
    const invoiceSum = sumUp(i, invoiceSums.get(invoice) ?? 0, totalMinor, `invoice ${invoice}'s total`);
    if (invoiceSum !== null) {
      invoiceSums.set(invoice, invoiceSum);
      if (isCredit) fileCredits = sumUp(i, fileCredits, totalMinor, "the file's credit notes") ?? fileCredits;
      else fileSales = sumUp(i, fileSales, totalMinor, "the file's invoices") ?? fileSales;
    }
    // one customer per invoice; a CustomerID already refused above is not compared again
    if (customerOk) {
      if (!customerOf.has(invoice)) customerOf.set(invoice, customer);
      else if (customerOf.get(invoice) !== customer) f.fail(i, 'CustomerID', `invoice ${invoice} already belongs to customer ${customerOf.get(invoice) ?? '(none)'}`);
    }
    const rows = invoices.get(invoice);
    if (rows) rows.push(row);
    else invoices.set(invoice, [row]);
  }
  problems.throwIfAny();

  // ---- customers: everyone with a number, including those seen only on credit notes ----
  const customers = new Map<string, CustomerIn>();
  for (const rows of invoices.values()) {
    const r = rows[0];
    if (r.customer !== null && !customers.has(r.customer)) {
      customers.set(r.customer, {
        externalId: r.customer,
        name: null,
        email: null,
        phone: null,
        city: null,
        region: null,
        postalCode: null,
        country: r.country,
        acceptsMarketing: null,
        createdAt: null,
      });
    }
  }
  set.customers = [...customers.values()];

  // ---- products: one per stock code, titled by its most frequent description ----
  const titles = new Map<string, Map<string, number>>();
  for (const rows of invoices.values()) {
    for (const r of rows) {
      if (CHARGE_CODES.has(r.stockCode)) continue;
      let counts = titles.get(r.stockCode);
      if (!counts) titles.set(r.stockCode, (counts = new Map()));
      // adjustment rows carry notes ("damages", "?") rather than the product's name
      if (r.description !== null && r.quantity > 0) counts.set(r.description, (counts.get(r.description) ?? 0) + 1);
    }
  }
  for (const [code, counts] of titles) {
    let title: string | null = null;
    let best = 0;
    for (const [d, c] of counts) if (c > best) [title, best] = [d, c];
    set.products.push({
      externalId: code,
      title,
      category: null,
      categoryLabel: null,
      vendor: null,
      status: null,
      descriptionLength: null,
      photos: null,
      weightGrams: null,
      lengthCm: null,
      heightCm: null,
      widthCm: null,
      createdAt: null,
      updatedAt: null,
    });
  }

  // ---- orders ----
  const purchases = new Map<string, Purchase[]>(); // customer|stock code|unit price -> lines
  let goodsMinor = 0;
  let adjustmentRows = 0;
  let adjustmentsWithCustomer = 0;
  let freeRows = 0;
  let adjustmentInvoices = 0;
  const adjustmentWords = new Map<string, number>();
  const creditNotes: Row[][] = [];
  for (const [invoice, rows] of invoices) {
    if (invoice.startsWith('C')) {
      creditNotes.push(rows);
      continue;
    }
    const placed = rows.reduce((a, r) => (r.at < a.at ? r : a), rows[0]);
    const order: OrderIn = {
      externalId: invoice,
      name: invoice,
      customerExternalId: placed.customer,
      customerRef: placed.customer,
      isGuest: placed.customer === null,
      email: null,
      status: 'invoiced',
      financialStatus: null,
      fulfillmentStatus: null,
      currency: CUR,
      placedAt: placed.at,
      placedOn: placed.local.slice(0, 10),
      approvedAt: placed.at,
      handedToCarrierAt: null,
      deliveredAt: null,
      cancelledAt: null,
      closedAt: null,
      promisedDeliveryDate: null,
      deliveredOnTime: null,
      goodsMinor: 0,
      shippingMinor: 0,
      discountMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
      shipCity: null,
      shipRegion: null,
      shipPostalCode: null,
      shipCountry: placed.country,
      channel: null,
      gateway: null,
      note: null,
      tags: null,
      lines: [],
    };
    rows.forEach((r, k) => {
      // negative quantities here are all at price 0 (anything else was refused above)
      const kind: LineIn['kind'] = r.quantity < 0 ? 'stock_adjustment' : r.priceMinor === 0 ? 'free_item' : 'goods';
      if (kind === 'stock_adjustment') {
        adjustmentRows++;
        if (r.customer !== null) adjustmentsWithCustomer++;
        const word = (r.description ?? '(no description)').toLowerCase();
        adjustmentWords.set(word, (adjustmentWords.get(word) ?? 0) + 1);
      }
      if (kind === 'free_item') freeRows++;
      const total = r.totalMinor;
      const line: LineIn = {
        externalId: r.key,
        origin: { file: file.name, line: t.lineOf(r.i), quantityField: 'Quantity' },
        lineNo: k + 1,
        kind,
        productExternalId: CHARGE_CODES.has(r.stockCode) ? null : r.stockCode,
        variantExternalId: null,
        sellerExternalId: null,
        sku: r.stockCode,
        title: r.description,
        quantity: r.quantity,
        unitPriceMinor: r.priceMinor,
        shippingMinor: 0,
        discountMinor: 0,
        taxMinor: 0,
        totalMinor: total,
        currency: CUR,
        state: 'approved',
        placedAt: r.at,
        approvedAt: r.at,
        handedToCarrierAt: null,
        deliveredAt: null,
        cancelledAt: null,
        returnedAt: null,
        shipBy: null,
        promisedDeliveryDate: null,
      };
      order.lines.push(line);
      order.goodsMinor += total;
      order.totalMinor += total;
      if (kind === 'goods' && r.customer !== null) {
        const key = `${r.customer}|${r.stockCode}|${r.priceMinor}`;
        const list = purchases.get(key);
        if (list) list.push({ line, order, returned: 0 });
        else purchases.set(key, [{ line, order, returned: 0 }]);
      }
    });
    if (order.lines.every((l) => l.kind === 'stock_adjustment')) {
      order.status = 'stock_adjustment';
      adjustmentInvoices++;
    }
    goodsMinor += order.goodsMinor;
    set.orders.push(order);
  }

  // ---- credit notes, linked to what they return where the data identifies it ----
  for (const list of purchases.values()) list.sort((a, b) => ((a.line.placedAt ?? '') < (b.line.placedAt ?? '') ? -1 : 0));
  creditNotes.sort((a, b) => (a[0].at < b[0].at ? -1 : a[0].at > b[0].at ? 1 : 0));
  let refundMinor = 0;
  let linkedRows = 0;
  let partlyLinkedRows = 0;
  let unlinkedRows = 0;
  let linkedMinor = 0;
  let unlinkedMinor = 0;
  for (const rows of creditNotes) {
    const first = rows[0];
    const lines: RefundLineIn[] = [];
    const ordersTouched = new Set<string>();
    let amount = 0;
    rows.forEach((r) => {
      const units = -r.quantity;
      const value = -r.totalMinor;
      amount += value;
      let left = units;
      const parts: RefundLineIn[] = [];
      const candidates = r.customer === null ? undefined : purchases.get(`${r.customer}|${r.stockCode}|${r.priceMinor}`);
      if (candidates) {
        // most recent purchase at or before the credit note first
        for (let c = candidates.length - 1; c >= 0 && left > 0; c--) {
          const p = candidates[c];
          if ((p.line.placedAt ?? '') > r.at) continue;
          const take = Math.min(left, p.line.quantity - p.returned);
          if (take <= 0) continue;
          // the line's "returned" state follows from the refund lines (view order_line_returns)
          p.returned += take;
          left -= take;
          ordersTouched.add(p.order.externalId);
          parts.push({ externalId: '', orderLineExternalId: p.line.externalId, sku: r.stockCode, title: r.description, quantity: take, amountMinor: take * r.priceMinor });
        }
      }
      if (left > 0) {
        parts.push({ externalId: '', orderLineExternalId: null, sku: r.stockCode, title: r.description, quantity: left, amountMinor: left * r.priceMinor });
        ordersTouched.add('');
      }
      if (left === units) {
        unlinkedRows++;
        unlinkedMinor += value;
      } else if (left > 0) {
        partlyLinkedRows++;
        linkedMinor += (units - left) * r.priceMinor;
        unlinkedMinor += left * r.priceMinor;
      } else {
        linkedRows++;
        linkedMinor += value;
      }
      // by content too: the credit note's row, then the order line it returns (or "unlinked")
      for (const p of parts) {
        p.externalId = `${r.key}>${p.orderLineExternalId ?? 'unlinked'}`;
        lines.push(p);
      }
    });
    refundMinor += amount;
    const refund: RefundIn = {
      externalId: first.invoice,
      orderExternalId: ordersTouched.size === 1 && !ordersTouched.has('') ? [...ordersTouched][0] : null,
      customerExternalId: first.customer,
      kind: 'credit_note',
      createdAt: first.at,
      amountMinor: amount,
      currency: CUR,
      reason: null,
      lines,
    };
    set.refunds.push(refund);
  }
  progress?.(2, 2);

  const guests = set.orders.filter((o) => o.isGuest).length;
  const creditOnly = set.customers.length - new Set(set.orders.map((o) => o.customerExternalId).filter((c) => c !== null)).size;
  const topWords = [...adjustmentWords].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w, c]) => `"${w}" ${c}`).join(', ');
  set.totals = {
    rows: t.rows.length,
    orders: set.orders.length,
    goodsMinor,
    guestOrders: guests,
    customers: set.customers.length,
    creditNotes: set.refunds.length,
    creditNotesMinor: -refundMinor,
    creditRowsLinked: linkedRows,
    creditRowsPartlyLinked: partlyLinkedRows,
    creditRowsUnlinked: unlinkedRows,
    creditLinkedMinor: linkedMinor,
    creditUnlinkedMinor: unlinkedMinor,
    stockAdjustmentRows: adjustmentRows,
    stockAdjustmentOrders: adjustmentInvoices,
    freeItemRows: freeRows,
  };
  set.notes.push(
    `${n(t.rows.length)} rows: ${n(set.orders.length)} invoices became orders with ${gbp(goodsMinor)} of goods; ${n(guests)} of them have no CustomerID and are guest orders.`,
    `${n(set.refunds.length)} credit notes ("C" invoices) total ${gbp(-refundMinor)}. Of their rows, ${n(linkedRows)} are linked to the order lines that customer, stock code and unit price identify${partlyLinkedRows ? `, ${n(partlyLinkedRows)} in part` : ''}, and ${n(unlinkedRows)} are kept as unlinked returns (no matching earlier purchase in this file: goods bought before its first day, guest credit notes, discounts, postage, manual corrections) — ${gbp(linkedMinor)} linked, ${gbp(unlinkedMinor)} unlinked.`,
    `${n(adjustmentRows)} rows with a negative quantity inside ordinary invoices are stock adjustments, not sales or returns: all at price 0, ${adjustmentsWithCustomer === 0 ? 'none' : n(adjustmentsWithCustomer)} with a customer${adjustmentRows ? ` (${topWords})` : ''}. They are kept as zero-value lines of kind "stock_adjustment"; the ${n(adjustmentInvoices)} invoices made only of them are orders with status "stock_adjustment". A negative quantity at a price above 0 would be money going back, which only a credit note carries: such rows are refused.`,
    `${n(adjustmentRows + freeRows)} rows have a unit price of 0: the ${n(adjustmentRows)} stock adjustments above and ${n(freeRows)} items given at no charge (samples, gifts, marketplace manual entries), kept as lines of kind "free_item" with zero value.`,
    `${n(set.customers.length)} customers${creditOnly ? `, ${n(creditOnly)} of whom appear only on credit notes` : ''}; ${n(set.products.length)} products (stock codes; postage, fees, discounts and manual entries are charges, not products).`,
  );
  return set;
}
