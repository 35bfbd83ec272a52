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
