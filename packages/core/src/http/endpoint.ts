/** The server's base address: read once, made absolute, always ending with a slash. */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';

const BAD_ENDPOINT = t(
  'Please give the server’s address, such as https://partnerkit.example.org/.',
  'Veuillez donner l’adresse du serveur, par exemple https://partnerkit.example.org/.',
);

/** The longest endpoint accepted. */
export const MAX_ENDPOINT_LENGTH = 2000;

/**
 * Reads an endpoint: an `http(s)` address, or a relative one (such as `/` or `/partnerkit/`)
 * read against the page's address when there is a page. The answer has no query or
 * fragment and ends with `/`, so `v1/…` paths can be added to it. Throws a ValidationError on
 * field `endpoint` otherwise.
 */
export function resolveEndpoint(endpoint: unknown): string {
  if (typeof endpoint !== 'string' || endpoint.trim() === '' || endpoint.length > MAX_ENDPOINT_LENGTH) {
    throw invalid('invalid', 'endpoint', BAD_ENDPOINT);
  }
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  let url: URL;
  try {
    url = typeof page === 'string' ? new URL(endpoint.trim(), page) : new URL(endpoint.trim());
  } catch {
    throw invalid('invalid', 'endpoint', BAD_ENDPOINT);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('invalid', 'endpoint', BAD_ENDPOINT);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** The path of an API address under the endpoint: `v1/` and the segments, each encoded. */
export function apiPath(...segments: readonly string[]): string {
  return `v1/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}
