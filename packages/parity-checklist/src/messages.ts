/**
 * Every text `<parity-checklist>` shows, in English and French. Factor names, questions,
 * statements, answer labels and suggestions come from @partnerkit/core's parity module; these
 * are the element's own words around them. The element loads the checklist's words first and
 * the summary's words with the summary.
 */
import { CHECKLIST_MESSAGES } from './checklist-messages.js';
import { SUMMARY_MESSAGES } from './summary-messages.js';

/** The element's texts, by name. Placeholders in braces are filled with `format` or `plural`. */
export const MESSAGES = { ...CHECKLIST_MESSAGES, ...SUMMARY_MESSAGES };
