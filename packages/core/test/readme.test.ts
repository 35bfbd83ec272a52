// The README's SDK example must work as written: this test runs it and checks what it prints.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const example = join(__dirname, 'readme-example.generated.ts');

function readmeExample(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## Calling the SDK[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no TypeScript example under "Calling the SDK".');
  return block.replace("from '@partnerkit/core'", "from '../src/index.js'");
}

describe('README example', () => {
  afterEach(() => rmSync(example, { force: true }));

  it('runs and prints what its comments say', async () => {
    const code = readmeExample();
    writeFileSync(example, code);
    const printed: unknown[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((value: unknown) => void printed.push(value));
    await import(/* @vite-ignore */ example);
    spy.mockRestore();
    const promised = [...code.matchAll(/\/\/ (".*?"|null)/g)].map((match) => JSON.parse(match[1]!) as unknown);
    expect(promised.length).toBeGreaterThan(0);
    expect(printed).toEqual(promised);
  });
});
