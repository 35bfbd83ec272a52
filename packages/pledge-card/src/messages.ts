/**
 * Every word `<pledge-card>` and `<pledge-wall>` show, in English and French, as the package
 * exports them. The elements do not import this module: each loads only its own words
 * (card-messages.ts, wall-messages.ts, with the shared ones from shared-messages.ts).
 */
export { CARD_MESSAGES } from './card-messages.js';
export { WALL_MESSAGES } from './wall-messages.js';
