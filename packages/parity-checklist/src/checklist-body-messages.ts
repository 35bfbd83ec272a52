/**
 * The words of the checklist body of `<parity-checklist>` (intro, progress, team numbers,
 * suggestions from them, the summary button), in English and French. Loaded with the saved
 * answers, with the body (checklist-body.ts).
 */
import { t, type PluralText } from '@partnerkit/core/shared/text.js';

/** The checklist body's texts. */
export const CHECKLIST_BODY_MESSAGES = {
  /** What the checklist is for. */
  intro: t(
    'Check whether patient partners and professionals can take part as equals. Answer each statement for your team. Your answers are saved as you go.',
    'Vérifiez si les patients partenaires et les professionnels peuvent participer d’égal à égal. Répondez à chaque énoncé pour votre équipe. Vos réponses sont enregistrées au fur et à mesure.',
  ),
  /** Progress, counted in whole factors. */
  progress: {
    one: t('{count} of {total} factors answered', '{count} facteur sur {total} répondu'),
    other: t('{count} of {total} factors answered', '{count} facteurs sur {total} répondus'),
  } satisfies PluralText,
  /** Heading of the optional team numbers. */
  rosterLegend: t('Who is on your team? (optional)', 'Qui fait partie de votre équipe ? (facultatif)'),
  /** Hint under the team numbers. */
  rosterHint: t(
    'Give the numbers to help answer the questions about numbers. Do not count coaches.',
    'Indiquez les nombres pour vous aider à répondre aux questions sur le nombre. Ne comptez pas les accompagnateurs.',
  ),
  /** Label of the patient partner count. */
  rosterPatients: t('Patient and family partners', 'Patients et proches partenaires'),
  /** Label of the professional count. */
  rosterProfessionals: t('Professionals', 'Professionnels'),
  /** Shown under a numbers item answered from the team numbers. */
  fromRoster: t('Suggested from your team numbers: {answer}.', 'Suggéré d’après les nombres de votre équipe : {answer}.'),
  /** Button that shows the summary. */
  submit: t('See the summary', 'Voir le bilan'),
} as const;
