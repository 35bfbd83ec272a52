/**
 * Think Local Act Personal's ladder of co-production. Seed 002_d83a45a62a84c467.txt shows it
 * by title; the seven rungs and the "doing to / for / with" grouping come from its author
 * (see domain.md §1). Descriptions are our own words.
 */
import { t } from '../../shared/text.js';
import { band, freezeLadder, rung } from '../make.js';
import type { Ladder } from '../types.js';

/** The ladder of co-production: seven rungs from coercion to co-production, in three bands. */
export const CO_PRODUCTION_LADDER: Ladder = freezeLadder({
  id: 'co-production',
  name: t('Ladder of co-production', 'Échelle de la coproduction'),
  question: t(
    'Where on the ladder of co-production is your work now?',
    'Où se situe votre travail aujourd’hui sur l’échelle de la coproduction ?',
  ),
  source:
    'Think Local Act Personal (TLAP), "Ladder of co-production"; shown by title in seed 002_d83a45a62a84c467.txt (IHI/BMJ International Forum 2023, workshop B9).',
  rungs: [
    rung(
      'coercion',
      t('Coercion', 'Coercition'),
      t(
        'People have no choice. Others decide for them, and they must go along with it.',
        'Les gens n’ont pas le choix. D’autres décident à leur place, et ils doivent suivre.',
      ),
    ),
    rung(
      'educating',
      t('Educating', 'Éducation'),
      t(
        'People are taught about a service so that they accept it. Nobody asks for their views.',
        'On explique un service aux gens pour qu’ils l’acceptent. Personne ne leur demande leur avis.',
      ),
    ),
    rung(
      'informing',
      t('Informing', 'Information'),
      t(
        'People are told what has been decided and why. They cannot change it.',
        'On dit aux gens ce qui a été décidé et pourquoi. Ils ne peuvent pas le changer.',
      ),
    ),
    rung(
      'consultation',
      t('Consultation', 'Consultation'),
      t(
        'People are asked for their views. The organisation chooses whether to use them.',
        'On demande leur avis aux gens. L’organisation choisit d’en tenir compte ou non.',
      ),
    ),
    rung(
      'engagement',
      t('Engagement', 'Engagement'),
      t(
        'People have more chances to speak and be heard, but the organisation still holds the power.',
        'Les gens ont plus d’occasions de parler et d’être entendus, mais l’organisation garde le pouvoir.',
      ),
    ),
    rung(
      'co-design',
      t('Co-design', 'Co-conception'),
      t(
        'People help design the service with staff, using their own experience. They may not take part in every decision.',
        'Les gens conçoivent le service avec le personnel, à partir de leur propre expérience. Ils ne prennent pas forcément part à toutes les décisions.',
      ),
    ),
    rung(
      'co-production',
      t('Co-production', 'Coproduction'),
      t(
        'People and staff work as equal partners and share power, from planning to delivery.',
        'Les gens et le personnel travaillent en partenaires égaux et partagent le pouvoir, de la planification à la réalisation.',
      ),
    ),
  ],
  bands: [
    band('doing-to', t('Doing to people', 'Faire à la place des gens'), ['coercion', 'educating']),
    band('doing-for', t('Doing for people', 'Faire pour les gens'), ['informing', 'consultation', 'engagement']),
    band('doing-with', t('Doing with people', 'Faire avec les gens'), ['co-design', 'co-production']),
  ],
});
