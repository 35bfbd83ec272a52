/** When people may see a poll's results. */
export type ResultsVisibility = 'after-vote' | 'always' | 'hidden';

/** Whether a poll takes votes. */
export type PollStatus = 'open' | 'closed';

/** The segments a voter may say they belong to. */
export const SEGMENTS = ['staff', 'patient'] as const;
/** `staff` (professionals) or `patient` (patient or family partners). */
export type Segment = (typeof SEGMENTS)[number];

/** What a facilitator sets when creating a poll. Everything but `id` has a default. */
export interface PollSettings {
  /** Id of the new poll. */
  readonly id: string;
  /** A built-in ladder id, or the id of `customLadder`. Default: `participation`. */
  readonly ladderId?: string;
  /** The question shown; default: the ladder's own question. */
  readonly question?: string;
  /** When voters may see the results (default `after-vote`). */
  readonly resultsVisibility?: ResultsVisibility;
  /** Smallest group whose split may be shown (default 5, never below 3). */
  readonly minGroupSize?: number;
  /** New votes needed before a fresh result is released (default 3). */
  readonly minNewVotes?: number;
  /** Ask voters whether they are staff or patient partners. */
  readonly askSegment?: boolean;
}

/** A poll as stored. */
export interface Poll {
  /** Id of the poll. */
  readonly id: string;
  /** The ladder voters choose a rung of. */
  readonly ladderId: string;
  /** The question shown, when it is not the ladder's own. */
  readonly question?: string;
  /** When voters may see the results. */
  readonly resultsVisibility: ResultsVisibility;
  /** Smallest group whose split may be shown. */
  readonly minGroupSize: number;
  /** New votes needed before a fresh result is released. */
  readonly minNewVotes: number;
  /** True when voters are asked whether they are staff or patient partners. */
  readonly askSegment: boolean;
  /** Whether the poll takes votes. */
  readonly status: PollStatus;
  /** For `hidden` polls: the facilitator has revealed the results. */
  readonly revealed: boolean;
  /** When it was created (ISO 8601). */
  readonly createdAt: string;
}

/** One participant's vote (only ever read back by that participant). */
export interface Vote {
  /** The poll voted in. */
  readonly pollId: string;
  /** Who voted (an anonymous id). */
  readonly participantId: string;
  /** The chosen rung. */
  readonly rungId: string;
  /** Whether the voter is staff or a patient partner, when asked and answered. */
  readonly segment?: Segment;
  /** When the vote was cast (ISO 8601). */
  readonly at: string;
}
