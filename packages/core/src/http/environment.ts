/**
 * The few things the HTTP store needs from its surroundings, each feature-detected so the
 * same code runs in browsers and in Node: timers that never keep Node running, and the
 * browser's `online` event.
 */

/** A timer started by {@link startTimer}. */
export type TimerHandle = ReturnType<typeof setTimeout>;

/**
 * Runs `run` once after `delayMs`. In Node the timer does not keep the process alive, so a
 * forgotten store never stops a script or a test run from ending.
 */
export function startTimer(run: () => void, delayMs: number): TimerHandle {
  const timer = setTimeout(run, Math.max(0, delayMs));
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/** Stops a timer from {@link startTimer}; `undefined` is ignored. */
export function stopTimer(timer: TimerHandle | undefined): void {
  if (timer !== undefined) clearTimeout(timer);
}

/**
 * Calls `listener` each time the browser says the connection is back (the `online` event).
 * Where there is no such event (Node), nothing happens. Returns the function that stops it.
 */
export function onOnline(listener: () => void): () => void {
  const target = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') return () => undefined;
  const add = target.addEventListener as (type: string, listener: () => void) => void;
  const remove = target.removeEventListener as (type: string, listener: () => void) => void;
  add.call(globalThis, 'online', listener);
  return () => remove.call(globalThis, 'online', listener);
}

/** Hands an error thrown by someone else's listener to the page's error reporting, when it has one. */
export function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: unknown }).reportError;
  if (typeof report === 'function') (report as (error: unknown) => void).call(globalThis, error);
}
