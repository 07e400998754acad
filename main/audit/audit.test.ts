import { describe, expect, test } from 'vitest';
import { frozenClock, tempDb } from '../testing/fixtures';
import { AuditLog, verifyAuditChain } from './audit';

describe('audit trail', () => {
  test('is hash-chained, append-only, and a rewrite is detected', () => {
    const { db } = tempDb();
    const log = new AuditLog(db, frozenClock());
    db.transaction(() => {
      log.begin();
      log.append({ actor: 'test', action: 'order.imported', entity: 'order', entityId: 1, details: { a: 1 } });
      log.append({ actor: 'test', action: 'order.updated', entity: 'order', entityId: 1, details: { changes: ['status'] } });
    })();
    expect(verifyAuditChain(db)).toEqual({ ok: true, events: 2 });
    expect(() => db.prepare("UPDATE audit_events SET details = '{}' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
    expect(() => log.append({ actor: 't', action: 'x', entity: 'order', entityId: 1, details: null })).toThrow(/inside the transaction/);
    // someone with the file and a SQL shell drops the guard and rewrites history: the chain shows it
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare('UPDATE audit_events SET details = ? WHERE id = 1').run('{"a":2}');
    expect(verifyAuditChain(db)).toEqual({ ok: false, brokenAt: 1 });
  });
});
