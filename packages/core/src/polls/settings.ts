/**
 * Poll settings: what a facilitator chooses when creating a ladder poll, and the stored
 * poll record built from them. The ladder poll comes from the workshop in seed
 * 002_d83a45a62a84c467.txt ("Where on the ladder of participation are you currently?").
 */
import { DEFAULT_MIN_GROUP_SIZE, DEFAULT_MIN_NEW_VOTES, readMinGroupSize, readMinNewVotes, resolveLadder } from '../ladders/index.js';
import type { Ladder } from '../ladders/types.js';
import { readBoolean, readDate, readEnum, readId, readObject, readOptional, readString } from '../shared/validate.js';
import type { Poll, PollSettings, ResultsVisibility } from './types.js';

/** Every value a poll's results visibility can take. */
export const RESULTS_VISIBILITIES: readonly ResultsVisibility[] = ['after-vote', 'always', 'hidden'];

/** The ladder a poll uses when the facilitator does not choose one. */
export const DEFAULT_POLL_LADDER_ID = 'participation';

/** When results show when the facilitator does not choose: after the person has voted. */
export const DEFAULT_RESULTS_VISIBILITY: ResultsVisibility = 'after-vote';

/** The longest question a facilitator may write. */
export const MAX_QUESTION_LENGTH = 300;

const SETTINGS_KEYS = ['id', 'ladderId', 'question', 'resultsVisibility', 'minGroupSize', 'minNewVotes', 'askSegment'] as const;

/** Options for {@link readPollSettings}. */
export interface PollSettingsOptions {
  /** Custom ladders a poll may use besides the built-in ones. */
  readonly ladders?: readonly Ladder[];
}

/**
 * Reads poll settings from untrusted input. Only `id` is required. `minGroupSize` is a whole
 * number from 3 to 1000, `minNewVotes` from 1 to 1000. The ladder must be a
 * built-in ladder or one of `options.ladders`. Throws a ValidationError naming the field.
 */
export function readPollSettings(input: unknown, options: PollSettingsOptions = {}): PollSettings {
  const raw = readObject(input, '', SETTINGS_KEYS);
  const id = readId(raw.id, 'id');
  const ladderId = readOptional(raw.ladderId, 'ladderId', readId);
  if (ladderId !== undefined) findLadder(ladderId, options.ladders, 'ladderId');
  const question = readOptional(raw.question, 'question', (value, field) =>
    readString(value, field, { max: MAX_QUESTION_LENGTH }),
  );
  const resultsVisibility = readOptional(raw.resultsVisibility, 'resultsVisibility', (value, field) =>
    readEnum(value, field, RESULTS_VISIBILITIES),
  );
  const minGroupSize = readOptional(raw.minGroupSize, 'minGroupSize', readMinGroupSize);
  const minNewVotes = readOptional(raw.minNewVotes, 'minNewVotes', readMinNewVotes);
  const askSegment = readOptional(raw.askSegment, 'askSegment', readBoolean);
  return {
    id,
    ...(ladderId !== undefined && { ladderId }),
    ...(question !== undefined && { question }),
    ...(resultsVisibility !== undefined && { resultsVisibility }),
    ...(minGroupSize !== undefined && { minGroupSize }),
    ...(minNewVotes !== undefined && { minNewVotes }),
    ...(askSegment !== undefined && { askSegment }),
  };
}

/**
 * Builds the stored poll from already-read settings, filling the defaults: the
 * `participation` ladder, results shown after voting, groups of at least 5, a fresh result
 * after 3 new votes, no segment question, open, not revealed. Without its own question the
 * poll asks the ladder's question. `now` is a `Date` or an ISO date-time.
 */
export function createPollRecord(settings: PollSettings, now: Date | string): Poll {
  return {
    id: settings.id,
    ladderId: settings.ladderId ?? DEFAULT_POLL_LADDER_ID,
    ...(settings.question !== undefined && { question: settings.question }),
    resultsVisibility: settings.resultsVisibility ?? DEFAULT_RESULTS_VISIBILITY,
    minGroupSize: settings.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    minNewVotes: settings.minNewVotes ?? DEFAULT_MIN_NEW_VOTES,
    askSegment: settings.askSegment ?? false,
    status: 'open',
    revealed: false,
    createdAt: readDate(now, 'now'),
  };
}

/**
 * Finds the ladder a poll uses: one of the `custom` ladders, or a built-in ladder. Throws a
 * ValidationError (`unknown-value`) naming `field` when there is none with this id.
 */
export function findLadder(ladderId: string, custom: readonly Ladder[] | undefined, field = 'ladderId'): Ladder {
  const own = custom?.find((ladder) => ladder.id === ladderId);
  return own ?? resolveLadder(ladderId, undefined, field);
}
