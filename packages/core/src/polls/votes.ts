/** Reading a person's vote on a ladder poll. */
import type { Ladder } from '../ladders/types.js';
import { invalid, notFound, PartnerKitError, type NotFoundError } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { readEnum, readObject, readOptional } from '../shared/validate.js';
import { SEGMENTS, type Poll, type Segment } from './types.js';

/** A vote as read from input, before the store adds who cast it and when. */
export interface VoteInput {
  /** The chosen rung of the poll's ladder. */
  readonly rungId: string;
  /** `staff` or `patient`, only when the poll asks. */
  readonly segment?: Segment;
}

/**
 * Reads a vote `{ rung, segment? }` for `poll`, whose ladder is `ladder`. The rung must be
 * one of the ladder's rungs. A segment (`staff` or `patient`) is accepted only when the poll
 * asks for it, and even then a voter may leave it out. Throws a ValidationError otherwise.
 */
export function readVoteInput(poll: Poll, ladder: Ladder, input: unknown): VoteInput {
  const raw = readObject(input, '', ['rung', 'segment']);
  const rungIds = ladder.rungs.map((rung) => rung.id);
  if (raw.rung === undefined) {
    throw invalid('required', 'rung', t('Please choose a level.', 'Veuillez choisir un niveau.'));
  }
  const rungId = readEnum(raw.rung, 'rung', rungIds);
  if (raw.segment !== undefined && !poll.askSegment) {
    throw invalid('unknown-field', 'segment', t('This poll does not ask whether you are staff or a patient partner.', 'Ce sondage ne demande pas si vous êtes du personnel ou un patient partenaire.'));
  }
  const segment = readOptional(raw.segment, 'segment', (value, field) => readEnum(value, field, SEGMENTS));
  return segment === undefined ? { rungId } : { rungId, segment };
}

/** The error a missing poll gives, naming the `pollId` field. */
export function pollNotFound(pollId: string): NotFoundError {
  return notFound('pollId', t('the poll', 'le sondage'), pollId);
}

/** Throws a `closed` error unless the poll takes votes: the one rule for client and store. */
export function assertPollOpen(poll: Poll): void {
  if (poll.status === 'closed') {
    throw new PartnerKitError('closed', 'pollId', t('This poll is closed. It no longer takes votes.', 'Ce sondage est fermé. Il ne prend plus de votes.'));
  }
}

/** What casting a vote does to a poll, given the participant's earlier vote. */
export interface VoteEffect {
  /** False when the participant chose exactly what they had chosen before: nothing changes. */
  readonly changed: boolean;
  /**
   * True when the vote counts as one more new vote toward the next release. A participant
   * counts once between two releases, however often they change their mind.
   */
  readonly countsAsNew: boolean;
}

/**
 * Decides what a vote does: `previous` is the participant's earlier vote (if any), `next`
 * the one just read, and `countedSinceRelease` is true when this participant already counted
 * as a new vote since the last release. The one rule for every store.
 */
export function voteEffect(
  previous: VoteInput | undefined,
  next: VoteInput,
  countedSinceRelease: boolean,
): VoteEffect {
  const changed = previous === undefined || previous.rungId !== next.rungId || previous.segment !== next.segment;
  return { changed, countsAsNew: changed && !countedSinceRelease };
}
