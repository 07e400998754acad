import { describe, expect, test } from 'vitest';
import { frozenClock, tempDb } from '../../testing/fixtures';
import { createPurchaseOrder } from './purchase-orders';
import { verifyAuditChain } from '../../audit/audit';

describe('purchase orders', () => {
  test('a draft PO to a supplier, valued as the sum of its lines, audited', () => {
    const { db } = tempDb();
    const supplier = Number(db.prepare("INSERT INTO sellers (kind, name, country) VALUES ('supplier', 'Fábrica Azul', 'BR')").run().lastInsertRowid);
    const po = createPurchaseOrder(db, frozenClock(), 'buyer', {
      supplierId: supplier,
      currency: 'BRL',
      expectedOn: '2027-01-15',
      lines: [
        { sku: 'CAN-01', description: 'Caneca', quantity: 120, unitCostMinor: 1890 },
        { sku: 'PRT-02', description: 'Prato', quantity: 40, unitCostMinor: 3575 },
      ],
    });
    expect(po).toEqual({ id: 1, number: 'PO-00001', supplierId: supplier, status: 'draft', currency: 'BRL', lines: 2, units: 160, valueMinor: 120 * 1890 + 40 * 3575, expectedOn: '2027-01-15' });
    expect(db.prepare("SELECT action FROM audit_events WHERE entity = 'purchase_order'").pluck().all()).toEqual(['purchase_order.created']);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  test('refuses what a buyer could not mean, writing nothing', () => {
    const { db } = tempDb();
    const supplier = Number(db.prepare("INSERT INTO sellers (kind, name) VALUES ('supplier', 'X')").run().lastInsertRowid);
    const base = { supplierId: supplier, currency: 'BRL', lines: [{ sku: 'A', description: null, quantity: 1, unitCostMinor: 100 }] };
    expect(() => createPurchaseOrder(db, frozenClock(), 'b', { ...base, currency: 'XYZ' })).toThrow(/unknown currency/);
    expect(() => createPurchaseOrder(db, frozenClock(), 'b', { ...base, lines: [{ ...base.lines[0], quantity: 0 }] })).toThrow(/quantity/);
    expect(() => createPurchaseOrder(db, frozenClock(), 'b', { ...base, lines: [{ ...base.lines[0], unitCostMinor: 1.5 }] })).toThrow(/unit cost/);
    expect(() => createPurchaseOrder(db, frozenClock(), 'b', { ...base, supplierId: 999 })).toThrow(/no supplier/);
    expect(db.prepare('SELECT COUNT(*) FROM purchase_orders').pluck().get()).toBe(0);
  });

  test('numbers follow the highest given, so a removed draft never frees its number', () => {
    const { db } = tempDb();
    const supplier = Number(db.prepare("INSERT INTO sellers (kind, name) VALUES ('supplier', 'X')").run().lastInsertRowid);
    const draft = () => createPurchaseOrder(db, frozenClock(), 'b', { supplierId: supplier, currency: 'BRL', lines: [{ sku: 'A', description: null, quantity: 1, unitCostMinor: 100 }] });
    const [a, b] = [draft(), draft()];
    expect([a.number, b.number]).toEqual(['PO-00001', 'PO-00002']);
    db.prepare('DELETE FROM purchase_order_lines WHERE purchase_order_id = ?').run(a.id);
    db.prepare('DELETE FROM purchase_orders WHERE id = ?').run(a.id);
    expect(draft().number).toBe('PO-00003');
  });
});
