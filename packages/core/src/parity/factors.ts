/**
 * The seven parity factors of the Framework for Patient-Professional Partnership (seed
 * 003_29976c84f60395a4.txt, Lind 2014): conditions that let patients and professionals take
 * part as equals. Each factor is a question a team asks itself, with a short reflective
 * checklist. Team-composition details (pairs of patients, co-leads, coaches, covered costs)
 * come from seed 001_5c14ab15c4889788.txt. All wording is the project's own.
 */
import { deepFreeze } from '../shared/freeze.js';
import { t, type LocalizedText } from '../shared/text.js';

/**
 * One statement of a factor's checklist. Its id (`factor.slug`) is stable.
 * @typeParam Id - The type of the item's id ({@link ParityItemId} for the built-in items).
 */
export interface ParityItem<Id extends string = string> {
  /** Stable id, `factor.slug`, such as `numbers.balance`. */
  readonly id: Id;
  /** The statement the team rates. */
  readonly text: LocalizedText;
}

/**
 * One parity factor: a question to ask, a checklist, and what to try when it scores low.
 * @typeParam Id - The type of the factor's id ({@link ParityFactorId} for the built-in factors).
 * @typeParam ItemId - The type of its items' ids ({@link ParityItemId} for the built-in factors).
 */
export interface ParityFactor<Id extends string = string, ItemId extends string = string> {
  /** Stable id, such as `numbers`. */
  readonly id: Id;
  /** Short name of the factor. */
  readonly label: LocalizedText;
  /** The question the team asks itself. */
  readonly question: LocalizedText;
  /** What a team that scores low on this factor could try first. */
  readonly suggestion: LocalizedText;
  /** Two to four statements the team answers. */
  readonly items: readonly ParityItem<ItemId>[];
}

/**
 * The factor table as written, kept with its literal ids so that {@link ParityFactorId} and
 * {@link ParityItemId} can be derived from it. Shared as {@link PARITY_FACTORS}.
 */
const FACTOR_TABLE = deepFreeze([
  {
    id: 'numbers',
    label: t('Numbers', 'Nombre'),
    question: t(
      'Is there a fair balance between patient and professional voices in the group?',
      'Y a-t-il un juste équilibre entre la voix des patients et celle des professionnels dans le groupe ?',
    ),
    suggestion: t(
      'Invite more patient partners, two at a time, so that no one is alone and their views carry weight. Plan who steps in when a patient partner needs a break.',
      'Invitez plus de patients partenaires, deux à la fois, pour que personne ne soit seul et que leur avis compte. Prévoyez qui prend le relais quand un patient partenaire a besoin d’une pause.',
    ),
    items: [
      {
        id: 'numbers.balance',
        text: t(
          'There are enough patient partners for their views to carry weight in discussions and votes.',
          'Il y a assez de patients partenaires pour que leur avis pèse dans les discussions et les votes.',
        ),
      },
      {
        id: 'numbers.no-lone-patient',
        text: t(
          'No patient partner is the only patient in the group: they take part at least two at a time.',
          'Aucun patient partenaire n’est le seul patient du groupe : ils participent au moins à deux.',
        ),
      },
      {
        id: 'numbers.cover-absence',
        text: t(
          'When a patient partner needs time off, for their health or another reason, another patient partner can step in.',
          'Quand un patient partenaire doit s’absenter, pour sa santé ou une autre raison, un autre patient partenaire peut prendre le relais.',
        ),
      },
    ],
  },
  {
    id: 'compensation',
    label: t('Compensation', 'Rémunération et frais'),
    question: t(
      'Is everyone paid or compensated fairly, with no costs left for patient partners to pay?',
      'Chacun est-il payé ou dédommagé de façon juste, sans frais laissés à la charge des patients partenaires ?',
    ),
    suggestion: t(
      'Set money aside for patient partners when the project starts. Where paying them is not allowed, pay back their costs, such as travel, parking and meals, quickly and simply.',
      'Réservez un budget pour les patients partenaires dès le début du projet. Là où il n’est pas permis de les payer, remboursez leurs frais, comme le transport, le stationnement et les repas, rapidement et simplement.',
    ),
    items: [
      {
        id: 'compensation.fair-pay',
        text: t(
          'Patient partners are paid or compensated for their time in a way the group sees as fair.',
          'Les patients partenaires sont payés ou dédommagés pour leur temps d’une façon que le groupe juge équitable.',
        ),
      },
      {
        id: 'compensation.no-out-of-pocket',
        text: t(
          'Patient partners pay nothing out of their own pocket: travel, parking, meals and other costs are covered.',
          'Les patients partenaires ne paient rien de leur poche : le transport, le stationnement, les repas et les autres frais sont couverts.',
        ),
      },
      {
        id: 'compensation.clear-rules',
        text: t(
          'Everyone knows from the start what is paid or paid back, and how to claim it.',
          'Tout le monde sait dès le départ ce qui est payé ou remboursé, et comment le demander.',
        ),
      },
    ],
  },
  {
    id: 'power-balance',
    label: t('Power balance and comfort', 'Équilibre des pouvoirs et aisance'),
    question: t(
      'Does everyone feel at ease to speak up and be heard?',
      'Tout le monde se sent-il à l’aise de prendre la parole et d’être écouté ?',
    ),
    suggestion: t(
      'Use simple ways to give everyone a turn, such as going round the table. Ask patient partners for their views directly, and explain every acronym.',
      'Utilisez des moyens simples pour donner la parole à chacun, comme un tour de table. Demandez directement l’avis des patients partenaires et expliquez chaque sigle.',
    ),
    items: [
      {
        id: 'power-balance.everyone-speaks',
        text: t(
          'Meetings are run so that every member gets a chance to speak.',
          'Les réunions sont menées de façon à ce que chaque membre ait l’occasion de parler.',
        ),
      },
      {
        id: 'power-balance.patients-invited',
        text: t(
          'Patient partners are clearly invited and encouraged to give their views.',
          'Les patients partenaires sont clairement invités et encouragés à donner leur avis.',
        ),
      },
      {
        id: 'power-balance.plain-language',
        text: t(
          'The group uses plain words and explains acronyms and technical terms.',
          'Le groupe utilise des mots simples et explique les sigles et les termes techniques.',
        ),
      },
      {
        id: 'power-balance.safe-to-disagree',
        text: t(
          'Anyone can disagree or raise a concern without fear.',
          'Chacun peut exprimer un désaccord ou une inquiétude sans crainte.',
        ),
      },
    ],
  },
  {
    id: 'preparation',
    label: t('Preparation and training', 'Préparation et formation'),
    question: t(
      'Were both patients and professionals prepared to work together?',
      'Les patients et les professionnels ont-ils tous été préparés à travailler ensemble ?',
    ),
    suggestion: t(
      'Give every new member an introduction to the project and to how the group works. Offer training on partnership to patients and professionals, ideally together.',
      'Offrez à chaque nouveau membre une présentation du projet et du fonctionnement du groupe. Proposez une formation sur le partenariat aux patients et aux professionnels, idéalement ensemble.',
    ),
    items: [
      {
        id: 'preparation.patients-oriented',
        text: t(
          'Patient partners had an introduction to the project, the group and how things work before starting.',
          'Les patients partenaires ont reçu une présentation du projet, du groupe et du fonctionnement avant de commencer.',
        ),
      },
      {
        id: 'preparation.professionals-prepared',
        text: t(
          'Professionals had guidance on how to work with patient partners.',
          'Les professionnels ont reçu des conseils sur la façon de travailler avec des patients partenaires.',
        ),
      },
      {
        id: 'preparation.trained-together',
        text: t(
          'Patients and professionals had at least some training together.',
          'Les patients et les professionnels ont suivi au moins une partie de la formation ensemble.',
        ),
      },
    ],
  },
  {
    id: 'support',
    label: t('Support', 'Soutien'),
    question: t(
      'Does every member have someone to turn to along the way?',
      'Chaque membre a-t-il quelqu’un vers qui se tourner tout au long du travail ?',
    ),
    suggestion: t(
      'Name a contact person for every member. Offer a coach or mentor to patient partners, and to professionals who want one.',
      'Nommez une personne-ressource pour chaque membre. Offrez un accompagnateur ou un mentor aux patients partenaires, et aux professionnels qui le souhaitent.',
    ),
    items: [
      {
        id: 'support.contact-person',
        text: t(
          'Every member knows who to contact with a question or a worry.',
          'Chaque membre sait qui contacter pour une question ou une inquiétude.',
        ),
      },
      {
        id: 'support.mentoring',
        text: t(
          'Members who want it get ongoing support, for example from a coach or a mentor.',
          'Les membres qui le veulent reçoivent un soutien continu, par exemple d’un accompagnateur ou d’un mentor.',
        ),
      },
      {
        id: 'support.check-ins',
        text: t(
          'Someone checks regularly on how members are doing in the group.',
          'Quelqu’un prend régulièrement des nouvelles des membres sur leur place dans le groupe.',
        ),
      },
    ],
  },
  {
    id: 'leadership',
    label: t('Leadership', 'Leadership'),
    question: t(
      'Do patient partners share in leading the group?',
      'Les patients partenaires participent-ils à la direction du groupe ?',
    ),
    suggestion: t(
      'Take turns in meeting roles, chairing included. Have a patient partner and a professional lead the group together, and help anyone who wants to try.',
      'Faites tourner les rôles en réunion, y compris la présidence. Confiez la direction du groupe à un duo formé d’un patient partenaire et d’un professionnel, et aidez toute personne qui veut essayer.',
    ),
    items: [
      {
        id: 'leadership.rotating-roles',
        text: t(
          'Meeting roles, chairing included, rotate among all members.',
          'Les rôles en réunion, y compris la présidence, tournent entre tous les membres.',
        ),
      },
      {
        id: 'leadership.co-leads',
        text: t(
          'A patient partner and a professional lead the group together.',
          'Un patient partenaire et un professionnel dirigent le groupe ensemble.',
        ),
      },
      {
        id: 'leadership.help-to-lead',
        text: t(
          'Members who want to take a lead role get help to grow into it.',
          'Les membres qui veulent jouer un rôle de direction reçoivent de l’aide pour y arriver.',
        ),
      },
    ],
  },
  {
    id: 'vulnerability',
    label: t('Vulnerability', 'Vulnérabilité'),
    question: t(
      'Can patients and professionals both be open about what is hard for them?',
      'Les patients et les professionnels peuvent-ils, les uns comme les autres, parler ouvertement de ce qui est difficile pour eux ?',
    ),
    suggestion: t(
      'Take time to get to know each other and agree on ground rules, such as keeping things confidential. Invite professionals to share their own difficulties too, so that openness goes both ways.',
      'Prenez le temps de faire connaissance et convenez de règles de base, comme la confidentialité. Invitez les professionnels à parler aussi de leurs difficultés, pour que l’ouverture aille dans les deux sens.',
    ),
    items: [
      {
        id: 'vulnerability.patients-share',
        text: t(
          'Patient partners feel safe sharing personal experiences with the group.',
          'Les patients partenaires se sentent en confiance pour raconter leur vécu au groupe.',
        ),
      },
      {
        id: 'vulnerability.professionals-share',
        text: t(
          'Professionals feel safe talking about mistakes and difficulties.',
          'Les professionnels se sentent en confiance pour parler de leurs erreurs et de leurs difficultés.',
        ),
      },
      {
        id: 'vulnerability.trust-building',
        text: t(
          'The group takes time to build trust, for example with ground rules and time to get to know each other.',
          'Le groupe prend le temps de bâtir la confiance, par exemple avec des règles de base et du temps pour faire connaissance.',
        ),
      },
    ],
  },
] as const satisfies readonly ParityFactor[]);

/**
 * Id of a parity factor.
 * @useDeclaredType
 */
export type ParityFactorId = (typeof FACTOR_TABLE)[number]['id'];

/**
 * Id of a parity checklist item, such as `numbers.balance`.
 * @useDeclaredType
 */
export type ParityItemId = (typeof FACTOR_TABLE)[number]['items'][number]['id'];

/** The seven factors in their fixed order (the order of seed 003). */
export const PARITY_FACTORS: readonly ParityFactor<ParityFactorId, ParityItemId>[] = FACTOR_TABLE;

/** The factor ids in their fixed order. */
export const PARITY_FACTOR_IDS: readonly ParityFactorId[] = Object.freeze(PARITY_FACTORS.map((factor) => factor.id));

/** Every item id, factor by factor. */
export const PARITY_ITEM_IDS: readonly ParityItemId[] = Object.freeze(
  PARITY_FACTORS.flatMap((factor) => factor.items.map((item) => item.id as ParityItemId)),
);

/** The factor with this id (every {@link ParityFactorId} has one). */
export function parityFactorById(id: ParityFactorId): ParityFactor {
  return PARITY_FACTORS.find((factor) => factor.id === id) as ParityFactor;
}

/** True when the text is the id of a parity item. */
export function isParityItemId(value: unknown): value is ParityItemId {
  return typeof value === 'string' && (PARITY_ITEM_IDS as readonly string[]).includes(value);
}
