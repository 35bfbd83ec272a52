/**
 * Typed access to the Mocha functions @web/test-runner puts on the page (no @types/mocha is
 * installed, and declaring them globally would leak into the Vitest files).
 */
type Body = () => void | Promise<void>;

interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = globalThis as unknown as MochaGlobals;

export const describe = mocha.describe.bind(globalThis);
export const it = mocha.it.bind(globalThis);
export const beforeEach = mocha.beforeEach.bind(globalThis);
export const afterEach = mocha.afterEach.bind(globalThis);
