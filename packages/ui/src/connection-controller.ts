/**
 * Finds an element's connection: the nearest `<partnerkit-provider>`, or the page default for
 * the element's `endpoint` attribute (a server), else for its `storage` attribute. A provider
 * added or defined after the element takes over, thanks to a context root on the document.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { connectionContext, pageConnection, type PartnerKitConnection } from './connection.js';

let contextRoot: ContextRoot | undefined;

/** Attaches one context root to the document so that late providers answer earlier requests. */
function ensureContextRoot(): void {
  if (contextRoot !== undefined || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
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
  private current: PartnerKitConnection | undefined;

  /** Attaches to an element and asks for a provider. */
  constructor(host: ConnectionHost) {
    this.host = host;
    ensureContextRoot();
    // The consumer goes first: a provider already on the page answers while the element
    // connects, so the element never starts on the page default by mistake.
    new ContextConsumer(host, {
      context: connectionContext,
      subscribe: true,
      callback: (connection: PartnerKitConnection | undefined) => {
        this.hasProvider = true;
        this.provided = connection;
        if (connection !== undefined) this.refresh();
      },
    });
    host.addController(this);
  }

  /** The connection in use: the provider's, or the page default for the `endpoint`, else the `storage` attribute. */
  get connection(): PartnerKitConnection {
    if (this.provided !== undefined) return this.provided;
    const { host } = this;
    return pageConnection(host.endpoint ?? host.getAttribute('endpoint'), host.storage ?? host.getAttribute('storage'));
  }

  /** Tells the host about its connection once it is on the page. */
  hostConnected(): void {
    if (!this.hasProvider) this.refresh();
  }

  /** Forgets the provider: on the way back the element asks again (it may have moved). */
  hostDisconnected(): void {
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
