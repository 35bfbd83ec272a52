/**
 * Votes, written in batches. Votes arriving together (a room voting at once) are applied in
 * one transaction with a handful of statements, whatever their number: the idempotency keys
 * are claimed, the polls locked and the earlier votes read together, each vote is applied in
 * order with @partnerkit/core's rules, and everything is written back at once. A vote is
 * answered only after its batch commits, so an answered vote is never lost.
 *
 * The rules are the same as one vote at a time: each poll row keeps running counts per
 * segment and rung; a participant counts once between releases (`counted_in` holds the
 * poll's `release_seq` when they last counted); results are released by `releaseResults`.
 */
import {
  assertPollOpen,
  compareText,
  countedSegment,
  findLadder,
  isPartnerKitError,
  pollNotFound,
  protectPollResult,
  readId,
  readVoteInput,
  releaseResults,
  voteEffect,
  type Ladder,
  type Poll,
  type ReleasedResults,
  type VoteInput,
} from '@partnerkit/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { keyReused, type KeptAnswer } from '../http/idempotency.js';
import { visibleRelease } from './polls.js';

/** The most votes one batch holds. */
export const MAX_VOTE_BATCH = 256;

/** One vote request, already past the rate limit. */
export interface VoteRequest {
  /** The poll id from the address (unchecked). */
  readonly pollId: string;
  /** The participant id from the address (unchecked). */
  readonly participantId: string;
  /** The parsed body (unchecked). */
  readonly body: unknown;
  /** The idempotency key. */
  readonly key: string;
  /** The request's fingerprint. */
  readonly fingerprint: string;
}

/** How a vote request ended. */
export interface VoteOutcome {
  /** The answer (the first one, for a retry). */
  readonly answer: KeptAnswer;
  /** True when this was a retry and nothing was applied. */
  readonly replayed: boolean;
}

interface Pending {
  readonly request: VoteRequest;
  readonly resolve: (outcome: VoteOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/** A poll's row while a batch works on it. */
interface PollState {
  readonly poll: Poll;
  readonly ladder: Ladder;
  release: ReleasedResults;
  releaseSeq: number;
  changeCount: number;
  readonly counts: Record<string, number[]>;
  changed: boolean;
  published: boolean;
}

/** A participant's vote while a batch works on it. */
interface VoteState {
  input: VoteInput;
  countedIn: number;
  castAt: string;
}

interface PollRow extends Record<string, unknown> {
  id: string;
  poll: string;
  release: string;
  release_seq: number;
  change_count: number;
  counts: string;
}

interface VoteRow extends Record<string, unknown> {
  poll_id: string;
  participant_id: string;
  rung_id: string;
  segment: string | null;
  counted_in: number;
}

interface KeyRow extends Record<string, unknown> {
  key: string;
  fingerprint: string;
  status: number;
  body: string;
}

const voteKey = (pollId: string, participantId: string): string => `${pollId}\u0000${participantId}`;

/** Applies votes in batches; one per server. */
export class VoteQueue {
  private queue: Pending[] = [];
  private draining: Promise<void> | undefined;

  /** @param context - the server's shared parts. */
  constructor(private readonly context: ServerContext) {}

  /** Casts (or replaces) a vote; resolves once it is committed. */
  submit(request: VoteRequest): Promise<VoteOutcome> {
    return new Promise<VoteOutcome>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.draining ??= this.drain().finally(() => {
        this.draining = undefined;
      });
    });
  }

  /** Resolves when every submitted vote is done. */
  async idle(): Promise<void> {
    while (this.draining !== undefined) await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the requests that arrive in the same moment join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_VOTE_BATCH);
      try {
        await this.runBatch(batch);
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        // Something unexpected failed the whole batch: try each vote on its own.
        for (const pending of batch) {
          try {
            await this.runBatch([pending]);
          } catch (single) {
            pending.reject(single);
          }
        }
      }
    }
  }

  private async runBatch(batch: readonly Pending[]): Promise<void> {
    const settled: (() => void)[] = [];
    const released = new Set<string>();
    await this.context.db.transaction(async (tx) => {
      settled.length = 0;
      released.clear();
      await this.apply(tx, batch, settled, released);
    });
    for (const settle of settled) settle();
    for (const pollId of released) this.context.publisher.schedule(pollId);
  }

  /** Does the batch's work inside `tx`; `settled` collects what to answer after the commit. */
  private async apply(tx: Queryable, batch: readonly Pending[], settled: (() => void)[], released: Set<string>): Promise<void> {
    const now = this.context.now();
    const firstByKey = new Map<string, Pending>();
    const followers: { pending: Pending; first: Pending }[] = [];
    const work: { pending: Pending; pollId: string; participantId: string }[] = [];
    const answers = new Map<Pending, VoteOutcome | { error: unknown }>();

    for (const pending of batch) {
      const { request } = pending;
      const first = firstByKey.get(request.key);
      if (first !== undefined) {
        if (first.request.fingerprint === request.fingerprint) followers.push({ pending, first });
        else answers.set(pending, { error: keyReused() });
        continue;
      }
      firstByKey.set(request.key, pending);
      try {
        work.push({ pending, pollId: readId(request.pollId, 'pollId'), participantId: readId(request.participantId, 'participantId') });
      } catch (error) {
        answers.set(pending, { error });
      }
    }

    // Claim the keys; a key already kept is a retry (same request) or a mistake (another one).
    const claimedRows = work.length === 0 ? [] : await tx.query<{ key: string }>(
      `INSERT INTO idempotency_keys (key, fingerprint, created_at)
       SELECT x.key, x.fingerprint, $2 FROM json_to_recordset($1::json) AS x(key text, fingerprint text)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      // Sorted, so two batches claiming the same keys take them in the same order.
      [JSON.stringify(work.map(({ pending }) => ({ key: pending.request.key, fingerprint: pending.request.fingerprint })).sort((a, b) => compareText(a.key, b.key))), now],
    );
    const claimed = new Set(claimedRows.map((row) => row.key));
    const unclaimed = work.filter(({ pending }) => !claimed.has(pending.request.key));
    if (unclaimed.length > 0) {
      const kept = await tx.query<KeyRow>(
        'SELECT key, fingerprint, status, body FROM idempotency_keys WHERE key IN (SELECT value FROM json_array_elements_text($1::json))',
        [JSON.stringify(unclaimed.map(({ pending }) => pending.request.key))],
      );
      const byKey = new Map(kept.map((row) => [row.key, row]));
      for (const { pending } of unclaimed) {
        const row = byKey.get(pending.request.key);
        answers.set(
          pending,
          row === undefined || row.fingerprint !== pending.request.fingerprint ? { error: keyReused() } : { answer: { status: Number(row.status), body: row.body }, replayed: true },
        );
      }
    }
    const toApply = work.filter(({ pending }) => claimed.has(pending.request.key));

    const polls = await this.lockPolls(tx, toApply.map((item) => item.pollId));
    const votes = await this.readVotes(tx, toApply);
    const kept: { key: string; status: number; body: string }[] = [];
    const refusedKeys: string[] = [];
    for (const { pending, pollId, participantId } of toApply) {
      try {
        const state = polls.get(pollId);
        if (state === undefined) throw pollNotFound(pollId);
        const results = this.applyVote(state, votes, participantId, pending.request.body, now);
        const answer = { status: 200, body: JSON.stringify(results) };
        kept.push({ key: pending.request.key, ...answer });
        answers.set(pending, { answer, replayed: false });
      } catch (error) {
        if (!isPartnerKitError(error)) throw error;
        refusedKeys.push(pending.request.key);
        answers.set(pending, { error });
      }
    }
    await this.write(tx, polls, votes, kept, refusedKeys);

    for (const state of polls.values()) if (state.published) released.add(state.poll.id);
    for (const { pending, first } of followers) {
      const outcome = answers.get(first);
      answers.set(pending, outcome !== undefined && 'answer' in outcome ? { answer: outcome.answer, replayed: true } : (outcome ?? { error: keyReused() }));
    }
    for (const pending of batch) {
      const outcome = answers.get(pending);
      settled.push(() => {
        if (outcome === undefined) pending.reject(new Error('A vote was left without an answer.'));
        else if ('error' in outcome) pending.reject(outcome.error);
        else pending.resolve(outcome);
      });
    }
  }

  private async lockPolls(tx: Queryable, ids: readonly string[]): Promise<Map<string, PollState>> {
    const polls = new Map<string, PollState>();
    if (ids.length === 0) return polls;
    // Locked in id order, so two batches never wait for each other in a circle.
    const rows = await tx.query<PollRow>(
      `SELECT id, poll, release, release_seq, change_count, counts FROM polls
       WHERE id IN (SELECT value FROM json_array_elements_text($1::json)) ORDER BY id FOR UPDATE`,
      [JSON.stringify([...new Set(ids)])],
    );
    for (const row of rows) {
      const poll = JSON.parse(row.poll) as Poll;
      polls.set(row.id, {
        poll,
        ladder: findLadder(poll.ladderId, this.context.ladders, 'ladderId'),
        release: JSON.parse(row.release) as ReleasedResults,
        releaseSeq: Number(row.release_seq),
        changeCount: Number(row.change_count),
        counts: JSON.parse(row.counts) as Record<string, number[]>,
        changed: false,
        published: false,
      });
    }
    return polls;
  }

  private async readVotes(tx: Queryable, items: readonly { pollId: string; participantId: string }[]): Promise<Map<string, VoteState | undefined>> {
    const votes = new Map<string, VoteState | undefined>();
    if (items.length === 0) return votes;
    const rows = await tx.query<VoteRow>(
      `SELECT v.poll_id, v.participant_id, v.rung_id, v.segment, v.counted_in
       FROM json_to_recordset($1::json) AS x(p text, u text)
       JOIN votes v ON v.poll_id = x.p AND v.participant_id = x.u`,
      [JSON.stringify(items.map((item) => ({ p: item.pollId, u: item.participantId })))],
    );
    for (const row of rows) {
      const input: VoteInput = { rungId: row.rung_id, ...(row.segment !== null && { segment: row.segment as NonNullable<VoteInput['segment']> }) };
      votes.set(voteKey(row.poll_id, row.participant_id), { input, countedIn: Number(row.counted_in), castAt: '' });
    }
    return votes;
  }

  /** Applies one vote to the batch's state; resolves to the results the voter may see. */
  private applyVote(state: PollState, votes: Map<string, VoteState | undefined>, participantId: string, body: unknown, now: string): ReleasedResults {
    assertPollOpen(state.poll);
    const input = readVoteInput(state.poll, state.ladder, body);
    const key = voteKey(state.poll.id, participantId);
    const previous = votes.get(key);
    const effect = voteEffect(previous?.input, input, previous !== undefined && previous.countedIn === state.releaseSeq);
    if (!effect.changed) return visibleRelease(state.poll, state.release, false);
    const move = (vote: VoteInput, by: number): void => {
      const segment = countedSegment(vote.segment);
      const list = state.counts[segment] ?? (state.counts[segment] = new Array<number>(state.ladder.rungs.length).fill(0));
      const position = state.ladder.rungs.findIndex((rung) => rung.id === vote.rungId);
      if (position >= 0) list[position] = (list[position] ?? 0) + by;
    };
    if (previous !== undefined) move(previous.input, -1);
    move(input, 1);
    const countedIn = effect.countsAsNew ? state.releaseSeq : (previous?.countedIn ?? state.releaseSeq);
    if (effect.countsAsNew) state.changeCount += 1;
    votes.set(key, { input, countedIn, castAt: now });
    const release = releaseResults({
      pollId: state.poll.id,
      previous: state.release,
      result: protectPollResult(state.poll, state.ladder, new Map(Object.entries(state.counts))),
      changeCount: state.changeCount,
      closed: false,
      minNewVotes: state.poll.minNewVotes,
      now,
    });
    if (release !== state.release) {
      state.release = release;
      state.releaseSeq += 1;
      state.published = true;
    }
    state.changed = true;
    return visibleRelease(state.poll, state.release, false);
  }

  /** Writes the batch back in one statement. */
  private async write(
    tx: Queryable,
    polls: ReadonlyMap<string, PollState>,
    votes: ReadonlyMap<string, VoteState | undefined>,
    kept: readonly { key: string; status: number; body: string }[],
    refusedKeys: readonly string[],
  ): Promise<void> {
    const changedVotes: unknown[] = [];
    for (const [key, vote] of votes) {
      if (vote === undefined || vote.castAt === '') continue;
      const [pollId, participantId] = key.split('\u0000');
      changedVotes.push({ poll_id: pollId, participant_id: participantId, rung_id: vote.input.rungId, segment: vote.input.segment ?? null, counted_in: vote.countedIn, cast_at: vote.castAt });
    }
    const changedPolls = [...polls.values()]
      .filter((state) => state.changed)
      .map((state) => ({ id: state.poll.id, counts: JSON.stringify(state.counts), change_count: state.changeCount, release: JSON.stringify(state.release), release_seq: state.releaseSeq }));
    if (changedVotes.length === 0 && changedPolls.length === 0 && kept.length === 0 && refusedKeys.length === 0) return;
    await tx.query(
      `WITH upserted AS (
         INSERT INTO votes (poll_id, participant_id, rung_id, segment, counted_in, cast_at)
         SELECT * FROM json_to_recordset($1::json) AS x(poll_id text, participant_id text, rung_id text, segment text, counted_in integer, cast_at text)
         ON CONFLICT (poll_id, participant_id) DO UPDATE
           SET rung_id = EXCLUDED.rung_id, segment = EXCLUDED.segment, counted_in = EXCLUDED.counted_in, cast_at = EXCLUDED.cast_at
         RETURNING 1
       ), updated AS (
         UPDATE polls p SET counts = x.counts, change_count = x.change_count, release = x.release, release_seq = x.release_seq
         FROM json_to_recordset($2::json) AS x(id text, counts text, change_count integer, release text, release_seq integer)
         WHERE p.id = x.id
         RETURNING 1
       ), answered AS (
         UPDATE idempotency_keys k SET status = x.status, body = x.body
         FROM json_to_recordset($3::json) AS x(key text, status integer, body text)
         WHERE k.key = x.key
         RETURNING 1
       ), forgotten AS (
         DELETE FROM idempotency_keys WHERE key IN (SELECT value FROM json_array_elements_text($4::json))
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM upserted) AS votes`,
      [JSON.stringify(changedVotes), JSON.stringify(changedPolls), JSON.stringify(kept), JSON.stringify(refusedKeys)],
    );
  }
}
