/**
 * Calendar-day helpers for the recognition and pledge models. Days are `YYYY-MM-DD` text
 * in UTC, so the same input gives the same answer on every machine.
 */
import { addDays, daysBetween } from '../shared/clock.js';
import { readDate } from '../shared/validate.js';

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
