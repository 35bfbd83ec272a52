/**
 * A small implementation of the web components community's context protocol: an element asks
 * for a value with a bubbling `context-request` event, and the nearest provider of that key
 * answers through the event's callback. The events carry the same fields as in other
 * implementations (such as `@lit/context`), so providers and consumers from different copies
 * or libraries on one page understand each other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A context key that also names the type of the value it carries. */
export type Context<T> = symbol & { readonly __contextValue?: T };

/**
 * Receives a context value. A provider that may send more values later also passes a function
 * that stops them.
 */
export type ContextCallback<T> = (value: T, unsubscribe?: () => void) => void;

/** An element asks for a context value; bubbles and crosses shadow roots. */
export class ContextRequestEvent<T> extends Event {
  /** The key asked for. */
  readonly context: Context<T>;
  /** The element that asks. */
  readonly contextTarget: Element;
  /** Called by the provider with the value. */
  readonly callback: ContextCallback<T>;
  /** `true` to receive later values too. */
  readonly subscribe: boolean;

  /** A request for `context` from `contextTarget`. */
  constructor(context: Context<T>, contextTarget: Element, callback: ContextCallback<T>, subscribe: boolean) {
    super('context-request', { bubbles: true, composed: true });
    this.context = context;
    this.contextTarget = contextTarget;
    this.callback = callback;
    this.subscribe = subscribe;
  }
}

/** A provider has joined the page: requests it can answer are asked again. */
export class ContextProviderEvent<T> extends Event {
  /** The key the provider answers. */
  readonly context: Context<T>;
  /** The provider's element. */
  readonly contextTarget: Element;

  /** Announces a provider of `context` on `contextTarget`. */
  constructor(context: Context<T>, contextTarget: Element) {
    super('context-provider', { bubbles: true, composed: true });
    this.context = context;
    this.contextTarget = contextTarget;
  }
}

/**
 * Makes its host the provider of one context key: it answers requests from inside, keeps the
 * subscribers and sends them each new value. When a provider of the same key appears further
 * inside, the subscribers ask again, so the nearer provider takes those it covers.
 */
export class ContextProvider<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly context: Context<T>;
  /** Each subscriber's callback, with the element that asked and the function that drops it. */
  private readonly subscribers = new Map<ContextCallback<T>, { readonly element: Element; readonly unsubscribe: () => void }>();
  private current: T | undefined;

  /** Attaches to `host` as the provider of `context`; the value is `undefined` until set. */
  constructor(host: ReactiveControllerHost & HTMLElement, context: Context<T>) {
    this.host = host;
    this.context = context;
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent<T>;
      if (request.context !== context || request.contextTarget === host) return;
      event.stopPropagation();
      const { callback } = request;
      if (!request.subscribe) return callback(this.current as T);
      let subscriber = this.subscribers.get(callback);
      if (subscriber === undefined) {
        subscriber = { element: request.contextTarget, unsubscribe: () => this.subscribers.delete(callback) };
        this.subscribers.set(callback, subscriber);
      }
      callback(this.current as T, subscriber.unsubscribe);
    });
    host.addEventListener('context-provider', (event) => {
      const announced = event as ContextProviderEvent<T>;
      if (announced.context !== context || announced.contextTarget === host) return;
      event.stopPropagation();
      // A copy: answering the requests below may drop subscribers (they moved to the new provider).
      for (const [callback, { element }] of [...this.subscribers]) element.dispatchEvent(new ContextRequestEvent(context, element, callback, true));
    });
    host.addController(this);
  }

  /** The value handed down now. */
  get value(): T | undefined {
    return this.current;
  }

  /** Hands down a new value; subscribers hear of it when it differs from the current one. */
  setValue(value: T): void {
    if (Object.is(value, this.current)) return;
    this.current = value;
    for (const [callback, { unsubscribe }] of this.subscribers) callback(value, unsubscribe);
  }

  /** Announces the provider, so requests made before it arrived are asked again. */
  hostConnected(): void {
    this.host.dispatchEvent(new ContextProviderEvent(this.context, this.host));
  }
}

/**
 * Keeps the subscribing requests that reach `root` unanswered (no provider above them yet) and
 * asks them again from their elements when a provider of their key announces itself, so a
 * provider added or defined after the elements still takes over. Holds the elements weakly.
 */
export function attachContextRoot(root: Element): void {
  type Waiting = { readonly element: WeakRef<Element>; readonly callback: WeakRef<ContextCallback<unknown>> };
  const waiting = new Map<unknown, Waiting[]>();
  root.addEventListener('context-request', (event) => {
    const { context, callback, subscribe, contextTarget } = event as ContextRequestEvent<unknown>;
    if (subscribe !== true) return;
    const list = waiting.get(context) ?? [];
    waiting.set(context, list);
    if (list.some((entry) => entry.callback.deref() === callback)) return;
    list.push({ element: new WeakRef(contextTarget), callback: new WeakRef(callback) });
  });
  root.addEventListener('context-provider', (event) => {
    const { context } = event as ContextProviderEvent<unknown>;
    const list = waiting.get(context);
    // Requests still unanswered come back to the list as they bubble up again.
    waiting.delete(context);
    for (const entry of list ?? []) {
      const element = entry.element.deref();
      const callback = entry.callback.deref();
      if (element !== undefined && callback !== undefined) element.dispatchEvent(new ContextRequestEvent(context as Context<unknown>, element, callback, true));
    }
  });
}
