// A node:test reporter that counts passed, failed and skipped tests (leaf tests only) into
// test-results/node-test.json. Use it beside the spec reporter.
import { writeResults } from './results-file.mjs';

// node:test takes reporters as async generators; this one prints nothing, it only writes a file.
// eslint-disable-next-line require-yield
export default async function* resultsFile(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  writeResults('node-test', counts);
}
