/**
 * The twelve criteria a recruiting pair uses to choose patient partners, from Box 1 of seed
 * 001_5c14ab15c4889788.txt (Pomey et al.), reworded in plain language.
 */
import { t, type LocalizedText } from '../shared/text.js';

/**
 * One selection criterion.
 * @typeParam Id - The type of the criterion's id ({@link SelectionCriterionId} for the built-in criteria).
 */
export interface SelectionCriterion<Id extends string = string> {
  /** Stable id, such as `speaks-clearly`. */
  readonly id: Id;
  /** The criterion, in one plain sentence. */
  readonly text: LocalizedText;
}

/**
 * The criteria as written, kept with their literal ids so that {@link SelectionCriterionId}
 * can be derived from them. Shared as {@link SELECTION_CRITERIA}.
 */
const CRITERION_TABLE = Object.freeze(
  (
    [
      {
        id: 'speaks-clearly',
        text: t('Says things clearly and simply.', 'S’exprime de façon claire et simple.'),
      },
      {
        id: 'constructive',
        text: t(
          'Raises concerns about the health system in a constructive way.',
          'Fait part de ses préoccupations sur le système de santé de façon constructive.',
        ),
      },
      {
        id: 'lives-with-the-illness',
        text: t('Has long personal experience of the illness.', 'A une longue expérience personnelle de la maladie.'),
      },
      {
        id: 'knows-the-services',
        text: t(
          'Has real experience of the care and services the project is about.',
          'A une vraie expérience des soins et des services visés par le projet.',
        ),
      },
      {
        id: 'stable-health',
        text: t(
          'Is in stable health right now, not going through a crisis.',
          'Est en ce moment dans un état de santé stable, sans crise en cours.',
        ),
      },
      {
        id: 'shares-experience',
        text: t(
          'Can talk about their experience of the illness and has learned to live with it.',
          'Peut parler de son expérience de la maladie et a appris à vivre avec.',
        ),
      },
      {
        id: 'generalises',
        text: t(
          'Can apply what they lived through to other care settings.',
          'Peut appliquer ce qu’il a vécu à d’autres contextes de soins.',
        ),
      },
      {
        id: 'helps-others',
        text: t(
          'Wants to help others and to work towards a goal wider than their own case.',
          'Veut aider les autres et travailler à un but plus large que son propre cas.',
        ),
      },
      {
        id: 'works-well-with-others',
        text: t(
          'Works well with others: listens and shows empathy.',
          'Travaille bien avec les autres : écoute et fait preuve d’empathie.',
        ),
      },
      {
        id: 'critical-mind',
        text: t(
          'Thinks critically, even about teams that have cared for them.',
          'A un esprit critique, même envers les équipes qui l’ont soigné.',
        ),
      },
      {
        id: 'understands-partnership',
        text: t(
          'Understands what partnering in care means and what it involves.',
          'Comprend ce que veut dire le partenariat dans les soins et ce qu’il implique.',
        ),
      },
      {
        id: 'available-and-motivated',
        text: t(
          'Has the time and the drive to take part until the project ends.',
          'A le temps et la motivation pour participer jusqu’à la fin du projet.',
        ),
      },
    ] as const satisfies readonly SelectionCriterion[]
  ).map((criterion) => Object.freeze(criterion)),
);

/**
 * Id of a selection criterion.
 * @useDeclaredType
 */
export type SelectionCriterionId = (typeof CRITERION_TABLE)[number]['id'];

/** The twelve criteria, in the source's order. */
export const SELECTION_CRITERIA: readonly SelectionCriterion<SelectionCriterionId>[] = CRITERION_TABLE;

/** The criterion ids in order. */
export const SELECTION_CRITERION_IDS: readonly SelectionCriterionId[] = Object.freeze(
  SELECTION_CRITERIA.map((criterion) => criterion.id),
);
