/**
 * The browser store: the store engine saved in `localStorage`, shared by every tab of the
 * same site. Browser-only.
 */
import { StorageError, ValidationError } from '../shared/errors.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { t } from '../shared/text.js';
import { DataStore, type DataStoreOptions, type StatePersistence } from '../store/data-store.js';
import { migrateState, type StoreState } from '../store/state.js';
import { defaultStorage, readItem, type StorageLike } from './storage.js';
import { writeItem } from './storage-write.js';

/** Where the browser store keeps its data unless told otherwise. */
export const DEFAULT_BROWSER_STORE_KEY = 'partnerkit:v1';

/** Options for a {@link BrowserStore}. */
export interface BrowserStoreOptions extends Omit<DataStoreOptions, 'persistence' | 'kind'> {
  /** The storage key (default `partnerkit:v1`). Two stores with the same key share data. */
  readonly key?: string;
  /** The storage to use (default `localStorage`). */
  readonly storage?: StorageLike;
  /** Where to hear other tabs' `storage` events (default: the page's `window`). */
  readonly eventTarget?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/**
 * The store engine saved as one JSON value in `localStorage` under `key`:
 * - the value carries `formatVersion`; older formats are migrated when read, a newer format
 *   is refused with a StorageError and left untouched;
 * - a full storage rejects the operation with a StorageError `storage-full` and changes nothing;
 * - a damaged value is copied aside under `<key>:corrupt:<time>`, reported once with a
 *   StorageError, and the store starts again empty;
 * - changes made in other tabs arrive through the `storage` event: the store reloads and
 *   tells its subscribers what changed. Before each operation it also checks for changes
 *   whose event has not arrived yet.
 */
export class BrowserStore extends DataStore {
  /** The storage key this store uses. */
  readonly key: string;

  constructor(options: BrowserStoreOptions = {}) {
    const { key = DEFAULT_BROWSER_STORE_KEY, storage, eventTarget, ...engine } = options;
    const persistence = new LocalStoragePersistence(key, storage, eventTarget, engine.now ?? systemClock);
    super({ ...engine, kind: 'browser', persistence });
    this.key = key;
  }
}

/** Saves the engine's state as JSON in a Web Storage area. */
class LocalStoragePersistence implements StatePersistence {
  /** The text last read or written, to notice other tabs' writes. */
  private lastText: string | null | undefined;
  private storageArea: StorageLike | undefined;

  constructor(
    private readonly key: string,
    storage: StorageLike | undefined,
    private readonly eventTarget: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined,
    private readonly now: Clock,
  ) {
    this.storageArea = storage;
  }

  /** The storage, looked up lazily so a blocked storage is reported by the first operation. */
  private get storage(): StorageLike {
    this.storageArea ??= defaultStorage();
    return this.storageArea;
  }

  load(): StoreState | undefined {
    const text = readItem(this.storage, this.key);
    this.lastText = text;
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.keepAside(text);
    }
    try {
      return migrateState(parsed);
    } catch (error) {
      if (error instanceof ValidationError) return this.keepAside(text);
      throw error; // a newer format: leave it as it is
    }
  }

  save(state: StoreState): void {
    const text = JSON.stringify(state);
    writeItem(this.storage, this.key, text);
    this.lastText = text;
  }

  changedElsewhere(): boolean {
    return readItem(this.storage, this.key) !== this.lastText;
  }

  onExternalChange(listener: () => void): () => void {
    const target = this.eventTarget ?? (typeof globalThis.addEventListener === 'function' ? globalThis : undefined);
    if (target === undefined) return () => undefined;
    const handler = (event: Event): void => {
      const { key, storageArea } = event as StorageEvent;
      // `key` is null when another tab cleared the whole storage.
      if (key !== null && key !== undefined && key !== this.key) return;
      if (storageArea !== null && storageArea !== undefined && this.storageArea !== undefined && storageArea !== this.storageArea) return;
      listener();
    };
    target.addEventListener('storage', handler);
    return () => target.removeEventListener('storage', handler);
  }

  /** Copies damaged data aside, clears it, and reports it. Never drops it silently. */
  private keepAside(text: string): never {
    const asideKey = `${this.key}:corrupt:${this.now().toISOString()}`;
    try {
      writeItem(this.storage, asideKey, text);
      this.storage.removeItem(this.key);
      this.lastText = null;
    } catch {
      throw new StorageError(
        'storage-unavailable',
        '',
        t(
          'The saved PartnerKit data is damaged and we could not keep a copy of it, so we left it as it is. Nothing was changed.',
          'Les données enregistrées de PartnerKit sont abîmées et nous n’avons pas pu en garder une copie, donc nous les avons laissées telles quelles. Rien n’a été changé.',
        ),
      );
    }
    throw new StorageError(
      'storage-unavailable',
      '',
      t(
        `The saved PartnerKit data was damaged. We kept a copy under "${asideKey}" and started again with empty data. Please try again.`,
        `Les données enregistrées de PartnerKit étaient abîmées. Nous en avons gardé une copie sous « ${asideKey} » et sommes repartis de données vides. Veuillez réessayer.`,
      ),
    );
  }
}
