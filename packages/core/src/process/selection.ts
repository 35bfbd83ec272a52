/**
 * Reviews of a patient candidate against the selection criteria, and how far the two
 * members of a recruiting pair agree (seed 001_5c14ab15c4889788.txt: candidates are
 * interviewed by a patient recruiter and a staff member together).
 */
import { invalid } from '../shared/errors.js';
import { t, type LocalizedText } from '../shared/text.js';
import { readEnum, readId, readKeyedRecord, readObject } from '../shared/validate.js';
import { SELECTION_CRITERION_IDS, type SelectionCriterionId } from './criteria.js';

/** How a candidate fares on one criterion. `unknown` means "could not tell". */
export const SELECTION_RATINGS = ['meets', 'partly', 'does-not-meet', 'unknown'] as const;

/** One rating. */
export type SelectionRating = (typeof SELECTION_RATINGS)[number];

/** Labels for the ratings, ready for a form. */
export const SELECTION_RATING_LABELS: Readonly<Record<SelectionRating, LocalizedText>> = Object.freeze({
  meets: t('Meets it', 'Y répond'),
  partly: t('Partly', 'En partie'),
  'does-not-meet': t('Does not meet it', 'N’y répond pas'),
  unknown: t('Cannot tell', 'Impossible à dire'),
});

/** One recruiter's ratings of one candidate. A missing criterion counts as `unknown`. */
export interface SelectionReview {
  /** The candidate reviewed. */
  readonly candidateId: string;
  /** The recruiter who reviewed them. */
  readonly recruiterId: string;
  /** A rating per criterion; criteria left out are not rated. */
  readonly ratings: Readonly<Partial<Record<SelectionCriterionId, SelectionRating>>>;
}

const REVIEW_KEYS = ['candidateId', 'recruiterId', 'ratings'] as const;

/**
 * Reads a selection review from untrusted input. An unknown criterion is refused, naming
 * the field `ratings.<criterionId>`.
 */
export function readSelectionReview(input: unknown): SelectionReview {
  const raw = readObject(input, '', REVIEW_KEYS);
  const candidateId = readId(raw.candidateId, 'candidateId');
  const recruiterId = readId(raw.recruiterId, 'recruiterId');
  const ratings = readKeyedRecord(raw.ratings, 'ratings', SELECTION_CRITERION_IDS, (value, field) => readEnum(value, field, SELECTION_RATINGS));
  return { candidateId, recruiterId, ratings };
}

/** One criterion as the two recruiters rated it. */
export interface CriterionAgreement {
  /** The criterion. */
  readonly criterionId: SelectionCriterionId;
  /** The first recruiter's rating. */
  readonly a: SelectionRating;
  /** The second recruiter's rating. */
  readonly b: SelectionRating;
  /** `true` or `false` when both rated it; `null` when either said `unknown`. */
  readonly agree: boolean | null;
}

/** The result of {@link compareRecruiters}. */
export interface RecruiterComparison {
  /** The candidate both recruiters reviewed. */
  readonly candidateId: string;
  /** The twelve criteria in order. */
  readonly criteria: readonly CriterionAgreement[];
  /** Criteria both recruiters rated (neither said `unknown`). */
  readonly rated: number;
  /** Of those, criteria where they gave the same rating. */
  readonly agreed: number;
  /** `agreed / rated × 100`, or `null` when nothing was rated by both. */
  readonly percentAgreement: number | null;
  /** Cohen's kappa over the criteria rated by both, or `null` when it is undefined (see {@link cohensKappa}). */
  readonly kappa: number | null;
  /** Criteria the pair should talk through: rated differently by the two. */
  readonly toDiscuss: readonly SelectionCriterionId[];
  /** Criteria at least one of them could not rate. */
  readonly notRatedByBoth: readonly SelectionCriterionId[];
}

/**
 * Cohen's kappa for two raters over paired category labels: agreement corrected for the
 * agreement expected by chance, `(observed - expected) / (1 - expected)`, where `expected`
 * sums, over categories, the product of each rater's share of that category. 1 is perfect
 * agreement, 0 is what chance would give, below 0 is worse than chance.
 *
 * Returns `null` when it is undefined:
 * - fewer than two pairs (one pair cannot separate agreement from chance);
 * - expected agreement of 1: both raters gave one and the same label to everything, so
 *   the formula is 0/0 (they agree fully, but chance would too).
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (n < 2) return null;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === b) same += 1;
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [label, count] of countA) expected += (count / n) * ((countB.get(label) ?? 0) / n);
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/**
 * Compares two recruiters' reviews of the same candidate: agreement per criterion, percent
 * agreement and Cohen's kappa over the criteria both rated (`unknown` left out), and the
 * criteria to discuss. Throws a `ValidationError` (field `b.candidateId`) when the reviews
 * are about different candidates.
 */
export function compareRecruiters(a: SelectionReview, b: SelectionReview): RecruiterComparison {
  if (a.candidateId !== b.candidateId) {
    throw invalid('invalid', 'b.candidateId', t('Both reviews must be about the same candidate.', 'Les deux évaluations doivent porter sur la même personne candidate.'));
  }
  const criteria: CriterionAgreement[] = [];
  const pairs: [string, string][] = [];
  const toDiscuss: SelectionCriterionId[] = [];
  const notRatedByBoth: SelectionCriterionId[] = [];
  for (const criterionId of SELECTION_CRITERION_IDS) {
    const ratingA = a.ratings[criterionId] ?? 'unknown';
    const ratingB = b.ratings[criterionId] ?? 'unknown';
    const bothRated = ratingA !== 'unknown' && ratingB !== 'unknown';
    const agree = bothRated ? ratingA === ratingB : null;
    criteria.push({ criterionId, a: ratingA, b: ratingB, agree });
    if (bothRated) pairs.push([ratingA, ratingB]);
    else notRatedByBoth.push(criterionId);
    if (agree === false) toDiscuss.push(criterionId);
  }
  const rated = pairs.length;
  const agreed = rated - toDiscuss.length;
  return {
    candidateId: a.candidateId,
    criteria,
    rated,
    agreed,
    percentAgreement: rated > 0 ? (agreed / rated) * 100 : null,
    kappa: cohensKappa(pairs),
    toDiscuss,
    notRatedByBoth,
  };
}
