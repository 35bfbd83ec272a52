/**
 * Finds an element's connection: the nearest `<partnerkit-provider>`, or the page default for
 * the element's `endpoint` attribute (a server), else for its `storage` attribute. A provider
 * added or defined after the element takes over, thanks to a context root on the document.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { attachContextRoot, ContextRequestEvent } from './context.js';
import { connectionContext, pageConnection, type PartnerKitConnection } from './connection.js';

let hasContextRoot = false;

/** Attaches one context root to the document so that late providers answer earlier requests. */
function ensureContextRoot(): void {
  if (hasContextRoot || typeof document === 'undefined') return;
  hasContextRoot = true;
  attachContextRoot(document.documentElement);
}

/** An element that can take a connection. */
export interface ConnectionHost extends ReactiveElement {
  /** The `storage` property, which frameworks such as React set before the attribute exists. */
  readonly storage?: string | undefined;
  /** The `endpoint` property (a server's address), which frameworks may set before the attribute exists. */
  readonly endpoint?: string | undefined;
  /** Called whenever the element's connection changes, including the first time. */
  connectionChanged(connection: PartnerKitConnection): void;
}

/** Keeps `connection` up to date for its host. */
export class ConnectionController implements ReactiveController {
  private readonly host: ConnectionHost;
  private provided: PartnerKitConnection | undefined;
  /** A provider answered, though perhaps not ready yet (its value comes on its first update). */
  private hasProvider = false;
  /** Drops this element from the provider that answered, when it gave a way to. */
  private unsubscribe: (() => void) | undefined;
  private current: PartnerKitConnection | undefined;

  /** Attaches to an element; it asks for a provider each time it joins the page. */
  constructor(host: ConnectionHost) {
    this.host = host;
    ensureContextRoot();
    host.addController(this);
  }

  /** The connection in use: the provider's, or the page default for the `endpoint`, else the `storage` attribute. */
  get connection(): PartnerKitConnection {
    if (this.provided !== undefined) return this.provided;
    const { host } = this;
    return pageConnection(host.endpoint ?? host.getAttribute('endpoint'), host.storage ?? host.getAttribute('storage'));
  }

  /**
   * A provider's answer, now or later (a new value, or a nearer provider that took over). One
   * function for the element's whole life, so the context root and providers know it again.
   */
  private readonly receive = (connection: PartnerKitConnection | undefined, unsubscribe?: () => void): void => {
    // Another provider took over: leave the previous one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.hasProvider = true;
    this.provided = connection;
    if (connection !== undefined) this.refresh();
  };

  /**
   * Asks for a provider once the element is on the page; without one it tells the host about
   * the page default. A provider already on the page answers first, so the element never
   * starts on the page default by mistake.
   */
  hostConnected(): void {
    this.host.dispatchEvent(new ContextRequestEvent(connectionContext, this.host, this.receive, true));
    if (!this.hasProvider) this.refresh();
  }

  /** Forgets the provider: on the way back the element asks again (it may have moved). */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
    this.hasProvider = false;
    this.current = undefined;
  }

  /** Tells the host when its connection changed (a provider arrived, or `endpoint` or `storage` changed). */
  refresh(): void {
    if (!this.host.isConnected) return;
    const next = this.connection;
    if (next === this.current) return;
    this.current = next;
    this.host.connectionChanged(next);
    this.host.requestUpdate();
  }
}
