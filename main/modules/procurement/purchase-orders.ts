// procurement: purchase orders to suppliers and their lines. Owns `purchase_orders`,
// `purchase_order_lines`. A PO's value is always the sum of its lines, never a stored total.
import type { DB } from '../../db/connection';
import { AppError } from '../../contract/errors';
import { isCurrency } from '../../contract/money';
import { AuditLog } from '../../audit/audit';
import { isoSeconds, type Clock } from '../../platform/clock';

export interface PurchaseOrderLineInput {
  sku: string | null;
  description: string | null;
  productId?: number | null;
  quantity: number;
  unitCostMinor: number;
  expectedOn?: string | null;
}

export interface PurchaseOrderInput {
  supplierId: number;
  currency: string;
  expectedOn?: string | null;
  note?: string | null;
  lines: PurchaseOrderLineInput[];
}

export interface PurchaseOrderSummary {
  id: number;
  number: string;
  supplierId: number;
  status: string;
  currency: string;
  lines: number;
  units: number;
  valueMinor: number;
  expectedOn: string | null;
}

/** Creates a draft purchase order with its lines and an audit event, in one transaction. */
export function createPurchaseOrder(db: DB, clock: Clock, actor: string, input: PurchaseOrderInput): PurchaseOrderSummary {
  if (!isCurrency(input.currency)) throw new AppError('bad_request', `unknown currency "${input.currency}"`);
  if (input.lines.length === 0) throw new AppError('bad_request', 'a purchase order needs at least one line');
  input.lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.quantity) || l.quantity <= 0) throw new AppError('bad_request', `line ${i + 1}: quantity must be a whole number above 0`);
    if (!Number.isSafeInteger(l.unitCostMinor) || l.unitCostMinor < 0) throw new AppError('bad_request', `line ${i + 1}: unit cost must be whole minor units, 0 or more`);
  });
  const supplier = db.prepare('SELECT id FROM sellers WHERE id = ?').get(input.supplierId);
  if (!supplier) throw new AppError('not_found', `no supplier ${input.supplierId}`);
  const now = isoSeconds(clock());
  const id = db
    .transaction(() => {
      // the next number after the highest ever given: a count would hand out a number again once one is removed
      const seq = (db.prepare("SELECT COALESCE(MAX(CAST(substr(number, 4) AS INTEGER)), 0) FROM purchase_orders WHERE number LIKE 'PO-%'").pluck().get() as number) + 1;
      const number = `PO-${String(seq).padStart(5, '0')}`;
      const poId = Number(
        db
          .prepare(
            "INSERT INTO purchase_orders (supplier_id, number, status, currency, expected_on, note, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)",
          )
          .run(input.supplierId, number, input.currency, input.expectedOn ?? null, input.note ?? null, now, now).lastInsertRowid,
      );
      const line = db.prepare(
        'INSERT INTO purchase_order_lines (purchase_order_id, line_no, product_id, sku, description, quantity, unit_cost_minor, currency, expected_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      input.lines.forEach((l, i) => line.run(poId, i + 1, l.productId ?? null, l.sku, l.description, l.quantity, l.unitCostMinor, input.currency, l.expectedOn ?? input.expectedOn ?? null));
      const audit = new AuditLog(db, clock);
      audit.begin();
      audit.append({ actor, action: 'purchase_order.created', entity: 'purchase_order', entityId: poId, details: { number, supplierId: input.supplierId, lines: input.lines.length } });
      return poId;
    })
    .immediate();
  return getPurchaseOrder(db, id)!;
}

export function getPurchaseOrder(db: DB, id: number): PurchaseOrderSummary | undefined {
  return db
    .prepare(
      `SELECT po.id, po.number, po.supplier_id AS supplierId, po.status, po.currency, po.expected_on AS expectedOn,
              COUNT(l.id) AS lines, COALESCE(SUM(l.quantity), 0) AS units, COALESCE(SUM(l.quantity * l.unit_cost_minor), 0) AS valueMinor
         FROM purchase_orders po LEFT JOIN purchase_order_lines l ON l.purchase_order_id = po.id
        WHERE po.id = ? GROUP BY po.id`,
    )
    .get(id) as PurchaseOrderSummary | undefined;
}
