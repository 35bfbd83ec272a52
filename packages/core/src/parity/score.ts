/**
 * Parity scores from a team's checklist answers (factors from seed 003_29976c84f60395a4.txt).
 *
 * How a score is made: each answered item counts 0 (`not-yet`), 0.5 (`partly`) or 1
 * (`fully`); `not-applicable` items are left out. A factor's score is the mean of its
 * counted items times 100 (exact, 0–100), or `null` when none counts. The overall score is
 * the mean of the factor scores that exist. `rounded` gives the whole number to show.
 */
import type { LocalizedText } from '../shared/text.js';
import { PARITY_ANSWER_VALUES, type ParityAnswer, type ParityAnswers } from './answers.js';
import { PARITY_FACTORS, type ParityFactorId, type ParityItemId } from './factors.js';
import { checkRoster, rosterNumbersAnswers, type RosterCheck, type RosterLimits } from './roster-check.js';
import type { ParityAssessment } from './types.js';

/** One factor's score. */
export interface FactorScore {
  /** The factor scored. */
  readonly factorId: ParityFactorId;
  /** Exact score from 0 to 100, or `null` when no item counts (none answered, or all not applicable). */
  readonly score: number | null;
  /** `score` rounded to a whole number, for display. */
  readonly rounded: number | null;
  /** Items answered, `not-applicable` included. */
  readonly answered: number;
  /** Items answered with something other than `not-applicable` (the ones that count). */
  readonly applicable: number;
  /** Items in the factor's checklist. */
  readonly itemCount: number;
  /** True when every item of the factor is answered. */
  readonly complete: boolean;
}

/** What to try for a factor that scored low. */
export interface ParitySuggestion {
  /** The factor to work on. */
  readonly factorId: ParityFactorId;
  /** Name of the factor. */
  readonly label: LocalizedText;
  /** What to try first. */
  readonly suggestion: LocalizedText;
  /** The factor's current score, 0 to 100. */
  readonly score: number;
}

/** The result of {@link scoreParity}: plain data, safe to store or send as JSON. */
export interface ParityScore {
  /** The seven factors in their fixed order. */
  readonly factors: readonly FactorScore[];
  /** The mean of the factor scores, ignoring factors without one. */
  readonly overall: {
    /** Exact overall score from 0 to 100, or `null` when no factor has a score. */
    readonly score: number | null;
    /** `score` rounded to a whole number, for display. */
    readonly rounded: number | null;
  };
  /**
   * Factor ids by ascending score: the factors to work on first. Factors without a score
   * come last; ties keep the factors' fixed order.
   */
  readonly weakestFirst: readonly ParityFactorId[];
  /** How much of the checklist is answered. */
  readonly progress: {
    /** Factors whose items are all answered. */
    readonly factorsAnswered: number;
    /** Factors in all (seven). */
    readonly totalFactors: number;
    /** Items answered, `not-applicable` included. */
    readonly itemsAnswered: number;
    /** Items in all the checklists. */
    readonly totalItems: number;
  };
  /** Suggestions for the weakest factors (see {@link ScoreParityOptions.maxSuggestions}). */
  readonly suggestions: readonly ParitySuggestion[];
  /** Items that were unanswered and took the roster's suggested answer. */
  readonly filledFromRoster: readonly ParityItemId[];
}

/** Options for {@link scoreParity}. */
export interface ScoreParityOptions {
  /**
   * A roster check (from `checkRoster`). Its suggested answers (`rosterNumbersAnswers`) fill
   * the "numbers" items the team left unanswered; the team's own answers always win.
   */
  readonly roster?: RosterCheck;
  /**
   * How many suggestions to give (default 3): the weakest factors first, only factors that
   * have a score below 100.
   */
  readonly maxSuggestions?: number;
}

/** Default number of suggestions {@link scoreParity} gives. */
export const DEFAULT_MAX_SUGGESTIONS = 3;

/** Scores a team's answers: per factor, overall, the order to work on them and suggestions. */
export function scoreParity(answers: ParityAnswers, options: ScoreParityOptions = {}): ParityScore {
  const fromRoster = options.roster ? rosterNumbersAnswers(options.roster) : {};
  const filledFromRoster: ParityItemId[] = [];
  const factors: FactorScore[] = [];
  let itemsAnswered = 0;
  let totalItems = 0;

  for (const factor of PARITY_FACTORS) {
    let answered = 0;
    let applicable = 0;
    let sum = 0;
    for (const item of factor.items) {
      const id = item.id as ParityItemId;
      let answer: ParityAnswer | undefined = answers[id];
      if (answer === undefined || !Object.prototype.hasOwnProperty.call(PARITY_ANSWER_VALUES, answer)) {
        answer = fromRoster[id];
        if (answer !== undefined) filledFromRoster.push(id);
      }
      if (answer === undefined) continue;
      answered += 1;
      const value = PARITY_ANSWER_VALUES[answer];
      if (value === null) continue;
      applicable += 1;
      sum += value;
    }
    const score = applicable > 0 ? (sum / applicable) * 100 : null;
    itemsAnswered += answered;
    totalItems += factor.items.length;
    factors.push({
      factorId: factor.id,
      score,
      rounded: score === null ? null : Math.round(score),
      answered,
      applicable,
      itemCount: factor.items.length,
      complete: answered === factor.items.length,
    });
  }

  const scored = factors.filter((factor) => factor.score !== null);
  const overallScore = scored.length > 0 ? scored.reduce((total, factor) => total + (factor.score ?? 0), 0) / scored.length : null;

  // Array.prototype.sort is stable, so ties keep the factors' fixed order.
  const weakest = [...factors].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === null ? (b.score === null ? 0 : 1) : -1;
    return a.score - b.score;
  });

  const max = Math.max(0, Math.floor(options.maxSuggestions ?? DEFAULT_MAX_SUGGESTIONS));
  const suggestions: ParitySuggestion[] = [];
  for (const factor of weakest) {
    if (suggestions.length >= max || factor.score === null || factor.score >= 100) break;
    const definition = PARITY_FACTORS.find((candidate) => candidate.id === factor.factorId);
    if (definition) suggestions.push({ factorId: factor.factorId, label: definition.label, suggestion: definition.suggestion, score: factor.score });
  }

  return {
    factors,
    overall: { score: overallScore, rounded: overallScore === null ? null : Math.round(overallScore) },
    weakestFirst: weakest.map((factor) => factor.factorId),
    progress: {
      factorsAnswered: factors.filter((factor) => factor.complete).length,
      totalFactors: PARITY_FACTORS.length,
      itemsAnswered,
      totalItems,
    },
    suggestions,
    filledFromRoster,
  };
}

/**
 * Scores a whole assessment: when it has a roster, the roster is checked (with `limits`)
 * and fills unanswered "numbers" items, as in {@link scoreParity}.
 */
export function scoreParityAssessment(
  assessment: ParityAssessment,
  limits: Partial<RosterLimits> = {},
  maxSuggestions: number = DEFAULT_MAX_SUGGESTIONS,
): ParityScore {
  return scoreParity(assessment.answers, {
    maxSuggestions,
    ...(assessment.roster ? { roster: checkRoster(assessment.roster, limits) } : {}),
  });
}
