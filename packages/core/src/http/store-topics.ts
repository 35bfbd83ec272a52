/**
 * A store's live listeners, by topic: one subscription on the shared event stream per topic,
 * whatever the number of listeners, and the state read again (and told as events) when the
 * stream may have missed events.
 */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import type { Store, StoreEvent, StoreListener, Topic, Unsubscribe } from '../store/types.js';
import { reportListenerError } from './environment.js';
import { isTopic, type SharedEventStream } from './event-stream.js';

const BAD_TOPIC = t('Please name a topic as "poll:" or "wall:" followed by an id.', 'Veuillez nommer un sujet par « poll: » ou « wall: » suivi d’un identifiant.');
const NOT_A_FUNCTION = t('This should be a function.', 'Ceci devrait être une fonction.');

/** The reads used to catch up on a topic. */
export type TopicReader = Pick<Store, 'getPoll' | 'getResults' | 'listPledges'>;

/** A topic's listeners, and how many live events the topic brought. */
interface TopicListeners {
  readonly listeners: Set<StoreListener>;
  heard: number;
  stop: Unsubscribe;
}

/** The live listeners of one store. */
export class StoreTopics {
  private readonly topics = new Map<Topic, TopicListeners>();
  private closed = false;

  /**
   * @param stream - the shared stream to follow topics on (looked up at each new topic).
   * @param reader - the store's reads, to catch up on a topic.
   * @param onEvent - sees every event first (the store remembers pledges).
   */
  constructor(
    private readonly stream: () => SharedEventStream,
    private readonly reader: TopicReader,
    private readonly onEvent: (event: StoreEvent) => void,
  ) {}

  /** Adds a listener; throws a ValidationError for a malformed topic or listener. */
  subscribe(topic: Topic, listener: StoreListener): Unsubscribe {
    if (!isTopic(topic)) throw invalid('invalid', 'topic', BAD_TOPIC);
    if (typeof listener !== 'function') throw invalid('wrong-type', 'listener', NOT_A_FUNCTION);
    if (this.closed) return () => undefined;
    const listeners = this.topics.get(topic) ?? this.follow(topic);
    const own: StoreListener = (event) => listener(event);
    listeners.listeners.add(own);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      listeners.listeners.delete(own);
      if (listeners.listeners.size > 0 || this.topics.get(topic) !== listeners) return;
      this.topics.delete(topic);
      listeners.stop();
    };
  }

  /** Stops every subscription; later ones hear nothing. */
  close(): void {
    this.closed = true;
    for (const listeners of this.topics.values()) listeners.stop();
    this.topics.clear();
  }

  private follow(topic: Topic): TopicListeners {
    const listeners: TopicListeners = { listeners: new Set(), heard: 0, stop: () => undefined };
    this.topics.set(topic, listeners);
    listeners.stop = this.stream().subscribe({
      topic,
      deliver: (event) => {
        listeners.heard += 1;
        this.emit(listeners, event);
      },
      resync: () => void this.resync(topic, listeners),
    });
    return listeners;
  }

  private emit(listeners: TopicListeners, event: StoreEvent): void {
    this.onEvent(event);
    for (const listener of [...listeners.listeners]) {
      try {
        listener(event);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  /**
   * Reads a topic's state again and tells it as events: the poll and its results, or a
   * wall's pledges (oldest first). Skipped when a live event arrived meanwhile (it is newer);
   * a failure waits for the next connection.
   */
  private async resync(topic: Topic, listeners: TopicListeners): Promise<void> {
    const heard = listeners.heard;
    const id = topic.slice(5);
    const quiet = (): boolean => listeners.heard === heard && this.topics.get(topic) === listeners;
    try {
      if (topic.startsWith('poll:')) {
        const [poll, results] = await Promise.all([this.reader.getPoll(id), this.reader.getResults(id)]);
        if (!quiet()) return;
        if (poll !== undefined) this.emit(listeners, { topic, type: 'poll', poll });
        this.emit(listeners, { topic, type: 'results', results });
      } else {
        const pledges = await this.reader.listPledges(id);
        if (!quiet()) return;
        for (let i = pledges.length - 1; i >= 0; i -= 1) this.emit(listeners, { topic, type: 'pledge', pledge: pledges[i]! });
      }
    } catch {
      // The server is away again: the next connection reads once more.
    }
  }
}
