/** Ladder polls: settings, votes, facilitator actions and who sees results. */
export * from './types.js';
export * from './settings.js';
export * from './votes.js';
export * from './actions.js';
export * from './visibility.js';
export * from './results.js';
export * from './release-order.js';
