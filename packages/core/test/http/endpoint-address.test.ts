import { describe, expect, it } from 'vitest';
import { endpointAddress, MAX_ENDPOINT_LENGTH } from '../../src/http/endpoint-address.js';
import { resolveEndpoint } from '../../src/http/endpoint.js';
import { ValidationError } from '../../src/shared/errors.js';

describe('endpointAddress', () => {
  it('makes an absolute address without query or fragment, ending with a slash', () => {
    expect(endpointAddress('https://host.example/api')).toBe('https://host.example/api/');
    expect(endpointAddress('  https://host.example/api/?x=1#top ')).toBe('https://host.example/api/');
  });

  it('gives undefined for what is not an http(s) address', () => {
    for (const value of [undefined, 42, '', '   ', 'ftp://host.example/', 'not an address', `https://h.example/${'a'.repeat(MAX_ENDPOINT_LENGTH)}`]) {
      expect(endpointAddress(value)).toBeUndefined();
    }
  });

  it('agrees with resolveEndpoint, which throws a ValidationError on field endpoint instead of undefined', () => {
    expect(resolveEndpoint('https://host.example/api')).toBe(endpointAddress('https://host.example/api'));
    expect(() => resolveEndpoint('ftp://host.example/')).toThrow(ValidationError);
    let thrown: unknown;
    try {
      resolveEndpoint('');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).field).toBe('endpoint');
  });
});
