/**
 * The two axes of the Framework for Patient-Professional Partnership (seed
 * 003_29976c84f60395a4.txt, Lind 2014, after Carman et al. 2013): **place**, the level of the
 * health system where patients take part, and **phase**, the point in a project where they
 * join. Together they form a 4 × 4 matrix.
 */
import { t, type LocalizedText } from '../shared/text.js';

/** Ids of the places, from the closest to the person to the widest. */
export const PLACE_IDS = ['direct-care', 'clinic', 'organization', 'region'] as const;

/** A place (level of the health system) where partnership happens. */
export type PlaceId = (typeof PLACE_IDS)[number];

/** Ids of the phases of a project, in the order a project goes through them. */
export const PHASE_IDS = ['design', 'plan', 'implement', 'evaluate'] as const;

/** A phase of a project in which patients take part. */
export type PhaseId = (typeof PHASE_IDS)[number];

/** One place of the matrix, with its label and a one-line plain description. */
export interface Place {
  /** Stable id of the place. */
  readonly id: PlaceId;
  /** Short name of the place. */
  readonly label: LocalizedText;
  /** One plain sentence on what the place covers. */
  readonly description: LocalizedText;
}

/** One phase of the matrix, with its label and a one-line plain description. */
export interface Phase {
  /** Stable id of the phase. */
  readonly id: PhaseId;
  /** Short name of the phase. */
  readonly label: LocalizedText;
  /** One plain sentence on what happens in the phase. */
  readonly description: LocalizedText;
}

/** The four places, in {@link PLACE_IDS} order (rows of the matrix). */
export const PLACES: readonly Place[] = Object.freeze([
  {
    id: 'direct-care',
    label: t('Direct care', 'Soins directs'),
    description: t(
      'A patient and their care providers, face to face, deciding about that person’s own care.',
      'Un patient et ses soignants, face à face, qui décident des soins de cette personne.',
    ),
  },
  {
    id: 'clinic',
    label: t('Clinic', 'Clinique'),
    description: t(
      'A clinic, unit or service, where teams improve the care they give.',
      'Une clinique, une unité ou un service, où les équipes améliorent les soins qu’elles donnent.',
    ),
  },
  {
    id: 'organization',
    label: t('Organization', 'Organisation'),
    description: t(
      'A whole hospital or health organization: how it is run and what it decides.',
      'Tout un hôpital ou un organisme de santé : sa gestion et ses décisions.',
    ),
  },
  {
    id: 'region',
    label: t('Geographic region / system', 'Région / système de santé'),
    description: t(
      'A region, a country or the health system as a whole: policies, rules and guidelines.',
      'Une région, un pays ou tout le système de santé : politiques, règles et lignes directrices.',
    ),
  },
] as const satisfies readonly Place[]);

/** The four phases, in {@link PHASE_IDS} order (columns of the matrix). */
export const PHASES: readonly Phase[] = Object.freeze([
  {
    id: 'design',
    label: t('Design', 'Conception'),
    description: t(
      'Choosing the problem to work on and why it matters, before anything is decided.',
      'Choisir le problème à régler et dire pourquoi il compte, avant que rien ne soit décidé.',
    ),
  },
  {
    id: 'plan',
    label: t('Plan', 'Planification'),
    description: t(
      'Deciding what will be done, by whom and by when.',
      'Décider ce qui sera fait, par qui et pour quand.',
    ),
  },
  {
    id: 'implement',
    label: t('Implement', 'Mise en œuvre'),
    description: t('Doing the work itself.', 'Faire le travail lui-même.'),
  },
  {
    id: 'evaluate',
    label: t('Evaluate', 'Évaluation'),
    description: t(
      'Looking back on how the work went and whether it reached its goals.',
      'Faire le bilan du travail et voir s’il a atteint ses objectifs.',
    ),
  },
] as const satisfies readonly Phase[]);

/** Number of places (rows) and of phases (columns). */
export const MATRIX_SIZE = 4;

/** Number of cells in the matrix (16). */
export const CELL_COUNT = MATRIX_SIZE * MATRIX_SIZE;

/** Position of each place in {@link PLACE_IDS}. */
export const PLACE_INDEX: Readonly<Record<PlaceId, number>> = Object.freeze({
  'direct-care': 0,
  clinic: 1,
  organization: 2,
  region: 3,
});

/** Position of each phase in {@link PHASE_IDS}. */
export const PHASE_INDEX: Readonly<Record<PhaseId, number>> = Object.freeze({
  design: 0,
  plan: 1,
  implement: 2,
  evaluate: 3,
});

/** A cell of the matrix: one place at one phase. */
export interface CellRef {
  /** The row: a place. */
  readonly place: PlaceId;
  /** The column: a phase. */
  readonly phase: PhaseId;
}

/**
 * Index of a cell in a flat 16-slot list: `place * 4 + phase`, rows (places) first.
 */
export function cellIndex(place: PlaceId, phase: PhaseId): number {
  return PLACE_INDEX[place] * MATRIX_SIZE + PHASE_INDEX[phase];
}

/** All 16 cells, in {@link cellIndex} order (place by place, each through the four phases). */
export const MATRIX_CELLS: readonly CellRef[] = Object.freeze(
  PLACE_IDS.flatMap((place) => PHASE_IDS.map((phase) => Object.freeze({ place, phase }))),
);

/** The place with this id (every {@link PlaceId} has one). */
export function placeById(id: PlaceId): Place {
  return PLACES[PLACE_INDEX[id]] as Place;
}

/** The phase with this id (every {@link PhaseId} has one). */
export function phaseById(id: PhaseId): Phase {
  return PHASES[PHASE_INDEX[id]] as Phase;
}
