/**
 * A client whose code loads on first use. Web pages use it (import it by its own path,
 * `@partnerkit/core/client/lazy-client.js`) so that an element's first download holds only
 * what it needs to draw; validation, ladders and the rest come with the first call.
 */
import { randomId, readId } from '../shared/ids.js';
import { forwardCalls, loadOnce, subscribeWhenLoaded } from '../shared/lazy.js';
import type { StoreListener } from '../store/types.js';
import type { ClientOptions, PartnerKitClient, PledgesClient, PollsClient, RecordsClient } from './client.js';

// The client's calls that return a promise (the subscriptions are written out below). A
// method added to the client and missing here fails to compile.
const POLL_CALLS = ['create', 'get', 'open', 'close', 'reveal', 'reset', 'vote', 'myVote', 'results', 'canSeeResults'] as const;
const PLEDGE_CALLS = ['make', 'update', 'join', 'wall'] as const;
const RECORD_CALLS = ['save', 'get', 'list', 'remove'] as const;

/**
 * The same as {@link createClient}, with the client's code loaded on the first call. The
 * participant id is fixed at once (a new random one when not given), so `participantId` and
 * `withParticipant` answer straight away.
 *
 * Its record collections are the parity checklist's (`assessments`), those added with
 * `registerRecordReaders` before its first call, and `options.recordReaders`: the
 * recognition log's collections are left out unless added, so a page of elements never
 * downloads their models.
 */
export function lazyClient(options: ClientOptions): PartnerKitClient {
  const participantId = options.participantId === undefined ? randomId('p_') : readId(options.participantId, 'participantId');
  const ready = loadOnce(async () => (await import('./page-client.js')).createPageClient({ ...options, participantId }));

  // Every call waits for the client's code, then runs on the loaded client; subscriptions
  // check the id at once and start when it has loaded.
  const polls: PollsClient = {
    ...forwardCalls(ready, POLL_CALLS, (client) => client.polls),
    subscribe(pollId: unknown, listener: StoreListener) {
      const id = readId(pollId, 'pollId');
      return subscribeWhenLoaded(ready, (client) => client.polls.subscribe(id, listener));
    },
  };
  const pledges: PledgesClient = {
    ...forwardCalls(ready, PLEDGE_CALLS, (client) => client.pledges),
    subscribeWall(wallId: unknown, listener: StoreListener) {
      const id = readId(wallId, 'wallId');
      return subscribeWhenLoaded(ready, (client) => client.pledges.subscribeWall(id, listener));
    },
  };
  const records: RecordsClient = forwardCalls(ready, RECORD_CALLS, (client) => client.records);

  return {
    participantId,
    store: options.store,
    polls,
    pledges,
    records,
    withParticipant(id?: unknown) {
      return lazyClient({ ...options, participantId: id === undefined ? randomId('p_') : readId(id, 'participantId') });
    },
  };
}
