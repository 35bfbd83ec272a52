// Where every test runner in the repo writes its counts, so `npm test` can close with one
// plain line for the whole monorepo (scripts/test-summary.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `{ runner, passed, failed, skipped }` to `<package>/test-results/<runner>.json`. */
export function writeResults(runner, counts, directory = process.cwd()) {
  const folder = join(directory, 'test-results');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${runner}.json`), `${JSON.stringify({ runner, ...counts }, null, 2)}\n`);
}
