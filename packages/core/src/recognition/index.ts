/**
 * Recognition and closing the loop: the contribution log, acknowledgements, who is due a
 * thank-you, partner summaries and certificates, and the "you said, we did" ledger.
 * Sources: seeds 000_982393f3c17409a9.txt and 001_5c14ab15c4889788.txt.
 */
export * from './types.js';
export * from './labels.js';
export { MAX_CONTRIBUTION_HOURS, MAX_NOTE_LENGTH, latestPartnerName, readContribution } from './contributions.js';
export { MAX_ACKNOWLEDGED_CONTRIBUTIONS, readAcknowledgement } from './acknowledgements.js';
export { DEFAULT_THANKS_AFTER_DAYS, partnersDueThanks, type DueThanksOptions, type PartnerDueThanks } from './thanks.js';
export {
  CERTIFICATE_TEXT,
  certificateText,
  partnerSummary,
  type CertificateOptions,
  type CertificateText,
  type PartnerSummary,
} from './summary.js';
export * from './ledger.js';
export * from './export.js';
