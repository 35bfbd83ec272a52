/**
 * Pledges on walls, with @partnerkit/core's rules: drafts, follow-up days, status changes,
 * names only with consent. The owner token is returned once at creation and only its
 * digest is stored.
 */
import {
  applyPledgeUpdate,
  createPledge,
  fieldPath,
  notFound,
  PartnerKitError,
  publicPledge,
  randomId,
  readId,
  readObject,
  readPledgeDraft,
  readPledgeUpdate,
  t,
  wallListing,
  type CreatedPledge,
  type Pledge,
} from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { sameSecret } from '../http/auth.js';
import { appendEvent } from '../live/event-log.js';
import { secretDigest } from './hash.js';

/** The most pledges one wall lists (the newest). */
export const MAX_WALL_PLEDGES = 1000;

interface PledgeRow extends Record<string, unknown> {
  pledge: string;
  owner_token_hash: string;
}

/** Pledges in the database. */
export class PledgeService {
  /** @param context - the server's shared parts. */
  constructor(private readonly context: ServerContext) {}

  /** Makes a pledge from an untrusted draft; resolves to it and its owner token. */
  async create(tx: Queryable, input: unknown): Promise<CreatedPledge> {
    const draft = readPledgeDraft(input);
    const now = this.context.now();
    const pledge = publicPledge(createPledge(draft, { id: randomId('pledge-', 20), now }));
    const ownerToken = randomId('', 32);
    await tx.query(
      'INSERT INTO pledges (id, wall_id, pledge, name, owner_token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [pledge.id, pledge.wallId, JSON.stringify(pledge), pledge.name ?? null, secretDigest(ownerToken), pledge.createdAt],
    );
    await appendEvent(tx, { topic: `wall:${pledge.wallId}`, type: 'pledge', pledge }, false, now);
    return { pledge, ownerToken };
  }

  /** The pledges of a wall, newest first. */
  async list(db: Queryable, wallId: unknown): Promise<Pledge[]> {
    const wall = readId(wallId, 'wall');
    const rows = await db.query<{ pledge: string }>(
      'SELECT pledge FROM pledges WHERE wall_id = $1 ORDER BY created_at DESC, id LIMIT $2',
      [wall, MAX_WALL_PLEDGES],
    );
    return wallListing(rows.map((row) => JSON.parse(row.pledge) as Pledge));
  }

  private async lock(tx: Queryable, id: string): Promise<PledgeRow> {
    const rows = await tx.query<PledgeRow>('SELECT pledge, owner_token_hash FROM pledges WHERE id = $1 FOR UPDATE', [id]);
    const row = rows[0];
    if (row === undefined) throw notFound('pledgeId', t('the pledge', 'l’engagement'), id);
    return row;
  }

  private async save(tx: Queryable, pledge: Pledge): Promise<void> {
    await tx.query('UPDATE pledges SET pledge = $2 WHERE id = $1', [pledge.id, JSON.stringify(pledge)]);
    await appendEvent(tx, { topic: `wall:${pledge.wallId}`, type: 'pledge', pledge: publicPledge(pledge) }, false, this.context.now());
  }

  /** Adds a participant (`{ participant }`) to those doing the pledge too; twice counts once. */
  async join(tx: Queryable, pledgeId: unknown, input: unknown): Promise<Pledge> {
    const id = readId(pledgeId, 'pledgeId');
    const raw = readObject(input, '', ['participant']);
    const participant = readId(raw.participant, fieldPath('', 'participant'));
    const row = await this.lock(tx, id);
    const pledge = JSON.parse(row.pledge) as Pledge;
    const added = await tx.query(
      'INSERT INTO pledge_joiners (pledge_id, participant_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING pledge_id',
      [id, participant],
    );
    if (added.length === 0) return publicPledge(pledge);
    const joined: Pledge = { ...pledge, joinCount: pledge.joinCount + 1 };
    await this.save(tx, joined);
    return publicPledge(joined);
  }

  /** Changes a pledge; only with the owner token given at creation. */
  async update(tx: Queryable, pledgeId: unknown, ownerToken: string, input: unknown): Promise<Pledge> {
    const id = readId(pledgeId, 'pledgeId');
    const update = readPledgeUpdate(input);
    const row = await this.lock(tx, id);
    if (!sameSecret(secretDigest(ownerToken), row.owner_token_hash)) {
      throw new PartnerKitError('forbidden', 'ownerToken', t('Only the person who made this pledge can change it.', 'Seule la personne qui a pris cet engagement peut le modifier.'));
    }
    const next = applyPledgeUpdate(JSON.parse(row.pledge) as Pledge, update, this.context.now());
    await this.save(tx, next);
    return publicPledge(next);
  }
}
