/**
 * Personal data: what the server keeps about a person, found by their name (as shown on a
 * pledge or a contribution) or by a token they hold (a pledge owner token, or the
 * participant id of their browser), exported or erased on request.
 *
 * Votes are not personal data here: they are anonymous and only ever counted, and erasing
 * one would change a released result.
 */
import { readString, type Pledge, type StoredRecord } from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { recordAudit } from './audit.js';
import { secretDigest } from './hash.js';

/** Everything kept about one person. */
export interface PersonalData {
  /** Pledges they made (with their name when they gave it). */
  readonly pledges: readonly Pledge[];
  /** Ids of pledges they joined. */
  readonly joinedPledges: readonly string[];
  /** Records they own, or contributions that name them. */
  readonly records: readonly StoredRecord[];
}

/** How much was erased. */
export interface ErasureReport {
  /** Pledges removed. */
  readonly pledges: number;
  /** Joins removed. */
  readonly joinedPledges: number;
  /** Records removed. */
  readonly records: number;
}

const PLEDGES_OF = 'SELECT id, pledge FROM pledges WHERE name = $1 OR owner_token_hash = $2 ORDER BY id';
const RECORDS_OF = `SELECT * FROM records WHERE owner_id = $1
  OR (collection = 'contributions' AND (value::jsonb ->> 'partnerName') = $1) ORDER BY collection, id`;

/** Personal data export and erasure. */
export class PeopleService {
  /** @param context - the server's shared parts. */
  constructor(private readonly context: ServerContext) {}

  /** Reads the name or token from the address. */
  key(input: unknown): string {
    return readString(input, 'person', { max: 200 });
  }

  /** Everything kept about the person. */
  async export(tx: Queryable, key: string): Promise<PersonalData> {
    const pledges = await tx.query<{ pledge: string }>(PLEDGES_OF, [key, secretDigest(key)]);
    const joins = await tx.query<{ pledge_id: string }>('SELECT pledge_id FROM pledge_joiners WHERE participant_id = $1 ORDER BY pledge_id', [key]);
    const records = await tx.query<Record<string, unknown>>(RECORDS_OF, [key]);
    await recordAudit(tx, this.context.now(), 'person.export', 'person');
    return {
      pledges: pledges.map((row) => JSON.parse(row.pledge) as Pledge),
      joinedPledges: joins.map((row) => row.pledge_id),
      records: records.map((row) => ({
        collection: String(row.collection),
        id: String(row.id),
        ownerId: String(row.owner_id),
        value: JSON.parse(String(row.value)) as unknown,
        revision: Number(row.revision),
        updatedAt: String(row.updated_at),
      })),
    };
  }

  /** Removes everything kept about the person; a pledge they joined counts one join less. */
  async erase(tx: Queryable, key: string): Promise<ErasureReport> {
    const pledges = await tx.query(`DELETE FROM pledges WHERE id IN (SELECT id FROM pledges WHERE name = $1 OR owner_token_hash = $2) RETURNING id`, [key, secretDigest(key)]);
    const joins = await tx.query<{ pledge_id: string }>('DELETE FROM pledge_joiners WHERE participant_id = $1 RETURNING pledge_id', [key]);
    for (const join of joins) {
      const rows = await tx.query<{ pledge: string }>('SELECT pledge FROM pledges WHERE id = $1 FOR UPDATE', [join.pledge_id]);
      const row = rows[0];
      if (row === undefined) continue;
      const pledge = JSON.parse(row.pledge) as Pledge;
      await tx.query('UPDATE pledges SET pledge = $2 WHERE id = $1', [join.pledge_id, JSON.stringify({ ...pledge, joinCount: Math.max(0, pledge.joinCount - 1) })]);
    }
    const records = await tx.query(
      `DELETE FROM records WHERE owner_id = $1 OR (collection = 'contributions' AND (value::jsonb ->> 'partnerName') = $1) RETURNING id`,
      [key],
    );
    // Kept answers of earlier requests may quote the name or hold the token: forget them too.
    await tx.query('DELETE FROM idempotency_keys WHERE strpos(body, $1) > 0', [JSON.stringify(key)]);
    await recordAudit(tx, this.context.now(), 'person.erase', 'person');
    return { pledges: pledges.length, joinedPledges: joins.length, records: records.length };
  }
}
