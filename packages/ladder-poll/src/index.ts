/**
 * `@partnerkit/ladder-poll`: the `<ladder-poll>` element. Importing this module registers
 * nothing; import `@partnerkit/ladder-poll/define.js` to register the tag.
 * @module
 */
export { LadderPoll, type LadderPollState } from './ladder-poll.js';
export type { PkVoteDetail, PkResultsDetail, PkOutboxDetail } from './events.js';
export { MESSAGES, type MessageName } from './messages.js';
