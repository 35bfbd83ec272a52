// Real data for the pledge stories: every state comes from a real store, not faked markup.
import { MemoryStore, StorageError, createClient, t, type PartnerKitClient, type Pledge, type Store } from '@partnerkit/core';
import { OfflineStore } from '../../ui/test-utils/offline-store.js';

/** A client over an empty store (memory by default); its clock moves on an hour at each reading, so pledges keep their order. */
export function emptyClient(store: Store = new MemoryStore()): PartnerKitClient {
  let now = Date.now() - 24 * 3_600_000;
  return createClient({
    store,
    now: () => {
      now += 3_600_000;
      return new Date(now);
    },
  });
}

/** A client whose wall holds three pledges, one of them joined by two people. */
export async function seededClient(wallId = 'pledges', store?: Store): Promise<PartnerKitClient> {
  const client = emptyClient(store);
  const first = await client.pledges.make({ wallId, text: 'Asking patients what matters to them before each project starts.', name: 'Amina Diallo', nameConsent: true, followUpDays: 30 });
  await client.pledges.make({ wallId, text: 'Paying patient partners for their time, and saying so up front.', followUpDays: 60 });
  await client.pledges.make({ wallId, text: 'Sharing our ward’s data with the patient council every month.', name: 'Jordan', nameConsent: true, followUpDays: 90 });
  await client.withParticipant().pledges.join(first.pledge.id);
  await client.withParticipant().pledges.join(first.pledge.id);
  return client;
}

/** A store that cannot save a pledge, as when the device's storage is full. */
class FullStore extends MemoryStore {
  override async createPledge(): Promise<never> {
    throw new StorageError('storage-full', '', t('This device has no room left to save. Please ask the person running the session.', 'Cet appareil n’a plus de place pour enregistrer. Veuillez demander à la personne qui anime la séance.'));
  }
}

/** A store whose wall cannot be read, or is never answered (`hold`). */
class BrokenWallStore extends MemoryStore {
  constructor(private readonly mode: 'fail' | 'hold') {
    super();
  }
  override async listPledges(): Promise<Pledge[]> {
    if (this.mode === 'hold') return new Promise<Pledge[]>(() => {});
    throw new StorageError('storage-unavailable', '', t('We cannot read this device’s storage.', 'Nous ne pouvons pas lire le stockage de cet appareil.'));
  }
}

/**
 * A client over a server store (a stand-in that can go offline), now offline; `seeded` puts
 * the usual three pledges on its wall first.
 */
export async function offlineClient(seeded = false): Promise<PartnerKitClient> {
  const store = new OfflineStore();
  const client = seeded ? await seededClient('pledges', store) : emptyClient(store);
  store.goOffline();
  return client;
}

/** Brings the story's server store back online, so what waits on the device is sent. */
export async function reconnect(canvas: HTMLElement): Promise<void> {
  const element = canvas.querySelector('pledge-card') ?? canvas.querySelector('pledge-wall');
  const store = element?.client?.store;
  if (store instanceof OfflineStore) await store.goOnline();
}

/** A client that cannot save pledges. */
export function fullClient(): PartnerKitClient {
  return createClient({ store: new FullStore() });
}

/** A client whose wall fails to load (`fail`) or never loads (`hold`). */
export function brokenWallClient(mode: 'fail' | 'hold'): PartnerKitClient {
  return createClient({ store: new BrokenWallStore(mode) });
}

/** Waits for an element in the story to render, then fills its pledge and submits it. */
export async function makePledge(canvas: HTMLElement, text: string, name?: string): Promise<void> {
  const card = canvas.querySelector('pledge-card');
  if (card === null) return;
  await card.updateComplete;
  const root = card.shadowRoot!;
  const area = root.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  if (name !== undefined) {
    root.querySelector<HTMLInputElement>('#consent')!.click();
    await card.updateComplete;
    const field = root.querySelector<HTMLInputElement>('#name')!;
    field.value = name;
    field.dispatchEvent(new Event('input'));
  }
  await card.updateComplete;
  await card.submit();
  await card.updateComplete;
}

/** Resolves once a `<pledge-wall>` in the story has read its store. */
export async function wallLoaded(canvas: HTMLElement): Promise<void> {
  const wall = canvas.querySelector('pledge-wall');
  if (wall === null) return;
  for (let tries = 0; wall.state === 'loading' && tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await wall.updateComplete;
}
