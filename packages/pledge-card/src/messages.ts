/**
 * Every word `<pledge-card>` and `<pledge-wall>` show, in English and French, as the package
 * exports them. The elements do not import this module: each loads its first words with itself
 * (card-messages.ts, wall-messages.ts, with the shared ones from shared-messages.ts) and the
 * rest with the part that shows them (posted-card-messages.ts, wall-list-messages.ts).
 */
import { CARD_FORM_MESSAGES } from './card-messages.js';
import { POSTED_CARD_MESSAGES } from './posted-card-messages.js';
import { WALL_LIST_MESSAGES } from './wall-list-messages.js';
import { WALL_SHELL_MESSAGES } from './wall-messages.js';

/** Words of `<pledge-card>`. */
export const CARD_MESSAGES = { ...CARD_FORM_MESSAGES, ...POSTED_CARD_MESSAGES };

/** Words of `<pledge-wall>`. */
export const WALL_MESSAGES = { ...WALL_SHELL_MESSAGES, ...WALL_LIST_MESSAGES };
