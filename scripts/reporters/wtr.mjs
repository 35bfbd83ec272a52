// A @web/test-runner reporter that counts passed, failed and skipped tests into
// test-results/web-test-runner.json (the default reporter still prints as usual).
import { writeResults } from './results-file.mjs';

function count(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, counts);
}

/** The reporter; add it beside `defaultReporter()`. */
export function resultsFileReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, counts);
        // A file that failed to load has no tests but is a failure all the same.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed += 1;
      }
      writeResults('web-test-runner', counts);
    },
  };
}
