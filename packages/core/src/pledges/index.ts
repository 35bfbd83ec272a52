/**
 * Pledges: "I will work in partnership with patients and people by …" (the pledge card of
 * seed 002_d83a45a62a84c467.txt), shown on a wall, joined by others and followed up.
 */
export * from './types.js';
export * from './draft.js';
export * from './updates.js';
export * from './wall.js';
export * from './export.js';
