/** The client: one object that ties a store to the models and checks every input. */
export * from './client.js';
export * from './records.js';
export * from './lazy-client.js';
