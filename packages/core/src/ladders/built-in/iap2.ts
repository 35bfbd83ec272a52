/**
 * The spectrum of public participation of the International Association for Public
 * Participation (IAP2), outside the seeds (see domain.md §1). Only the five level names come
 * from it: its published wording is copyrighted, so every description here is our own.
 */
import { t } from '../../shared/text.js';
import { freezeLadder, rung } from '../make.js';
import type { Ladder } from '../types.js';

/** Said at every level from "consult" upward: the organisation reports back on the input. */
const REPORTS_BACK = t(
  'The organisation then tells people how their input shaped the decision.',
  'L’organisation dit ensuite aux gens comment leur contribution a influencé la décision.',
);

function withReportBack(en: string, fr: string) {
  return t(`${en} ${REPORTS_BACK.en}`, `${fr} ${REPORTS_BACK.fr}`);
}

/** The public participation spectrum: five levels, from inform to empower. */
export const IAP2_LADDER: Ladder = freezeLadder({
  id: 'iap2',
  name: t(
    'Spectrum of public participation (International Association for Public Participation, IAP2)',
    'Spectre de la participation publique (Association internationale pour la participation publique, AIP2)',
  ),
  question: t(
    'Which level of the public participation spectrum best describes your project now?',
    'Quel niveau du spectre de la participation publique décrit le mieux votre projet aujourd’hui ?',
  ),
  source:
    'International Association for Public Participation (IAP2), "Spectrum of Public Participation". Level names only; the descriptions are PartnerKit’s own words.',
  rungs: [
    rung(
      'inform',
      t('Inform', 'Informer'),
      t(
        'The organisation gives people clear and balanced facts, so they understand the issue and the choices. People are not asked for their views.',
        'L’organisation donne aux gens des faits clairs et équilibrés, pour qu’ils comprennent la question et les choix. On ne leur demande pas leur avis.',
      ),
    ),
    rung(
      'consult',
      t('Consult', 'Consulter'),
      withReportBack(
        'The organisation asks people what they think of the options or of a draft decision.',
        'L’organisation demande aux gens ce qu’ils pensent des options ou d’un projet de décision.',
      ),
    ),
    rung(
      'involve',
      t('Involve', 'Impliquer'),
      withReportBack(
        'The organisation works with people all through the process, so their concerns are understood and built into the options.',
        'L’organisation travaille avec les gens tout au long du processus, pour comprendre leurs préoccupations et en tenir compte dans les options.',
      ),
    ),
    rung(
      'collaborate',
      t('Collaborate', 'Collaborer'),
      withReportBack(
        'The organisation treats people as partners at every step, from drawing up the options to choosing the best one.',
        'L’organisation traite les gens en partenaires à chaque étape, de la préparation des options jusqu’au choix de la meilleure.',
      ),
    ),
    rung(
      'empower',
      t('Empower', 'Habiliter'),
      withReportBack(
        'People make the final decision, and the organisation puts it into practice.',
        'Les gens prennent la décision finale, et l’organisation la met en pratique.',
      ),
    ),
  ],
  bands: [],
});
