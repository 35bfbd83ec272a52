/**
 * Arnstein's ladder of citizen participation (1969), the classic eight-rung ladder, outside
 * the seeds (see domain.md §1). Rung and band names are hers; descriptions are our own words.
 */
import { t } from '../../shared/text.js';
import { band, freezeLadder, rung } from '../make.js';
import type { Ladder } from '../types.js';

/** Arnstein's ladder: eight rungs in three bands, from manipulation to citizen control. */
export const ARNSTEIN_LADDER: Ladder = freezeLadder({
  id: 'arnstein',
  name: t('Arnstein’s ladder of citizen participation', 'Échelle de la participation citoyenne d’Arnstein'),
  question: t(
    'Where on Arnstein’s ladder is your project now?',
    'Où se situe votre projet aujourd’hui sur l’échelle d’Arnstein ?',
  ),
  source:
    'Arnstein, S. R. (1969). "A Ladder of Citizen Participation". Journal of the American Institute of Planners, 35(4), 216–224.',
  rungs: [
    rung(
      'manipulation',
      t('Manipulation', 'Manipulation'),
      t(
        'People sit on a committee only so that those in charge can say they agree. They have no real voice.',
        'Des gens siègent à un comité seulement pour que les responsables puissent dire qu’ils sont d’accord. Ils n’ont pas de vraie voix.',
      ),
    ),
    rung(
      'therapy',
      t('Therapy', 'Thérapie'),
      t(
        'People are treated as the problem to fix. The aim is to change them, not the service.',
        'On traite les gens comme le problème à régler. Le but est de les changer, eux, et non le service.',
      ),
    ),
    rung(
      'informing',
      t('Informing', 'Information'),
      t(
        'People learn about their rights and options, but the information goes one way. They have no way to answer back.',
        'Les gens apprennent leurs droits et leurs choix, mais l’information va dans un seul sens. Ils n’ont aucun moyen de répondre.',
      ),
    ),
    rung(
      'consultation',
      t('Consultation', 'Consultation'),
      t(
        'People are asked what they think, through surveys or meetings. Nothing makes sure their views are acted on.',
        'On demande aux gens ce qu’ils pensent, par des sondages ou des réunions. Rien ne garantit que leur avis sera suivi.',
      ),
    ),
    rung(
      'placation',
      t('Placation', 'Apaisement'),
      t(
        'A few people get a seat and may give advice, but those in charge keep the right to decide.',
        'Quelques personnes obtiennent une place et peuvent donner des conseils, mais les responsables gardent le droit de décider.',
      ),
    ),
    rung(
      'partnership',
      t('Partnership', 'Partenariat'),
      t(
        'Power is shared under agreed rules. People and those in charge plan and decide together.',
        'Le pouvoir est partagé selon des règles convenues. Les gens et les responsables planifient et décident ensemble.',
      ),
    ),
    rung(
      'delegated-power',
      t('Delegated power', 'Délégation de pouvoir'),
      t(
        'People hold most of the seats, or the main say, over a plan or a program.',
        'Les gens détiennent la plupart des sièges, ou l’essentiel du pouvoir, sur un plan ou un programme.',
      ),
    ),
    rung(
      'citizen-control',
      t('Citizen control', 'Contrôle citoyen'),
      t(
        'People run a program or an organisation themselves and decide how it works.',
        'Les gens dirigent eux-mêmes un programme ou un organisme et décident de son fonctionnement.',
      ),
    ),
  ],
  bands: [
    band('non-participation', t('Non-participation', 'Non-participation'), ['manipulation', 'therapy']),
    band('tokenism', t('Tokenism (participation for show)', 'Participation de façade'), ['informing', 'consultation', 'placation']),
    band('citizen-power', t('Citizen power', 'Pouvoir citoyen'), ['partnership', 'delegated-power', 'citizen-control']),
  ],
});
