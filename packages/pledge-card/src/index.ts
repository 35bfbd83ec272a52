/**
 * `@partnerkit/pledge-card`: `<pledge-card>` to make a pledge to work in partnership with
 * patients, and `<pledge-wall>` to see a team's pledges and join them. Importing this module
 * registers nothing; import `@partnerkit/pledge-card/define.js` to register both tags.
 * @module
 */
export { PledgeCard, type PledgeCardState } from './pledge-card.js';
export { PledgeWall, type PledgeWallState } from './pledge-wall.js';
export type { PkJoinDetail, PkOutboxDetail, PkPledgeDetail } from './events.js';
export { CARD_MESSAGES, WALL_MESSAGES } from './messages.js';
export { DEFAULT_WALL_ID } from './shared.js';
