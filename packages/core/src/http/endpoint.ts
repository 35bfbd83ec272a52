/** The server's base address: read once, made absolute, always ending with a slash. */
import { invalid } from '../shared/errors.js';
import { t } from '../shared/text.js';
import { endpointAddress } from './endpoint-address.js';

const BAD_ENDPOINT = t(
  'Please give the server’s address, such as https://partnerkit.example.org/.',
  'Veuillez donner l’adresse du serveur, par exemple https://partnerkit.example.org/.',
);

export { MAX_ENDPOINT_LENGTH } from './endpoint-address.js';

/**
 * Reads an endpoint: an `http(s)` address, or a relative one (such as `/` or `/partnerkit/`)
 * read against the page's address when there is a page. The answer has no query or
 * fragment and ends with `/`, so `v1/…` paths can be added to it. Throws a ValidationError on
 * field `endpoint` otherwise.
 */
export function resolveEndpoint(endpoint: unknown): string {
  const address = endpointAddress(endpoint);
  if (address === undefined) throw invalid('invalid', 'endpoint', BAD_ENDPOINT);
  return address;
}

/** The path of an API address under the endpoint: `v1/` and the segments, each encoded. */
export function apiPath(...segments: readonly string[]): string {
  return `v1/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}
