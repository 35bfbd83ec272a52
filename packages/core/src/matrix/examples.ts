/**
 * Built-in suggestions for every cell of the matrix: example activities that put patients
 * at that place in that phase. They follow the examples of Figure 1 in seed
 * 003_29976c84f60395a4.txt (Lind 2014), reworded in plain language.
 */
import { t, type LocalizedText } from '../shared/text.js';
import { CELL_COUNT, cellIndex, MATRIX_CELLS, type PhaseId, type PlaceId } from './framework.js';

/** One suggested activity for a cell. Its id (`place.phase.slug`) is stable. */
export interface CellExample {
  /** Stable id, `place.phase.slug`. */
  readonly id: string;
  /** The row of the matrix it belongs to. */
  readonly place: PlaceId;
  /** The column of the matrix it belongs to. */
  readonly phase: PhaseId;
  /** One plain sentence describing the activity. */
  readonly title: LocalizedText;
}

function example(place: PlaceId, phase: PhaseId, slug: string, title: LocalizedText): CellExample {
  return Object.freeze({ id: `${place}.${phase}.${slug}`, place, phase, title });
}

/** Every built-in example, place by place and phase by phase. */
export const CELL_EXAMPLE_LIST: readonly CellExample[] = Object.freeze([
  // Direct care
  example('direct-care', 'design', 'care-built-around-the-person', t(
    'Care is shaped around the person: their goals, needs and life.',
    'Les soins sont pensés autour de la personne : ses buts, ses besoins et sa vie.',
  )),
  example('direct-care', 'plan', 'values-and-culture-in-the-plan', t(
    'The care plan takes the patient’s values and culture into account.',
    'Le plan de soins tient compte des valeurs et de la culture du patient.',
  )),
  example('direct-care', 'implement', 'decision-aids-together', t(
    'Patient and care provider use decision aids together to choose a treatment.',
    'Le patient et le soignant utilisent ensemble des outils d’aide à la décision pour choisir un traitement.',
  )),
  example('direct-care', 'evaluate', 'surveys-and-suggestion-boxes', t(
    'Patients give feedback through surveys or a suggestion box.',
    'Les patients donnent leur avis par des sondages ou une boîte à suggestions.',
  )),
  example('direct-care', 'evaluate', 'safety-reporting', t(
    'Patients can report safety problems through a reporting system.',
    'Les patients peuvent signaler des problèmes de sécurité par un système de déclaration.',
  )),
  // Clinic
  example('clinic', 'design', 'choose-priorities-together', t(
    'Patients and staff find and rank what needs to improve, together.',
    'Patients et personnel repèrent ensemble ce qu’il faut améliorer et choisissent les priorités.',
  )),
  example('clinic', 'design', 'service-design', t(
    'The team uses service design methods with patients to rethink a service.',
    'L’équipe utilise des méthodes de design de services avec des patients pour repenser un service.',
  )),
  example('clinic', 'plan', 'rethink-the-visit', t(
    'Patients and staff decide together what a clinic visit should focus on.',
    'Patients et personnel décident ensemble de ce sur quoi une visite à la clinique doit porter.',
  )),
  example('clinic', 'implement', 'improvement-team-member', t(
    'Patients are full members of the clinic’s improvement team.',
    'Des patients sont membres à part entière de l’équipe d’amélioration de la clinique.',
  )),
  example('clinic', 'implement', 'coach-coordinator-or-staff', t(
    'Patients work as coaches, coordinators or staff members.',
    'Des patients travaillent comme accompagnateurs, coordonnateurs ou membres du personnel.',
  )),
  example('clinic', 'evaluate', 'advisory-group', t(
    'An advisory group of patients and families reviews how the clinic is doing.',
    'Un comité consultatif de patients et de familles examine comment la clinique s’en sort.',
  )),
  // Organization
  example('organization', 'design', 'leadership-and-governance', t(
    'Patients hold seats where the organization is led and governed.',
    'Des patients siègent là où l’organisation est dirigée et gouvernée.',
  )),
  example('organization', 'design', 'steering-committees-and-boards', t(
    'Patients sit on steering committees and boards.',
    'Des patients siègent à des comités de pilotage et à des conseils d’administration.',
  )),
  example('organization', 'plan', 'hiring-committees', t(
    'Patients help choose new staff as members of hiring committees.',
    'Des patients aident à choisir le nouveau personnel au sein des comités d’embauche.',
  )),
  example('organization', 'plan', 'internal-committees', t(
    'Patients sit on the organization’s internal committees.',
    'Des patients siègent aux comités internes de l’organisation.',
  )),
  example('organization', 'implement', 'write-materials-and-train-staff', t(
    'Patients write materials with staff or help welcome and train new staff.',
    'Des patients rédigent des documents avec le personnel ou aident à accueillir et former les nouveaux employés.',
  )),
  example('organization', 'evaluate', 'surveys', t(
    'The organization asks patients for feedback through surveys.',
    'L’organisation demande l’avis des patients par des sondages.',
  )),
  example('organization', 'evaluate', 'mystery-patients', t(
    'Patients visit as “mystery shoppers” and report what they saw.',
    'Des patients font des visites « clients mystères » et rapportent ce qu’ils ont vu.',
  )),
  example('organization', 'evaluate', 'advisory-group', t(
    'An advisory group of patients and families gives its view on the organization’s results.',
    'Un comité consultatif de patients et de familles donne son avis sur les résultats de l’organisation.',
  )),
  // Geographic region / system
  example('region', 'design', 'health-policy-together', t(
    'Patients and officials write health policy together.',
    'Patients et responsables élaborent ensemble les politiques de santé.',
  )),
  example('region', 'plan', 'patients-in-politics', t(
    'Patients take part in politics and are elected to decide on health matters.',
    'Des patients font de la politique et sont élus pour décider des questions de santé.',
  )),
  example('region', 'implement', 'care-guidelines', t(
    'Patients help write national care guidelines.',
    'Des patients participent à la rédaction des lignes directrices nationales sur les soins.',
  )),
  example('region', 'evaluate', 'surveys', t(
    'Region-wide or national surveys ask patients about their care.',
    'Des sondages régionaux ou nationaux interrogent les patients sur leurs soins.',
  )),
  example('region', 'evaluate', 'elections', t(
    'Election results show what citizens think of health services.',
    'Les résultats des élections montrent ce que les citoyens pensent des services de santé.',
  )),
]);

function groupByCell(list: readonly CellExample[]): readonly (readonly CellExample[])[] {
  const cells: CellExample[][] = Array.from({ length: CELL_COUNT }, () => []);
  for (const item of list) cells[cellIndex(item.place, item.phase)]?.push(item);
  return Object.freeze(cells.map((items) => Object.freeze(items)));
}

/** Built-in examples per cell, in {@link cellIndex} order (16 lists, none empty). */
export const CELL_EXAMPLES_BY_INDEX: readonly (readonly CellExample[])[] = groupByCell(CELL_EXAMPLE_LIST);

/**
 * Built-in examples per cell: `CELL_EXAMPLES[place][phase]` lists the suggested activities for
 * that cell (every one of the 16 cells has at least one).
 */
export const CELL_EXAMPLES: Readonly<Record<PlaceId, Readonly<Record<PhaseId, readonly CellExample[]>>>> = (() => {
  const byPlace: Record<string, Record<string, readonly CellExample[]>> = {};
  MATRIX_CELLS.forEach((cell, index) => {
    const row = (byPlace[cell.place] ??= {});
    row[cell.phase] = CELL_EXAMPLES_BY_INDEX[index] ?? [];
  });
  for (const row of Object.values(byPlace)) Object.freeze(row);
  return Object.freeze(byPlace) as Readonly<Record<PlaceId, Readonly<Record<PhaseId, readonly CellExample[]>>>>;
})();

/** The built-in examples for one cell. */
export function examplesFor(place: PlaceId, phase: PhaseId): readonly CellExample[] {
  return CELL_EXAMPLES_BY_INDEX[cellIndex(place, phase)] ?? [];
}
