#!/usr/bin/env node
// Adds up the counts every test runner wrote (scripts/reporters) and closes `npm test` with
// one plain line: "Tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir)) {
    const resultsDir = join(groupDir, name, 'test-results');
    if (!existsSync(resultsDir)) continue;
    for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json'))) {
      const { runner, passed, failed, skipped } = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
      totals.passed += passed;
      totals.failed += failed;
      totals.skipped += skipped;
      lines.push(`  ${group}/${name} (${runner}): ${passed} passed, ${failed} failed`);
    }
  }
}
console.log(`\n${lines.join('\n')}`);
if (totals.passed + totals.failed === 0) {
  console.error('No test results were found: did the test runners run?');
  process.exit(1);
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
