// PLACEHOLDER written by the lead so core builds; the core-http helper replaces this file.
import type { Store } from '../store/types.js';
import type { HttpStoreOptions } from './options.js';

export declare class HttpStore implements Store {
  constructor(options: HttpStoreOptions);
  readonly kind: string;
  createPoll: Store['createPoll'];
  getPoll: Store['getPoll'];
  updatePoll: Store['updatePoll'];
  castVote: Store['castVote'];
  getOwnVote: Store['getOwnVote'];
  getResults: Store['getResults'];
  putRecord: Store['putRecord'];
  getRecord: Store['getRecord'];
  listRecords: Store['listRecords'];
  deleteRecord: Store['deleteRecord'];
  createPledge: Store['createPledge'];
  getPledge: Store['getPledge'];
  updatePledge: Store['updatePledge'];
  joinPledge: Store['joinPledge'];
  listPledges: Store['listPledges'];
  subscribe: Store['subscribe'];
}
