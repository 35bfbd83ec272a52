/**
 * Polls in the database, with every rule from @partnerkit/core: settings,
 * facilitator actions, reading votes, counting each participant once between releases,
 * small-group protection and the release of results. Votes are written by `VoteQueue`
 * (votes.ts).
 *
 * Each poll row keeps running counts per segment and rung, so a vote costs a few statements
 * whatever the number of votes. Raw votes never leave this module except a participant's
 * own vote.
 */
import {
  applyPollAction,
  canSeeResults,
  createPollRecord,
  findLadder,
  initialRelease,
  pollNotFound,
  protectPollResult,
  readId,
  readPollAction,
  readPollSettings,
  releaseResults,
  reopenRelease,
  t,
  PartnerKitError,
  type Ladder,
  type Poll,
  type PollAction,
  type ReleasedResults,
  type Vote,
} from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { appendEvent } from '../live/event-log.js';
import { recordAudit } from './audit.js';

/** Running counts: per segment id, votes per rung position. */
type Counts = Record<string, number[]>;

interface PollRow extends Record<string, unknown> {
  poll: string;
  release: string;
  release_seq: number;
  change_count: number;
  counts: string;
}

/** A poll's row, read and parsed. */
interface PollState {
  readonly poll: Poll;
  readonly release: ReleasedResults;
  readonly releaseSeq: number;
  readonly changeCount: number;
  readonly counts: Counts;
}

function parseState(row: PollRow): PollState {
  return {
    poll: JSON.parse(row.poll) as Poll,
    release: JSON.parse(row.release) as ReleasedResults,
    releaseSeq: Number(row.release_seq),
    changeCount: Number(row.change_count),
    counts: JSON.parse(row.counts) as Counts,
  };
}

function countsMap(counts: Counts): Map<string, number[]> {
  return new Map(Object.entries(counts));
}

/**
 * What a viewer may see of a release: the release itself, or for a hidden poll not yet
 * revealed (to anyone but a facilitator) an empty release of version 0.
 */
export function visibleRelease(poll: Poll, release: ReleasedResults, facilitator: boolean): ReleasedResults {
  if (canSeeResults(poll, { hasVoted: true, isFacilitator: facilitator })) return release;
  return {
    pollId: poll.id,
    result: { ladderId: release.result.ladderId, minGroupSize: release.result.minGroupSize, total: 0, counts: null },
    version: 0,
    changeCount: 0,
    final: false,
    releasedAt: poll.createdAt,
  };
}

/** The poll and ladder rules the server applies, bound to its custom ladders. */
export class PollService {
  /** @param context - the server's shared parts. */
  constructor(private readonly context: ServerContext) {}

  private ladderOf(poll: Poll): Ladder {
    return findLadder(poll.ladderId, this.context.ladders, 'ladderId');
  }

  /** Creates a poll from untrusted settings; refuses an id in use (`conflict`). */
  async create(tx: Queryable, input: unknown): Promise<Poll> {
    const settings = readPollSettings(input, { ladders: this.context.ladders });
    const now = this.context.now();
    const poll = createPollRecord(settings, now);
    const ladder = this.ladderOf(poll);
    const release = initialRelease(poll.id, ladder, poll.minGroupSize, now);
    const inserted = await tx.query(
      `INSERT INTO polls (id, poll, release, counts, created_at) VALUES ($1, $2, $3, '{}', $4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [poll.id, JSON.stringify(poll), JSON.stringify(release), now],
    );
    if (inserted.length === 0) {
      throw new PartnerKitError('conflict', 'id', t(`A poll with the id "${poll.id}" already exists. Please choose another id.`, `Un sondage avec l’identifiant « ${poll.id} » existe déjà. Veuillez choisir un autre identifiant.`));
    }
    await recordAudit(tx, now, 'poll.create', `poll:${poll.id}`);
    await appendEvent(tx, { topic: `poll:${poll.id}`, type: 'poll', poll }, false, now);
    return poll;
  }

  /** The poll with this id. */
  async get(db: Queryable, pollId: unknown): Promise<Poll> {
    const id = readId(pollId, 'pollId');
    const rows = await db.query<{ poll: string }>('SELECT poll FROM polls WHERE id = $1', [id]);
    const row = rows[0];
    if (row === undefined) throw pollNotFound(id);
    return JSON.parse(row.poll) as Poll;
  }

  /** The released results as this viewer may see them. */
  async results(db: Queryable, pollId: unknown, facilitator: boolean): Promise<ReleasedResults> {
    const id = readId(pollId, 'pollId');
    const rows = await db.query<{ poll: string; release: string }>('SELECT poll, release FROM polls WHERE id = $1', [id]);
    const row = rows[0];
    if (row === undefined) throw pollNotFound(id);
    return visibleRelease(JSON.parse(row.poll) as Poll, JSON.parse(row.release) as ReleasedResults, facilitator);
  }

  /**
   * Applies a facilitator's action. Resolves to the poll and whether its results changed
   * (then a results event should follow).
   */
  async act(tx: Queryable, pollId: unknown, actionInput: unknown): Promise<{ poll: Poll; resultsChanged: boolean }> {
    const id = readId(pollId, 'pollId');
    const action: PollAction = readPollAction(actionInput);
    const rows = await tx.query<PollRow>('SELECT poll, release, release_seq, change_count, counts FROM polls WHERE id = $1 FOR UPDATE', [id]);
    const row = rows[0];
    if (row === undefined) throw pollNotFound(id);
    const state = parseState(row);
    const now = this.context.now();
    const next = applyPollAction(state.poll, action);
    const ladder = this.ladderOf(next);
    let release = state.release;
    let counts = state.counts;
    let changeCount = state.changeCount;
    if (action === 'reset') {
      await tx.query('DELETE FROM votes WHERE poll_id = $1', [id]);
      counts = {};
      changeCount = 0;
      release = initialRelease(id, ladder, next.minGroupSize, now);
    } else if (action === 'close' && next !== state.poll) {
      release = releaseResults({
        pollId: id,
        previous: state.release,
        result: protectPollResult(next, ladder, countsMap(counts)),
        changeCount,
        closed: true,
        minNewVotes: next.minNewVotes,
        now,
      });
    } else if (action === 'open' && next !== state.poll) {
      release = reopenRelease(state.release, now);
    }
    // A reveal changes no release but lets everyone see it: announce it again.
    const resultsChanged = release !== state.release || (action === 'reveal' && next !== state.poll);
    if (next !== state.poll || resultsChanged || action === 'reset') {
      await tx.query(
        `UPDATE polls SET poll = $2, release = $3, release_seq = release_seq + $4, change_count = $5, counts = $6 WHERE id = $1`,
        [id, JSON.stringify(next), JSON.stringify(release), resultsChanged ? 1 : 0, changeCount, JSON.stringify(counts)],
      );
    }
    await recordAudit(tx, now, `poll.${action}`, `poll:${id}`);
    if (next !== state.poll) await appendEvent(tx, { topic: `poll:${id}`, type: 'poll', poll: next }, false, now);
    return { poll: next, resultsChanged };
  }

  /** A participant's own vote, or `undefined`. */
  async ownVote(db: Queryable, pollId: unknown, participantId: unknown): Promise<Vote | undefined> {
    const id = readId(pollId, 'pollId');
    const participant = readId(participantId, 'participantId');
    await this.get(db, id);
    const rows = await db.query<{ rung_id: string; segment: string | null; cast_at: string }>(
      'SELECT rung_id, segment, cast_at FROM votes WHERE poll_id = $1 AND participant_id = $2',
      [id, participant],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      pollId: id,
      participantId: participant,
      rungId: row.rung_id,
      ...(row.segment !== null && { segment: row.segment as NonNullable<Vote['segment']> }),
      at: row.cast_at,
    };
  }
}
