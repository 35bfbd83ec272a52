/** Change in parity between two assessments of the same team (to see progress over time). */
import { PARITY_FACTOR_IDS, type ParityFactorId } from './factors.js';
import type { ParityScore } from './score.js';

/** How one score changed; `change` is `null` when either side has no score. */
export interface ScoreChange {
  /** The score before, or `null` when it had none. */
  readonly before: number | null;
  /** The score after, or `null` when it has none. */
  readonly after: number | null;
  /** `after - before`, or `null` when either is missing. */
  readonly change: number | null;
}

/** One factor's change. */
export interface FactorChange extends ScoreChange {
  /** The factor compared. */
  readonly factorId: ParityFactorId;
}

/** The result of {@link compareParity}. */
export interface ParityComparison {
  /** The seven factors in their fixed order. */
  readonly factors: readonly FactorChange[];
  /** The overall score, before and after. */
  readonly overall: ScoreChange;
  /** Factors whose score went up. */
  readonly improved: readonly ParityFactorId[];
  /** Factors whose score went down. */
  readonly declined: readonly ParityFactorId[];
}

function scoreChange(before: number | null, after: number | null): ScoreChange {
  return { before, after, change: before === null || after === null ? null : after - before };
}

/** Compares two scores (from `scoreParity`): the change per factor and overall. */
export function compareParity(before: ParityScore, after: ParityScore): ParityComparison {
  const scoreOf = (score: ParityScore, id: ParityFactorId) => score.factors.find((factor) => factor.factorId === id)?.score ?? null;
  const factors = PARITY_FACTOR_IDS.map((factorId) => ({ factorId, ...scoreChange(scoreOf(before, factorId), scoreOf(after, factorId)) }));
  return {
    factors,
    overall: scoreChange(before.overall.score, after.overall.score),
    improved: factors.filter((factor) => factor.change !== null && factor.change > 0).map((factor) => factor.factorId),
    declined: factors.filter((factor) => factor.change !== null && factor.change < 0).map((factor) => factor.factorId),
  };
}
