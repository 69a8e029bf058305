// Prints "N passed, N failed" alone on the last line, the form CI reads.
function count(results, tally) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, tally);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load counts as one failure, so it cannot hide.
        if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          tally.failed += 1;
        }
      }
      process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`);
    },
  };
}
