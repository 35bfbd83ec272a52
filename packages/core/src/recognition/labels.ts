/**
 * Plain-language labels, in English and French, for every stable id of the recognition
 * model: contribution kinds, project phases, acknowledgement kinds and loop statuses.
 */
import { PHASES } from '../matrix/framework.js';
import { t, type LocalizedText } from '../shared/text.js';
import type { AcknowledgementKind, ContributionKind, LoopStatus, ProjectPhase } from './types.js';

/** A label for each kind of contribution. */
export const CONTRIBUTION_KIND_LABELS: Readonly<Record<ContributionKind, LocalizedText>> = Object.freeze({
  meeting: t('Meeting', 'Réunion'),
  review: t('Document review', 'Relecture de documents'),
  'co-design': t('Co-design session', 'Séance de conception commune'),
  training: t('Training', 'Formation'),
  event: t('Event', 'Événement'),
  interview: t('Interview', 'Entrevue'),
  other: t('Other', 'Autre'),
});

/** A label for each project phase: the framework matrix's phase labels (one source). */
export const PROJECT_PHASE_LABELS: Readonly<Record<ProjectPhase, LocalizedText>> = Object.freeze(
  Object.fromEntries(PHASES.map((phase) => [phase.id, phase.label])) as Record<ProjectPhase, LocalizedText>,
);

/** A label for each way of thanking a partner (seed 001_5c14ab15c4889788.txt lists them). */
export const ACKNOWLEDGEMENT_KIND_LABELS: Readonly<Record<AcknowledgementKind, LocalizedText>> = Object.freeze({
  'thank-you': t('Thank-you', 'Remerciement'),
  letter: t('Letter', 'Lettre'),
  email: t('Email', 'Courriel'),
  call: t('Phone call', 'Appel téléphonique'),
  certificate: t('Certificate', 'Certificat'),
  event: t('Recognition event', 'Événement de reconnaissance'),
  'report-credit': t('Named in a report', 'Mention dans un rapport'),
  publication: t('Named in a publication', 'Mention dans une publication'),
});

/** A label for each status of the "you said, we did" ledger. */
export const LOOP_STATUS_LABELS: Readonly<Record<LoopStatus, LocalizedText>> = Object.freeze({
  heard: t('Heard', 'Entendu'),
  'in-progress': t('In progress', 'En cours'),
  adopted: t('Done', 'Réalisé'),
  declined: t('Not taken up', 'Non retenu'),
  paused: t('On hold', 'En pause'),
});
