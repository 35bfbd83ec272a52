/** Stores: where PartnerKit keeps its data, and the engine shared by the built-in stores. */
export * from './types.js';
export { DataStore, changesBetween, type DataStoreOptions, type StatePersistence } from './data-store.js';
export { lazyStore, lazyMemoryStore, type StoreLoader } from './lazy-store.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { STORE_FORMAT_VERSION, emptyState, cloneState, migrateState, type StoreState, type Dict } from './state.js';
