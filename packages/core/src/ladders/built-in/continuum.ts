/**
 * The continuum of patient engagement of Carman et al. (2013), cited in seeds
 * 001_5c14ab15c4889788.txt and 003_29976c84f60395a4.txt. Seed 001 calls its top end
 * co-construction. Level names are from the source; descriptions are our own words.
 */
import { t } from '../../shared/text.js';
import { freezeLadder, rung } from '../make.js';
import type { Ladder } from '../types.js';

/** The engagement continuum: consultation, involvement, then partnership and shared leadership. */
export const CONTINUUM_LADDER: Ladder = freezeLadder({
  id: 'continuum',
  name: t('Continuum of patient engagement', 'Continuum de l’engagement des patients'),
  question: t(
    'Where on the engagement continuum is your work with patients now?',
    'Où se situe aujourd’hui votre travail avec les patients sur le continuum de l’engagement ?',
  ),
  source:
    'Carman, K. L. et al. (2013). "Patient and family engagement: a framework for understanding the elements and developing interventions and policies". Health Affairs, 32(2), 223–231. Cited in seeds 001_5c14ab15c4889788.txt (which calls the top co-construction) and 003_29976c84f60395a4.txt.',
  rungs: [
    rung(
      'consultation',
      t('Consultation', 'Consultation'),
      t(
        'Patients are asked for their views, for example in a survey or a focus group. Others decide what to do with the answers.',
        'On demande leur avis aux patients, par exemple dans un sondage ou un groupe de discussion. D’autres décident quoi faire des réponses.',
      ),
    ),
    rung(
      'involvement',
      t('Involvement', 'Implication'),
      t(
        'Patients take part in the work and give advice, but professionals still make the final decisions.',
        'Les patients prennent part au travail et donnent des conseils, mais les professionnels prennent encore les décisions finales.',
      ),
    ),
    rung(
      'partnership-and-shared-leadership',
      t('Partnership and shared leadership', 'Partenariat et leadership partagé'),
      t(
        'Patients and professionals lead together and share decisions and responsibility. They build solutions side by side, which some call co-construction.',
        'Les patients et les professionnels dirigent ensemble et partagent les décisions et les responsabilités. Ils bâtissent les solutions côte à côte : certains parlent de coconstruction.',
      ),
    ),
  ],
  bands: [],
});
