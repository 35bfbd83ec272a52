/**
 * Every text `<parity-checklist>` shows, in English and French. Factor names, questions,
 * statements, answer labels and suggestions come from @partnerkit/core's parity module; these
 * are the element's own words around them. The element loads its shell's words first, the
 * checklist body's words with the saved answers and the summary's words with the summary.
 */
import { CHECKLIST_BODY_MESSAGES } from './checklist-body-messages.js';
import { CHECKLIST_MESSAGES } from './checklist-messages.js';
import { SUMMARY_MESSAGES } from './summary-messages.js';

/** The element's texts, by name. Placeholders in braces are filled with `format` or `plural`. */
export const MESSAGES = { ...CHECKLIST_MESSAGES, ...CHECKLIST_BODY_MESSAGES, ...SUMMARY_MESSAGES };
