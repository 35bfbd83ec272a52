/**
 * Records (parity assessments, contributions, acknowledgements, loop items), checked by
 * @partnerkit/core's readers before they are kept, and the parity of a team over time.
 */
import {
  BUILT_IN_RECORD_READERS,
  compareParity,
  compareText,
  notFound,
  PartnerKitError,
  readCollection,
  readId,
  readRecordValue,
  scoreParityAssessment,
  t,
  type ParityAssessment,
  type ParityComparison,
  type ParityScore,
  type StoredRecord,
} from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { recordAudit } from './audit.js';

/** The owner id of records facilitators keep (contributions, acknowledgements, loop items). */
export const FACILITATOR_OWNER = 'facilitator';

/** The most records one list answer holds. */
export const MAX_LISTED_RECORDS = 1000;

interface RecordRow extends Record<string, unknown> {
  collection: string;
  id: string;
  owner_id: string;
  value: string;
  revision: number;
  updated_at: string;
}

function toStored(row: RecordRow): StoredRecord {
  return { collection: row.collection, id: row.id, ownerId: row.owner_id, value: JSON.parse(row.value) as unknown, revision: Number(row.revision), updatedAt: row.updated_at };
}

/** A team's parity over time, without any roster names. */
export interface TeamParity {
  /** The team. */
  readonly teamId: string;
  /** How many assessments the team has. */
  readonly assessmentCount: number;
  /** The latest assessment's score, or `null` when there is none. */
  readonly latest: { readonly assessmentId: string; readonly assessedOn: string; readonly score: ParityScore } | null;
  /** The change from the one before the latest to the latest, or `null` with fewer than two. */
  readonly change: ParityComparison | null;
}

/** Records in the database. */
export class RecordService {
  /** @param context - the server's shared parts. */
  constructor(private readonly context: ServerContext) {}

  /** Checks a collection name against the known ones. */
  collection(input: unknown): string {
    return readCollection(BUILT_IN_RECORD_READERS, input);
  }

  /** Writes a record (revision goes up by one); refused when another owner wrote it. */
  async put(tx: Queryable, collection: string, recordId: unknown, ownerId: string, input: unknown, audit: boolean): Promise<StoredRecord> {
    const id = readId(recordId, 'id');
    const value = await readRecordValue(BUILT_IN_RECORD_READERS, collection, id, input);
    const now = this.context.now();
    const rows = await tx.query<RecordRow>('SELECT owner_id, revision FROM records WHERE collection = $1 AND id = $2 FOR UPDATE', [collection, id]);
    const existing = rows[0];
    if (existing !== undefined && existing.owner_id !== ownerId) {
      throw new PartnerKitError('forbidden', 'id', t('This record belongs to someone else. You cannot change it.', 'Cet enregistrement appartient à quelqu’un d’autre. Vous ne pouvez pas le modifier.'));
    }
    const revision = (existing === undefined ? 0 : Number(existing.revision)) + 1;
    await tx.query(
      `INSERT INTO records (collection, id, owner_id, value, revision, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (collection, id) DO UPDATE SET value = EXCLUDED.value, revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at`,
      [collection, id, ownerId, JSON.stringify(value), revision, now],
    );
    if (audit) await recordAudit(tx, now, `${collection}.put`, `${collection}:${id}`);
    return { collection, id, ownerId, value, revision, updatedAt: now };
  }

  /** The record, or a not-found error. */
  async get(db: Queryable, collection: string, recordId: unknown): Promise<StoredRecord> {
    const id = readId(recordId, 'id');
    const rows = await db.query<RecordRow>('SELECT * FROM records WHERE collection = $1 AND id = $2', [collection, id]);
    const row = rows[0];
    if (row === undefined) throw notFound('id', t('the record', 'l’enregistrement'), id);
    return toStored(row);
  }

  /** A collection's records, sorted by id. */
  async list(db: Queryable, collection: string): Promise<StoredRecord[]> {
    const rows = await db.query<RecordRow>('SELECT * FROM records WHERE collection = $1 ORDER BY id LIMIT $2', [collection, MAX_LISTED_RECORDS]);
    return rows.map(toStored).sort((a, b) => compareText(a.id, b.id));
  }

  /** Removes a record; resolves to `true` when there was one. */
  async remove(tx: Queryable, collection: string, recordId: unknown): Promise<boolean> {
    const id = readId(recordId, 'id');
    const rows = await tx.query('DELETE FROM records WHERE collection = $1 AND id = $2 RETURNING id', [collection, id]);
    await recordAudit(tx, this.context.now(), `${collection}.delete`, `${collection}:${id}`);
    return rows.length > 0;
  }

  /** A team's parity: the latest score and the change since the assessment before. */
  async teamParity(db: Queryable, teamId: unknown): Promise<TeamParity> {
    const team = readId(teamId, 'teamId');
    const rows = await db.query<RecordRow>("SELECT * FROM records WHERE collection = 'assessments' ORDER BY id");
    const assessments = rows
      .map((row) => JSON.parse(row.value) as ParityAssessment)
      .filter((assessment) => assessment.teamId === team)
      .sort((a, b) => compareText(a.assessedOn, b.assessedOn) || compareText(a.id, b.id));
    const last = assessments[assessments.length - 1];
    const before = assessments[assessments.length - 2];
    const latestScore = last === undefined ? undefined : scoreParityAssessment(last);
    return {
      teamId: team,
      assessmentCount: assessments.length,
      latest: last === undefined || latestScore === undefined ? null : { assessmentId: last.id, assessedOn: last.assessedOn, score: latestScore },
      change: before === undefined || latestScore === undefined ? null : compareParity(scoreParityAssessment(before), latestScore),
    };
  }
}
