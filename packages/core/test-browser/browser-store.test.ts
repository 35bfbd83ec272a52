import { expect } from '@open-wc/testing';
import { afterEach, beforeEach, describe, it } from './mocha.js';
import {
  BrowserStore,
  createBrowserClient,
  DEFAULT_BROWSER_STORE_KEY,
  getBrowserParticipantId,
  PARTICIPANT_STORAGE_KEY,
  readBrowserParticipantId,
} from '../src/browser.js';
import { PARTICIPATION_LADDER } from '../src/ladders/index.js';
import { createPollRecord, readPollSettings, type Vote } from '../src/polls/index.js';
import { StorageError, type PartnerKitError } from '../src/shared/errors.js';
import type { Pledge } from '../src/pledges/index.js';
import type { StoreEvent } from '../src/store/index.js';
import { rejectionOf } from '../test/support.js';

const KEY = 'partnerkit:test';
const RUNGS = PARTICIPATION_LADDER.rungs.map((rung) => rung.id);

function poll(id: string, settings: Record<string, unknown> = {}) {
  return createPollRecord(readPollSettings({ id, ...settings }), '2026-03-31T08:00:00.000Z');
}

function vote(pollId: string, participantId: string, rung: number): Vote {
  return { pollId, participantId, rungId: RUNGS[rung]!, at: '2026-03-31T09:00:00.000Z' };
}

/** A new pledge on wall `w`, made at 08:00 on 2026-03-31, as a store keeps it. */
function pledge(id: string, text: string): Pledge {
  return {
    id,
    wallId: 'w',
    text,
    nameConsent: false,
    followUpDays: 30,
    followUpOn: '2026-04-30',
    status: 'made',
    joinCount: 0,
    createdAt: '2026-03-31T08:00:00.000Z',
    updatedAt: '2026-03-31T08:00:00.000Z',
  };
}

/** Waits until `heard` holds `count` events (a guard stops a broken test from hanging). */
async function eventsArrive(heard: StoreEvent[], count: number): Promise<void> {
  for (let tries = 0; tries < 200 && heard.length < count; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const stores: BrowserStore[] = [];
function openStore(options: ConstructorParameters<typeof BrowserStore>[0] = {}): BrowserStore {
  const store = new BrowserStore({ key: KEY, onListenerError: () => undefined, onSyncError: () => undefined, ...options });
  stores.push(store);
  return store;
}

describe('BrowserStore', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    localStorage.clear();
  });

  it('uses partnerkit:v1 by default and says it is a browser store', () => {
    const store = openStore({ key: undefined as never });
    expect(store.key).to.equal(DEFAULT_BROWSER_STORE_KEY);
    expect(store.kind).to.equal('browser');
  });

  it('survives a reload: a fresh instance on the same key sees the data', async () => {
    const first = openStore();
    await first.createPoll(poll('p', { minNewVotes: 1, minGroupSize: 3 }));
    await first.castVote(vote('p', 'a', 2));
    const { ownerToken } = await first.createPledge(pledge('pl', 'Listen first.'));
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { formatVersion?: number };
    expect(saved.formatVersion).to.equal(1);

    const second = openStore();
    expect((await second.getOwnVote('p', 'a'))?.rungId).to.equal(RUNGS[2]);
    expect((await second.getResults('p')).version).to.equal(1);
    expect((await second.updatePledge('pl', ownerToken, { status: 'in-progress' })).status).to.equal('in-progress');
    expect(second.snapshot()).to.deep.equal(openStore().snapshot());
  });

  it('hears another tab through a real storage event (a second same-origin browsing context)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentWindow as Window;
      const mine = openStore();
      const heard: StoreEvent[] = [];
      mine.subscribe('poll:p', (event) => heard.push(event));
      const theirs = openStore({ storage: other.localStorage, eventTarget: other });
      await theirs.createPoll(poll('p', { minNewVotes: 1, minGroupSize: 3 }));
      await eventsArrive(heard, 1);
      expect(heard.map((event) => event.type)).to.deep.equal(['poll']);
      await theirs.castVote(vote('p', 'a', 1));
      await eventsArrive(heard, 2);
      expect(heard.map((event) => event.type)).to.deep.equal(['poll', 'results']);
      expect((await mine.getResults('p')).result.total).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('emits events for what changed when a storage event arrives', async () => {
    const writer = openStore();
    const reader = openStore();
    const heardPoll: StoreEvent[] = [];
    const heardWall: StoreEvent[] = [];
    reader.subscribe('poll:p', (event) => heardPoll.push(event));
    reader.subscribe('wall:w', (event) => heardWall.push(event));
    const oldValue = localStorage.getItem(KEY);
    await writer.createPoll(poll('p', { minNewVotes: 2, minGroupSize: 3 }));
    await writer.castVote(vote('p', 'a', 0));
    await writer.castVote(vote('p', 'b', 0));
    await writer.createPledge(pledge('pl', 'Share minutes.'));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, oldValue, newValue: localStorage.getItem(KEY), storageArea: localStorage }));
    expect(heardPoll.map((event) => event.type)).to.deep.equal(['poll', 'results']);
    expect(heardWall.map((event) => event.type)).to.deep.equal(['pledge']);
    expect(reader.snapshot()).to.deep.equal(writer.snapshot());

    // An event for another key is ignored.
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else', newValue: 'x', storageArea: localStorage }));
    expect(heardPoll).to.have.length(2);
  });

  it('migrates data saved in format version 0', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        polls: { p: poll('p') },
        votes: { p: [vote('p', 'a', 0), vote('p', 'b', 1), vote('p', 'a', 3)] },
        releases: {},
        records: {},
        pledges: {},
        pledgeTokens: {},
        joiners: { pl: ['x', 'y'] },
      }),
    );
    const store = openStore();
    expect((await store.getOwnVote('p', 'a'))?.rungId).to.equal(RUNGS[3]);
    const state = store.snapshot();
    expect(state.formatVersion).to.equal(1);
    expect(state.changeCounts.p).to.equal(3);
    expect(Object.keys(state.votes.p ?? {})).to.have.members(['a', 'b']);
    expect(Object.keys(state.joiners.pl ?? {})).to.have.members(['x', 'y']);
    await store.castVote(vote('p', 'c', 1));
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { formatVersion?: number; changeCounts?: Record<string, number> };
    expect(saved.formatVersion).to.equal(1);
    expect(saved.changeCounts?.p).to.equal(4);
  });

  it('refuses data from a newer version and never overwrites it', async () => {
    const future = JSON.stringify({ formatVersion: 99, polls: {}, somethingNew: true });
    localStorage.setItem(KEY, future);
    const store = openStore();
    const read = await rejectionOf<PartnerKitError>(store.getPoll('p'));
    expect(read).to.be.instanceOf(StorageError);
    expect(read.code).to.equal('storage-unavailable');
    expect(read.messages.en).to.contain('newer version');
    expect(read.messages.fr).to.contain('plus récente');
    const write = await rejectionOf(store.createPoll(poll('p')));
    expect(write).to.be.instanceOf(StorageError);
    expect(localStorage.getItem(KEY)).to.equal(future);
  });

  it('keeps damaged data aside, reports it once, then starts again', async () => {
    localStorage.setItem(KEY, '{"polls": [not json');
    const store = openStore({ now: () => new Date('2026-03-31T12:00:00.000Z') });
    const error = await rejectionOf<PartnerKitError>(store.getPoll('p'));
    expect(error).to.be.instanceOf(StorageError);
    const asideKey = `${KEY}:corrupt:2026-03-31T12:00:00.000Z`;
    expect(error.messages.en).to.contain(asideKey);
    expect(localStorage.getItem(asideKey)).to.equal('{"polls": [not json');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect((await store.createPoll(poll('p'))).id).to.equal('p');
    expect(localStorage.getItem(asideKey)).to.equal('{"polls": [not json');
  });

  it('treats a damaged shape like damaged text', async () => {
    localStorage.setItem(KEY, JSON.stringify({ formatVersion: 1, polls: 'oops' }));
    const store = openStore({ now: () => new Date('2026-03-31T12:00:00.000Z') });
    expect(await rejectionOf(store.getPoll('p'))).to.be.instanceOf(StorageError);
    expect(localStorage.getItem(`${KEY}:corrupt:2026-03-31T12:00:00.000Z`)).to.contain('oops');
  });

  it('writes many changes made together once, and a reload sees every one of them', async () => {
    let writes = 0;
    const counting = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => {
        writes += 1;
        localStorage.setItem(key, value);
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    };
    const store = openStore({ storage: counting });
    await Promise.all(Array.from({ length: 100 }, (_, index) => store.createPoll(poll(`poll-${index}`))));
    expect(writes).to.equal(1);
    const reloaded = openStore();
    expect(Object.keys(reloaded.snapshot().polls)).to.have.length(100);
    await store.castVote(vote('poll-7', 'a', 2));
    expect(writes).to.equal(2);
    expect((await openStore().getOwnVote('poll-7', 'a'))?.rungId).to.equal(RUNGS[2]);
  });

  it('has nothing waiting once the page can be hidden: the write happens before any other task', async () => {
    const store = openStore();
    void store.createPoll(poll('quick'));
    // A pagehide or visibilitychange handler runs as a task, after every microtask.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').polls).to.have.property('quick');
  });

  it('rejects a write with storage-full when storage is full, changing nothing', async () => {
    const store = openStore();
    await store.createPoll(poll('p', { minNewVotes: 1, minGroupSize: 3 }));
    await store.castVote(vote('p', 'a', 0));
    const before = store.snapshot();
    const savedBefore = localStorage.getItem(KEY);
    const fillers: string[] = [];
    try {
      // Fill the storage with ever smaller chunks until not even 16 more characters fit.
      for (let size = 1 << 20; size >= 16; size = Math.floor(size / 4)) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          const key = `filler:${fillers.length}`;
          try {
            localStorage.setItem(key, chunk);
            fillers.push(key);
          } catch {
            break;
          }
        }
      }
      const error = await rejectionOf<PartnerKitError>(store.castVote(vote('p', 'b', 3)));
      expect(error).to.be.instanceOf(StorageError);
      expect(error.code).to.equal('storage-full');
      expect(error.messages.en).to.contain('nothing was changed');
      expect(error.messages.fr).to.contain('rien n’a été changé');
      expect(store.snapshot()).to.deep.equal(before);
      expect(localStorage.getItem(KEY)).to.equal(savedBefore);
      expect(await store.getOwnVote('p', 'b')).to.equal(undefined);
    } finally {
      for (const key of fillers) localStorage.removeItem(key);
    }
    expect((await store.castVote(vote('p', 'b', 3))).version).to.equal(2);
  });
});

describe('getBrowserParticipantId', () => {
  beforeEach(() => localStorage.clear());

  it('creates one random id and keeps it', () => {
    const first = getBrowserParticipantId();
    expect(first).to.match(/^p_[a-z0-9]{20}$/);
    expect(getBrowserParticipantId()).to.equal(first);
    expect(getBrowserParticipantId(localStorage)).to.equal(first);
    expect(localStorage.getItem(PARTICIPANT_STORAGE_KEY)).to.equal(first);
  });

  it('replaces a stored value that is not an id', () => {
    localStorage.setItem(PARTICIPANT_STORAGE_KEY, '<b>not an id</b>');
    expect(getBrowserParticipantId()).to.match(/^p_/);
  });

  it('says in both languages that the id cannot be kept when storage refuses it, full or blocked', () => {
    const refusing = (error: Error) => ({
      getItem: () => null,
      setItem: () => {
        throw error;
      },
      removeItem: () => undefined,
    });
    for (const error of [new DOMException('full', 'QuotaExceededError'), new Error('blocked')]) {
      let thrown: unknown;
      try {
        getBrowserParticipantId(refusing(error));
      } catch (caught) {
        thrown = caught;
      }
      expect(thrown).to.be.instanceOf(StorageError);
      expect((thrown as PartnerKitError).code).to.equal('storage-unavailable');
      expect((thrown as PartnerKitError).messages.fr).to.contain('rien n’a été changé');
    }
  });

  it('reads the same id without an error when asked to: undefined when storage refuses it', () => {
    const first = readBrowserParticipantId();
    expect(first).to.match(/^p_[a-z0-9]{20}$/);
    expect(getBrowserParticipantId()).to.equal(first);
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readBrowserParticipantId(blocked)).to.equal(undefined);
    expect(readBrowserParticipantId(full)).to.equal(undefined);
  });
});

describe('createBrowserClient', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('votes as this browser’s participant and keeps the vote across clients', async () => {
    const client = createBrowserClient({ key: KEY });
    expect(client.participantId).to.equal(getBrowserParticipantId());
    await client.polls.create({ id: 'p' });
    await client.polls.vote('p', { rung: RUNGS[1] });
    const again = createBrowserClient({ key: KEY });
    expect((await again.polls.myVote('p'))?.rungId).to.equal(RUNGS[1]);
    await client.store.close?.();
    await again.store.close?.();
  });
});
