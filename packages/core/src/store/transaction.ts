/**
 * An undo log for changes to a store's state, so a store can change its data in place and
 * put everything back when a later step (validation, computing results, saving) fails.
 */
import type { Dict } from './state.js';
import type { StoreEvent } from './types.js';

/** Changes made to a state during one operation, and the events they will cause. */
export class Transaction {
  private readonly undo: (() => void)[] = [];
  /** Events to deliver once the change is saved. */
  readonly events: StoreEvent[] = [];

  /** True once anything was changed. */
  get changed(): boolean {
    return this.undo.length > 0;
  }

  /** Sets `map[key]`, remembering what was there. */
  set<T>(map: Dict<T>, key: string, value: T): void {
    const had = Object.prototype.hasOwnProperty.call(map, key);
    const previous = map[key];
    map[key] = value;
    this.undo.push(() => {
      if (had) map[key] = previous as T;
      else delete map[key];
    });
  }

  /** Removes `map[key]`, remembering what was there. */
  remove<T>(map: Dict<T>, key: string): void {
    if (!Object.prototype.hasOwnProperty.call(map, key)) return;
    const previous = map[key] as T;
    delete map[key];
    this.undo.push(() => {
      map[key] = previous;
    });
  }

  /** Runs `undo` if the transaction is rolled back (for caches kept beside the state). */
  onRollback(undo: () => void): void {
    this.undo.push(undo);
  }

  /** Queues an event for after the change is saved. */
  emit(event: StoreEvent): void {
    this.events.push(event);
  }

  /** Puts every changed value back, newest change first. */
  rollback(): void {
    for (let index = this.undo.length - 1; index >= 0; index--) this.undo[index]?.();
    this.undo.length = 0;
    this.events.length = 0;
  }
}
