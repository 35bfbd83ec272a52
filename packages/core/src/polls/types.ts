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
  readonly id: string;
  /** A built-in ladder id, or the id of `customLadder`. Default: `participation`. */
  readonly ladderId?: string;
  /** The question shown; default: the ladder's own question. */
  readonly question?: string;
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
  readonly id: string;
  readonly ladderId: string;
  readonly question?: string;
  readonly resultsVisibility: ResultsVisibility;
  readonly minGroupSize: number;
  readonly minNewVotes: number;
  readonly askSegment: boolean;
  readonly status: PollStatus;
  /** For `hidden` polls: the facilitator has revealed the results. */
  readonly revealed: boolean;
  readonly createdAt: string;
}

/** One participant's vote (only ever read back by that participant). */
export interface Vote {
  readonly pollId: string;
  readonly participantId: string;
  readonly rungId: string;
  readonly segment?: Segment;
  readonly at: string;
}
