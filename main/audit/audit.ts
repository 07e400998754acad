import crypto from 'node:crypto';
import type { DB } from '../db/connection';
import { isoSeconds, type Clock } from '../platform/clock';

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  jobId?: number | null;
  details: unknown;
}

const GENESIS = '0'.repeat(64);

function digest(prev: string, at: string, e: AuditInput, details: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([prev, at, e.actor, e.action, e.entity, e.entityId, e.jobId ?? null, details]))
    .digest('hex');
}

/**
 * Appends hash-chained audit events. Use it inside the write transaction that makes the change
 * (an IMMEDIATE one, so no other writer can append between reading the chain's tip and writing),
 * which is what makes the trail and the data agree after any crash.
 */
export class AuditLog {
  private tip: string | null = null;
  private readonly insert;
  private readonly lastHash;

  constructor(
    private readonly db: DB,
    private readonly clock: Clock,
  ) {
    this.insert = db.prepare(
      'INSERT INTO audit_events (at, actor, action, entity, entity_id, job_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.lastHash = db.prepare('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1').pluck();
  }

  /** Call at the start of each write transaction: another process may have appended since. */
  begin(): void {
    this.tip = (this.lastHash.get() as string | undefined) ?? GENESIS;
  }

  append(e: AuditInput): void {
    if (!this.db.inTransaction) throw new Error('audit events are written inside the transaction that makes the change');
    if (this.tip === null) this.begin();
    const at = isoSeconds(this.clock());
    const details = JSON.stringify(e.details ?? null);
    const hash = digest(this.tip!, at, e, details);
    this.insert.run(at, e.actor, e.action, e.entity, e.entityId, e.jobId ?? null, details, this.tip, hash);
    this.tip = hash;
  }
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  job_id: number | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** Walks the whole chain; returns the first event whose hash or link does not match. */
export function verifyAuditChain(db: DB): { ok: true; events: number } | { ok: false; brokenAt: number } {
  let prev = GENESIS;
  let n = 0;
  for (const r of db.prepare('SELECT * FROM audit_events ORDER BY id').iterate() as Iterable<AuditRow>) {
    const expected = digest(prev, r.at, { actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, jobId: r.job_id, details: null }, r.details);
    if (r.prev_hash !== prev || r.hash !== expected) return { ok: false, brokenAt: r.id };
    prev = r.hash;
    n++;
  }
  return { ok: true, events: n };
}

export function auditFor(db: DB, entity: string, entityId: number): AuditRow[] {
  return db.prepare('SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, entityId) as AuditRow[];
}
