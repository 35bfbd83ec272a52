/**
 * The SDK client the live pages use: the PartnerKit server behind this page's own origin
 * (the demo server passes `/v1/…` on to it), loaded on first use.
 */
import type { Locale } from '@partnerkit/core';
import type { PartnerKitClient } from '@partnerkit/core/client/client.js';
import { lazyClient } from '@partnerkit/core/client/lazy-client.js';
import { lazyHttpStore } from '@partnerkit/core/http/lazy-http-store.js';

/** A client for this page's server; with a facilitator token it may create and run polls. */
export function serverClient(locale: Locale, facilitatorToken?: string): PartnerKitClient {
  const store = lazyHttpStore({ endpoint: '/', locale, ...(facilitatorToken !== undefined && { facilitatorToken }) });
  return lazyClient({ store });
}
