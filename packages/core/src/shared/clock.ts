/**
 * Time and calendar days. Days are `YYYY-MM-DD` text in UTC, so the same input gives the
 * same answer on every machine.
 */
import { readDate } from './validate.js';

/** Where the SDK reads the time, so tests and servers can pass their own clock. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

const DAY_MS = 86_400_000;

/** Adds whole days to an ISO date-time and returns ISO text. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier), rounded down. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/**
 * Reads a day from a `Date`, a `YYYY-MM-DD` day or an ISO date-time with a time zone, and
 * returns the UTC calendar day `YYYY-MM-DD`. Throws a ValidationError naming `field` otherwise.
 */
export function readCalendarDay(value: unknown, field: string): string {
  return readDate(value, field).slice(0, 10);
}

/** The day `days` after `day` (both `YYYY-MM-DD`). */
export function addDaysToDay(day: string, days: number): string {
  return addDays(`${day}T00:00:00.000Z`, days).slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` day to another (negative when `to` is earlier). */
export function daysFromTo(from: string, to: string): number {
  return daysBetween(`${from}T00:00:00.000Z`, `${to}T00:00:00.000Z`);
}
