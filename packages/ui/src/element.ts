/**
 * The base class of every PartnerKit element: language, connection, theme and the
 * `pk-error` reporting every element shares. Elements render state from @partnerkit/core and
 * forward intent to it; they hold no engagement arithmetic.
 */
import { LitElement, type PropertyValues } from 'lit';
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import type { Locale, LocalizedText } from '@partnerkit/core/shared/text.js';
import { ConnectionController } from './connection-controller.js';
import type { PartnerKitConnection } from './connection.js';
import { emit, errorDetail, type PkErrorDetail } from './events.js';
import { LocaleController } from './locale.js';
import { VERSION } from './version.js';

/** The element's language and texts, as a part it loads on demand sees them. */
export interface PartView {
  /** The language the element renders in. */
  readonly locale: Locale;
  /** A text in the element's language. */
  text(value: LocalizedText): string;
}

/** Shared behaviour of PartnerKit elements. */
export class PartnerKitElement extends LitElement {
  /** The PartnerKit version of this class, compared by the guarded define helper. */
  static readonly partnerkitVersion = VERSION;

  static override properties = {
    storage: { reflect: true },
    endpoint: {},
    theme: { reflect: true },
  };

  /**
   * Where data is kept when the element is outside any `<partnerkit-provider>`: `browser`
   * (default), `memory`, or `none` (events only).
   */
  declare storage: string | undefined;
  /**
   * The address of a PartnerKit server, such as `/partnerkit/`, when the element is outside
   * any `<partnerkit-provider>`. Wins over `storage`. Each person then keeps one answer they
   * may change, and what they do offline waits on the device until it can be sent.
   */
  declare endpoint: string | undefined;
  /** `high-contrast` for the high-contrast theme; leave empty for the default. */
  declare theme: string | undefined;

  /** The element's language, from its own `lang`, its nearest ancestor's, or the document's. */
  protected readonly localeController = new LocaleController(this);
  /** The element's client, from the nearest provider or the page default. */
  protected readonly connectionController = new ConnectionController(this);

  /** The language the element renders in now. */
  get locale(): 'en' | 'fr' {
    return this.localeController.locale;
  }

  /** The connection in use. */
  get connection(): PartnerKitConnection {
    return this.connectionController.connection;
  }

  /** The client in use, or `null` when the page handles data itself (`storage="none"`). */
  get client(): PartnerKitClient | null {
    return this.connection.client;
  }

  /** A text in the element's language. */
  protected text(text: LocalizedText): string {
    return this.localeController.text(text);
  }

  /** The language and texts to hand to a part loaded on demand, which draws in the element's language. */
  protected get partView(): PartView {
    return { locale: this.locale, text: (value) => this.text(value) };
  }

  /**
   * Called when the element's connection changes, including the first time: load data and
   * subscribe here. The base does nothing.
   */
  connectionChanged(_connection: PartnerKitConnection): void {}

  /** Re-reads the connection when `endpoint` or `storage` changes. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('storage') || changed.has('endpoint')) this.connectionController.refresh();
  }

  /** Fires `pk-error` for a failure and returns its detail, for the element to show. */
  protected reportError(action: string, error: unknown): PkErrorDetail {
    const detail = errorDetail(action, error, this.locale);
    emit(this, 'pk-error', detail);
    return detail;
  }
}
