// Jest globalSetup: every suite's temporary folders go under one folder made for this run, which
// temp-root-teardown.cjs deletes at the end. The suites make hundreds of folders with mkdtemp (the
// send, --fix and SIGKILL tests especially) and some are left by processes they kill, so cleaning
// up suite by suite would leave /tmp filling up over many runs. os.tmpdir() reads TMPDIR on each
// call, and the workers and every CLI the tests start inherit it.
const { chmodSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function makeTempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'genesys-call-lint-test-'));
  // Open to all, as /tmp is: some suites run the CLI as another user to test permissions.
  chmodSync(root, 0o1777);
  process.env.GENESYS_CALL_LINT_TEST_TEMP_ROOT = root;
  process.env.TMPDIR = root;
};
