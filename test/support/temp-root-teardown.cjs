// Jest globalTeardown: deletes the folder temp-root-setup.cjs made for this run's temporary files.
// A run stopped before its end (Ctrl-C) leaves it: one genesys-call-lint-test-* folder in the
// system's temporary folder, not hundreds.
const { rmSync } = require('node:fs');
const { basename } = require('node:path');

module.exports = async function removeTempRoot() {
  const root = process.env.GENESYS_CALL_LINT_TEST_TEMP_ROOT;
  // Only ever the folder the setup made, whatever else TMPDIR was set to meanwhile.
  if (root === undefined || !basename(root).startsWith('genesys-call-lint-test-')) return;
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
};
