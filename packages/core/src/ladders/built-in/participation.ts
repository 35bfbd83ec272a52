/**
 * The six-rung ladder of participation used in the live poll of the IHI/BMJ International
 * Forum 2023 workshop B9 (seed 002_d83a45a62a84c467.txt). Rung order and meaning come from
 * the slide "Where on the ladder of participation are you currently?"; the wording is ours.
 */
import { t } from '../../shared/text.js';
import { freezeLadder, rung } from '../make.js';
import type { Ladder } from '../types.js';

/** The workshop's ladder of participation: from passive consumers to patients in control. */
export const PARTICIPATION_LADDER: Ladder = freezeLadder({
  id: 'participation',
  name: t('Ladder of participation', 'Échelle de participation'),
  question: t(
    'Where on the ladder of participation are you now?',
    'Où en êtes-vous aujourd’hui sur l’échelle de participation ?',
  ),
  source:
    'Seed 002_d83a45a62a84c467.txt: IHI/BMJ International Forum on Quality and Safety in Healthcare 2023, workshop B9 "Developing authentic partnering with patients", ladder of participation poll.',
  rungs: [
    rung(
      'passive-consumers',
      t('Passive consumers', 'Consommateurs passifs'),
      t(
        'Patients receive care and services. Nobody asks them what they think.',
        'Les patients reçoivent des soins et des services. Personne ne leur demande leur avis.',
      ),
    ),
    rung(
      'told-no-influence',
      t('Told, with no influence', 'Informés, sans influence'),
      t(
        'Patients hear about what is going on, but they cannot change anything.',
        'Les patients sont mis au courant de ce qui se passe, mais ils ne peuvent rien changer.',
      ),
    ),
    rung(
      'asked-limited-influence',
      t('Asked, with little influence', 'Consultés, avec peu d’influence'),
      t(
        'Patients are asked for their views, but their answers change little.',
        'On demande leur avis aux patients, mais leurs réponses changent peu de choses.',
      ),
    ),
    rung(
      'suggest-and-influence',
      t('Suggest and influence', 'Proposent et influencent'),
      t(
        'Patients put forward ideas, and their ideas can change what happens.',
        'Les patients proposent des idées, et ces idées peuvent changer ce qui se passe.',
      ),
    ),
    rung(
      'share-decisions',
      t('Share decisions', 'Partagent les décisions'),
      t(
        'Patients and staff decide together. They share the responsibility for the results.',
        'Les patients et le personnel décident ensemble. Ils partagent la responsabilité des résultats.',
      ),
    ),
    rung(
      'control-decisions',
      t('Lead decisions', 'Dirigent les décisions'),
      t(
        'Patients have the final say, right up to the highest level of decision making.',
        'Les patients ont le dernier mot, jusqu’au plus haut niveau de décision.',
      ),
    ),
  ],
  bands: [],
});
