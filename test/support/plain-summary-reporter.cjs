// A jest reporter that ends the run with one plain line, "N passed, N failed", which CI tools
// that do not know jest's own summary can read. CommonJS because jest loads reporters by require.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}

module.exports = PlainSummaryReporter;
