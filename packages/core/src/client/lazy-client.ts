/**
 * A client whose code loads on first use. Web pages use it (import it by its own path,
 * `@partnerkit/core/client/lazy-client.js`) so that an element's first download holds only
 * what it needs to draw; validation, ladders and the rest come with the first call.
 */
import { randomId, readId } from '../shared/ids.js';
import { loadOnce, subscribeWhenLoaded } from '../shared/lazy.js';
import type { StoreListener } from '../store/types.js';
import type { ClientOptions, PartnerKitClient, PledgesClient, PollsClient, RecordsClient } from './client.js';

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

  const forward =
    <Part extends 'polls' | 'pledges' | 'records'>(part: Part, method: keyof PartnerKitClient[Part] & string) =>
    async (...args: unknown[]): Promise<unknown> => {
      const methods = (await ready())[part] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return methods[method]!(...args);
    };

  const polls: PollsClient = {
    create: forward('polls', 'create') as PollsClient['create'],
    get: forward('polls', 'get') as PollsClient['get'],
    open: forward('polls', 'open') as PollsClient['open'],
    close: forward('polls', 'close') as PollsClient['close'],
    reveal: forward('polls', 'reveal') as PollsClient['reveal'],
    reset: forward('polls', 'reset') as PollsClient['reset'],
    vote: forward('polls', 'vote') as PollsClient['vote'],
    myVote: forward('polls', 'myVote') as PollsClient['myVote'],
    results: forward('polls', 'results') as PollsClient['results'],
    canSeeResults: forward('polls', 'canSeeResults') as PollsClient['canSeeResults'],
    subscribe(pollId: unknown, listener: StoreListener) {
      const id = readId(pollId, 'pollId');
      return subscribeWhenLoaded(ready, (client) => client.polls.subscribe(id, listener));
    },
  };
  const pledges: PledgesClient = {
    make: forward('pledges', 'make') as PledgesClient['make'],
    update: forward('pledges', 'update') as PledgesClient['update'],
    join: forward('pledges', 'join') as PledgesClient['join'],
    wall: forward('pledges', 'wall') as PledgesClient['wall'],
    subscribeWall(wallId: unknown, listener: StoreListener) {
      const id = readId(wallId, 'wallId');
      return subscribeWhenLoaded(ready, (client) => client.pledges.subscribeWall(id, listener));
    },
  };
  const records: RecordsClient = {
    save: forward('records', 'save') as RecordsClient['save'],
    get: forward('records', 'get') as RecordsClient['get'],
    list: forward('records', 'list') as RecordsClient['list'],
    remove: forward('records', 'remove') as RecordsClient['remove'],
  };

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
