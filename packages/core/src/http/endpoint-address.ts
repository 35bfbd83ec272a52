/**
 * Reading a server's base address without any error message, on its own so that a page can
 * tell two spellings of one server apart (`/api`, `https://host/api/`) without loading the
 * messages of the HTTP store. `resolveEndpoint` (endpoint.ts) adds the error.
 */

/** The longest endpoint accepted. */
export const MAX_ENDPOINT_LENGTH = 2000;

/**
 * An endpoint made absolute: an `http(s)` address, or a relative one (such as `/` or
 * `/partnerkit/`) read against the page's address when there is a page. The answer has no
 * query or fragment and ends with `/`, so `v1/…` paths can be added to it. `undefined` when
 * the value is not such an address (not text, empty, too long, another protocol).
 */
export function endpointAddress(endpoint: unknown): string | undefined {
  if (typeof endpoint !== 'string' || endpoint.trim() === '' || endpoint.length > MAX_ENDPOINT_LENGTH) return undefined;
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  let url: URL;
  try {
    url = typeof page === 'string' ? new URL(endpoint.trim(), page) : new URL(endpoint.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}
