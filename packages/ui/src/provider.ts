/**
 * `<partnerkit-provider>`: gives every PartnerKit element inside it the same client.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { ContextProvider } from './context.js';
import { connectionContext, connectionFor, createConnection, readEndpoint, readStorageKind, serverConnection, type PartnerKitConnection } from './connection.js';
import { themeStyles } from './theme-styles.js';
import { VERSION } from './version.js';

/**
 * Hands one client down to every PartnerKit element inside it. Elements outside any provider
 * use the page's default client instead. A provider added after the elements still takes over.
 *
 * Where the data goes, first match wins: the `.client` property (your own client), the
 * `endpoint` attribute (a PartnerKit server; every provider and element naming the same
 * server shares one store), then the `storage` attribute.
 *
 * Set `lang` on the provider to set the language of every element inside, and
 * `theme="high-contrast"` for the high-contrast theme.
 *
 * @tag partnerkit-provider
 * @slot - The elements (and any other content) that share this provider's client.
 */
export class PartnerKitProvider extends LitElement {
  /** The PartnerKit version of this class, compared by the guarded define helper. */
  static readonly partnerkitVersion = VERSION;

  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override properties = {
    storage: { reflect: true },
    endpoint: {},
    theme: { reflect: true },
    client: { attribute: false },
    kiosk: { type: Boolean },
  };

  /** Where data is kept: `browser` (default, this browser), `memory` (this page only) or `none` (events only). */
  declare storage: string | undefined;
  /**
   * The address of a PartnerKit server, such as `/partnerkit/` (wins over `storage`). Each
   * person keeps one answer they may change; what they do offline waits on the device until
   * it can be sent.
   */
  declare endpoint: string | undefined;
  /** `high-contrast` for the high-contrast theme. */
  declare theme: string | undefined;
  /** Your own client (your own store, or a server). Wins over `endpoint` and `storage`. */
  declare client: PartnerKitClient | undefined;
  /** With your own client: whether the device is a shared kiosk (each submission a new vote). */
  declare kiosk: boolean | undefined;

  private readonly provider = new ContextProvider(this, connectionContext);

  /** The connection the provider hands down now. */
  get connection(): PartnerKitConnection {
    return this.provider.value as PartnerKitConnection;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const relevant = ['storage', 'endpoint', 'client', 'kiosk'] as const;
    if (relevant.some((name) => changed.has(name)) || this.provider.value === undefined) this.provider.setValue(this.chooseConnection());
  }

  /** The connection for the current properties: `.client`, else `endpoint`, else `storage`. */
  private chooseConnection(): PartnerKitConnection {
    if (this.client !== undefined) return connectionFor(this.client, this.kiosk === undefined ? {} : { kiosk: this.kiosk });
    const endpoint = readEndpoint(this.endpoint);
    return endpoint === undefined ? createConnection(readStorageKind(this.storage)) : serverConnection(endpoint);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
