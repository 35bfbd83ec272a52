import type { LocalizedText } from '../shared/text.js';

/** One level of a ladder. `id` is stable across versions and languages. */
export interface Rung {
  /** Stable id of the rung. */
  readonly id: string;
  /** Short name of the rung. */
  readonly label: LocalizedText;
  /** One plain sentence on what this level means. */
  readonly description: LocalizedText;
}

/** A named group of neighbouring rungs, e.g. Arnstein's "tokenism". */
export interface Band {
  /** Stable id of the band. */
  readonly id: string;
  /** Name of the band. */
  readonly label: LocalizedText;
  /** Ids of the rungs in this band, lowest first. */
  readonly rungs: readonly string[];
}

/** An ordered scale of engagement levels, lowest rung first. */
export interface Ladder {
  /** Stable id of the ladder. */
  readonly id: string;
  /** Name of the ladder. */
  readonly name: LocalizedText;
  /** The question a poll on this ladder asks by default. */
  readonly question: LocalizedText;
  /** Where the ladder comes from (a seed document or a published framework). */
  readonly source: string;
  /** The rungs, lowest first. */
  readonly rungs: readonly Rung[];
  /** Bands covering the rungs, when the ladder has them. */
  readonly bands: readonly Band[];
}

/**
 * Raw counts of votes per rung for one ladder. Raw tallies are for computation and
 * storage; what people see goes through small-group protection first.
 */
export interface Tally {
  /** The ladder the votes were cast on. */
  readonly ladderId: string;
  /** Votes per rung id; every rung of the ladder is present, zero when nobody chose it. */
  readonly counts: Readonly<Record<string, number>>;
}

/** A tally split by segment (for example staff and patient or family partners). */
export interface SegmentedTally {
  /** The ladder the votes were cast on. */
  readonly ladderId: string;
  /** Per segment id, that segment's tally counts. */
  readonly segments: Readonly<Record<string, Tally>>;
}

/** One segment's part of a protected result. */
export interface ProtectedSegment {
  /** How many votes this segment holds. */
  readonly total: number;
  /** Votes per rung, or `null` when hidden to protect a small group. */
  readonly counts: Readonly<Record<string, number>> | null;
}

/**
 * Results that are safe to show to anyone: the only shape in which votes leave a store.
 * A group smaller than `minGroupSize` shows its total and no split (`counts: null`).
 */
export interface ProtectedResult {
  /** The ladder the votes were cast on. */
  readonly ladderId: string;
  /** The smallest group whose split is shown. */
  readonly minGroupSize: number;
  /** How many votes in all (always shown). */
  readonly total: number;
  /** Votes per rung, or `null` when hidden because the group is too small. */
  readonly counts: Readonly<Record<string, number>> | null;
  /** Present when votes were split by segment. */
  readonly segments?: Readonly<Record<string, ProtectedSegment>>;
}

/** A released result of a poll: a protected snapshot that changes only in safe steps. */
export interface ReleasedResults {
  /** The poll these results belong to. */
  readonly pollId: string;
  /** The protected result. */
  readonly result: ProtectedResult;
  /** Starts at 0 (nothing released yet) and goes up by one with each release. */
  readonly version: number;
  /** How many votes (new or changed) the poll had taken when this was released. */
  readonly changeCount: number;
  /** True when the poll was closed: these are the final results. */
  readonly final: boolean;
  /** When it was released (ISO 8601). */
  readonly releasedAt: string;
}
