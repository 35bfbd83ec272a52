/**
 * The audit log: every facilitator action with its time, the action and its target (a poll
 * id, a record id). Never personal data: no names, no tokens, no addresses.
 */
import type { Queryable } from '../db/database.js';

/** One line of the audit log. */
export interface AuditEntry {
  /** When (ISO 8601). */
  readonly at: string;
  /** What was done, for example `poll.close`. */
  readonly action: string;
  /** What it was done to, for example `poll:team-a`. */
  readonly target: string;
}

/** Writes an audit entry inside the action's transaction. */
export async function recordAudit(tx: Queryable, at: string, action: string, target: string): Promise<void> {
  await tx.query('INSERT INTO audit_log (at, action, target) VALUES ($1, $2, $3)', [at, action, target]);
}

/** The newest audit entries first, at most `limit`. */
export async function listAudit(db: Queryable, limit: number): Promise<AuditEntry[]> {
  return db.query<AuditEntry & Record<string, unknown>>('SELECT at, action, target FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
}
