// The README's SDK example must work as written: this test runs it and checks what it prints.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(__dirname, '..', '..', '..');

/** The first TypeScript block after `heading` in a README, importing the SDK from source. */
function readmeExample(file: string, heading: string): string {
  const readme = readFileSync(join(root, file), 'utf8');
  const start = readme.indexOf(heading);
  const block = start < 0 ? undefined : /```ts\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];
  if (!block) throw new Error(`${file} has no TypeScript example under "${heading}".`);
  return block.replace("from '@partnerkit/core'", "from '../src/index.js'");
}

const EXAMPLES = [
  ['README.md', '## Calling the SDK'],
  ['packages/core/README.md', '## Results never show a small group'],
] as const;

describe('README example', () => {
  let example = '';
  afterEach(() => rmSync(example, { force: true }));

  it.each(EXAMPLES)('%s (%s) runs and prints what its comments say', async (file, heading) => {
    const code = readmeExample(file, heading);
    // One file per example: a module imported twice would not run twice.
    example = join(__dirname, `readme-example-${EXAMPLES.findIndex(([name]) => name === file)}.generated.ts`);
    writeFileSync(example, code);
    const printed: unknown[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((value: unknown) => void printed.push(value));
    await import(/* @vite-ignore */ example);
    spy.mockRestore();
    const promised = [...code.matchAll(/\/\/ (".*?"|null|\d+)/g)].map((match) => JSON.parse(match[1]!) as unknown);
    expect(promised.length).toBeGreaterThan(0);
    expect(printed).toEqual(promised);
  });
});
