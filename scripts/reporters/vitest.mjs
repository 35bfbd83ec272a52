// A Vitest reporter that counts passed, failed and skipped tests into
// test-results/vitest.json (the default reporter still prints as usual).
import { writeResults } from './results-file.mjs';

export default class ResultsFileReporter {
  onTestRunEnd(testModules) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) counts.failed += 1;
    }
    writeResults('vitest', counts);
  }
}
