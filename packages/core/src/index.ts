/**
 * `@partnerkit/core`: the PartnerKit SDK. Models of patient partnering in quality
 * improvement, their computations and validation, and the stores that keep their data.
 * This entry touches no browser API and runs in Node.js 20 and in browsers; browser-only
 * parts are in `@partnerkit/core/browser`.
 *
 * @packageDocumentation
 */
export * from './shared/text.js';
export * from './shared/errors.js';
export * from './shared/validate.js';
export { randomId } from './shared/ids.js';
export { today } from './shared/today.js';
export { systemClock, addDays, daysBetween, readCalendarDay, addDaysToDay, daysFromTo, type Clock } from './shared/clock.js';
export * from './export/csv.js';
export * from './ladders/index.js';
export * from './polls/index.js';
export * from './matrix/index.js';
export * from './parity/index.js';
export * from './process/index.js';
export * from './recognition/index.js';
export * from './pledges/index.js';
export * from './store/index.js';
export * from './client/index.js';
