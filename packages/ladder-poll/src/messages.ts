/**
 * Every word `<ladder-poll>` shows, in English and French. Rung names and the ladders' own
 * questions come from @partnerkit/core; these are the element's own words around them. The
 * element itself loads only its status words first; the form's, the results' and the
 * facilitator's words load with those parts.
 */
import { FACILITATOR_MESSAGES } from './facilitator-messages.js';
import { POLL_BODY_MESSAGES } from './poll-body-messages.js';
import { POLL_MESSAGES } from './poll-messages.js';
import { RESULTS_MESSAGES } from './results-messages.js';

/** The element's messages, by name. Placeholders in braces are filled with `format` or `plural`. */
export const MESSAGES = { ...POLL_MESSAGES, ...POLL_BODY_MESSAGES, ...RESULTS_MESSAGES, ...FACILITATOR_MESSAGES };

/** Names of the element's messages. */
export type MessageName = keyof typeof MESSAGES;
