/**
 * The four-step structured process for preparing teams to partner with patients, from seed
 * 001_5c14ab15c4889788.txt (Pomey et al., Quebec's Partnership in Care Program): awareness;
 * selection and preparation of team members; carrying out the mandate; assessing
 * engagement. Each step has a short checklist written in the project's own words.
 */
import { deepFreeze } from '../shared/freeze.js';
import { t, type LocalizedText } from '../shared/text.js';

/**
 * One task of a step's checklist. Its id (`step.slug`) is stable.
 * @typeParam Id - The type of the task's id ({@link ProcessItemId} for the built-in tasks).
 */
export interface ProcessItem<Id extends string = string> {
  /** Stable id, `step.slug`, such as `awareness.staff-informed`. */
  readonly id: Id;
  /** The task, in one plain sentence. */
  readonly text: LocalizedText;
}

/**
 * One step of the process with its checklist.
 * @typeParam Id - The type of the step's id ({@link ProcessStepId} for the built-in steps).
 * @typeParam ItemId - The type of its tasks' ids ({@link ProcessItemId} for the built-in steps).
 */
export interface ProcessStep<Id extends string = string, ItemId extends string = string> {
  /** Stable id, such as `awareness`. */
  readonly id: Id;
  /** Short name of the step. */
  readonly label: LocalizedText;
  /** One plain sentence on what the step is for. */
  readonly description: LocalizedText;
  /** Three to six tasks. */
  readonly items: readonly ProcessItem<ItemId>[];
}

/**
 * The step table as written, kept with its literal ids so that {@link ProcessStepId} and
 * {@link ProcessItemId} can be derived from it. Shared as {@link PROCESS_STEPS}.
 */
const STEP_TABLE = deepFreeze([
  {
    id: 'awareness',
    label: t('Awareness', 'Sensibilisation'),
    description: t(
      'Leaders and managers understand partnering with patients and commit to it.',
      'Les dirigeants et les gestionnaires comprennent le partenariat avec les patients et s’y engagent.',
    ),
    items: [
      {
        id: 'awareness.leaders-committed',
        text: t(
          'Senior leaders have agreed to work with patient partners and know what it involves.',
          'La haute direction a accepté de travailler avec des patients partenaires et sait ce que cela implique.',
        ),
      },
      {
        id: 'awareness.resources-set-aside',
        text: t(
          'Managers of the services involved have set aside time and resources for the team.',
          'Les gestionnaires des services concernés ont prévu du temps et des ressources pour l’équipe.',
        ),
      },
      {
        id: 'awareness.communications-plan',
        text: t(
          'A communications plan says what will be shared, with whom and when, including what patient partners bring.',
          'Un plan de communication précise ce qui sera diffusé, à qui et quand, y compris l’apport des patients partenaires.',
        ),
      },
      {
        id: 'awareness.staff-informed',
        text: t(
          'Everyone in the service has heard how patient partners will take part.',
          'Tout le personnel du service a été informé de la façon dont les patients partenaires participeront.',
        ),
      },
    ],
  },
  {
    id: 'selection-and-preparation',
    label: t('Selection and preparation', 'Sélection et préparation'),
    description: t(
      'The team’s task is set first, then the right members are chosen and prepared.',
      'Le mandat de l’équipe est fixé d’abord, puis les bons membres sont choisis et préparés.',
    ),
    items: [
      {
        id: 'selection-and-preparation.mandate-first',
        text: t(
          'The team’s mandate is written down before its members are chosen.',
          'Le mandat de l’équipe est écrit avant le choix de ses membres.',
        ),
      },
      {
        id: 'selection-and-preparation.team-of-six-to-eight',
        text: t(
          'The team has six to eight members, chosen for what the mandate needs.',
          'L’équipe compte de six à huit membres, choisis selon les besoins du mandat.',
        ),
      },
      {
        id: 'selection-and-preparation.recruiter-pair',
        text: t(
          'Patient partners are chosen by a pair, an experienced patient recruiter and a staff member, using agreed criteria.',
          'Les patients partenaires sont choisis par un duo, un patient recruteur expérimenté et un membre du personnel, selon des critères convenus.',
        ),
      },
      {
        id: 'selection-and-preparation.patients-in-pairs',
        text: t(
          'Patient partners join two at a time, so no one is alone.',
          'Les patients partenaires se joignent deux à la fois, pour que personne ne soit seul.',
        ),
      },
      {
        id: 'selection-and-preparation.joint-training',
        text: t(
          'Patients and professionals are trained on partnership, ideally together.',
          'Les patients et les professionnels sont formés au partenariat, idéalement ensemble.',
        ),
      },
    ],
  },
  {
    id: 'carrying-out-the-mandate',
    label: t('Carrying out the mandate', 'Réalisation du mandat'),
    description: t(
      'The team does its work with clear goals, shared leadership and support.',
      'L’équipe fait son travail avec des objectifs clairs, une direction partagée et du soutien.',
    ),
    items: [
      {
        id: 'carrying-out-the-mandate.smart-objectives',
        text: t(
          'The objectives are specific, measurable, achievable, relevant and have a deadline.',
          'Les objectifs sont précis, mesurables, atteignables, pertinents et ont une échéance.',
        ),
      },
      {
        id: 'carrying-out-the-mandate.co-leads',
        text: t(
          'A patient partner and a professional lead the meetings together.',
          'Un patient partenaire et un professionnel animent les réunions ensemble.',
        ),
      },
      {
        id: 'carrying-out-the-mandate.two-coaches',
        text: t(
          'One coach supports the patient partners and another supports the professionals.',
          'Un accompagnateur soutient les patients partenaires et un autre soutient les professionnels.',
        ),
      },
      {
        id: 'carrying-out-the-mandate.clear-agendas-and-documents',
        text: t(
          'Every meeting has a clear agenda, and documents are written in plain language.',
          'Chaque réunion a un ordre du jour clair, et les documents sont écrits dans un langage simple.',
        ),
      },
      {
        id: 'carrying-out-the-mandate.costs-covered',
        text: t(
          'Patient partners get their costs paid back, such as travel, parking and meals.',
          'Les patients partenaires se font rembourser leurs frais, comme le transport, le stationnement et les repas.',
        ),
      },
      {
        id: 'carrying-out-the-mandate.progress-reported',
        text: t(
          'The team reports its progress to senior management regularly.',
          'L’équipe présente régulièrement ses progrès à la haute direction.',
        ),
      },
    ],
  },
  {
    id: 'assessing-engagement',
    label: t('Assessing engagement', 'Évaluation de l’engagement'),
    description: t(
      'The team looks at how the partnership went and thanks everyone for their part.',
      'L’équipe regarde comment le partenariat s’est passé et remercie chacun pour sa contribution.',
    ),
    items: [
      {
        id: 'assessing-engagement.halfway-check',
        text: t(
          'Halfway through, the team talks about how working together is going and adjusts.',
          'À mi-parcours, l’équipe discute de sa façon de travailler ensemble et s’ajuste.',
        ),
      },
      {
        id: 'assessing-engagement.end-questionnaire',
        text: t(
          'At the end, patient partners and professionals answer a questionnaire about their experience.',
          'À la fin, les patients partenaires et les professionnels répondent à un questionnaire sur leur expérience.',
        ),
      },
      {
        id: 'assessing-engagement.impact-shared',
        text: t(
          'Members are told what difference their work made.',
          'Les membres apprennent quelle différence leur travail a faite.',
        ),
      },
      {
        id: 'assessing-engagement.contributions-recognised',
        text: t(
          'Everyone’s contribution is recognised, for example with a letter, credit in a report or a certificate.',
          'La contribution de chacun est reconnue, par exemple par une lettre, une mention dans un rapport ou un certificat.',
        ),
      },
    ],
  },
] as const satisfies readonly ProcessStep[]);

/**
 * Id of a process step.
 * @useDeclaredType
 */
export type ProcessStepId = (typeof STEP_TABLE)[number]['id'];

/**
 * Id of a process checklist item.
 * @useDeclaredType
 */
export type ProcessItemId = (typeof STEP_TABLE)[number]['items'][number]['id'];

/** The four steps in order. */
export const PROCESS_STEPS: readonly ProcessStep<ProcessStepId, ProcessItemId>[] = STEP_TABLE;

/** Step ids in order. */
export const PROCESS_STEP_IDS: readonly ProcessStepId[] = Object.freeze(PROCESS_STEPS.map((step) => step.id));

/** Every item id, step by step. */
export const PROCESS_ITEM_IDS: readonly ProcessItemId[] = Object.freeze(
  PROCESS_STEPS.flatMap((step) => step.items.map((item) => item.id as ProcessItemId)),
);
