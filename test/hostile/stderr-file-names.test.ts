// Every stderr line that names a file shows the name as the reporters and the failure lines do
// (escapeName): "n\u00a0b\u200b.json" once read "n b.json" on the skip, "not fixed" and usage
// lines, a name no file has, while the line for a missing file showed the escapes.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';

// A no-break space, a zero-width space and a word joiner: a terminal shows them as a plain
// space or as nothing.
const RAW = 'n\u00a0b\u200bc\u2060';
const SHOWN = 'n\\u00a0b\\u200bc\\u2060';
const INVISIBLE = /[\u00a0\u200b\u2060]/;

const work = mkdtempSync(join(tmpdir(), 'gcl-stderr-names-'));
const PHONE = JSON.stringify({ phoneNumber: '+13175550142' });

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const CAPTURE = `${JSON.stringify({ method: 'POST', body: {},
  url: 'https://api.mypurecloud.com/api/v2/conversations/calls/x/y' })}\n`;
const OTHER_API =
  `${JSON.stringify({ method: 'GET', url: 'https://api.mypurecloud.com/api/v2/users/me' })}\n`;
const SPACED = '{"phoneNumber":"+1 317 555 0142"}';
// Nested past what --fix rewrites (MAX_FIX_DEPTH), with a fixable finding: "not fixed".
const DEEP = `{"phoneNumber":"+1 317 555 0142","x":${'['.repeat(300)}${']'.repeat(300)}}`;
const UTF16 = Buffer.from(`\ufeff${PHONE}`, 'utf16le');
const DAMAGED_CACHE = '{"genesys-call-lint-cache":4,"settings":"';

// A folder whose config file's "ignores" leaves the body out, and one holding a config file.
const ignoring = join(work, `ignoring-${RAW}`);
mkdirSync(ignoring);
writeFileSync(join(ignoring, 'genesys-call-lint.config.json'), JSON.stringify({ ignores: ['n*'] }));
writeFileSync(join(ignoring, `${RAW}.json`), PHONE);
mkdirSync(join(work, `${RAW}-cfg`));
// A folder where the cache's lock file goes: the cache is saved without the lock, and said so.
mkdirSync(join(work, `${RAW}-locked.lock`));
// A folder the files are outside of, for the note on a diff that names them by absolute path.
const elsewhere = join(work, 'elsewhere');
mkdirSync(elsewhere);

describe('stderr lines naming a file show invisible characters as escapes', () => {
  // Each row: the command line past --no-config, made as the row runs, and the folder it runs in.
  test.each([
    ['skipped by a negation', () => [file(`${RAW}.json`, PHONE), `!${RAW}.json`]],
    ['skipped as a config file', () => [file(`${RAW}-cfg/genesys-call-lint.config.json`, '{}')]],
    ['a request skipped with its reason', () => [file(`${RAW}-unknown.ndjson`, CAPTURE)]],
    ['requests skipped quietly, counted', () => [file(`${RAW}-other.ndjson`, OTHER_API)]],
    ['not fixed: UTF-16', () => ['--fix', file(`${RAW}-16.json`, UTF16)]],
    ['not fixed: nested too deep', () => ['--fix-dry-run', file(`${RAW}-deep.json`, DEEP)]],
    ['a diff naming a file outside the folder',
      () => ['--fix-dry-run', file(`${RAW}-outside.json`, SPACED)], elsewhere],
    ['a capture never rewritten', () => ['--fix', file(`${RAW}-capture.ndjson`, CAPTURE)]],
    ['a damaged cache', () => ['--cache', '--cache-location', file(`${RAW}-cache`, DAMAGED_CACHE),
      file('plain.json', PHONE)]],
    ['something where the cache lock goes',
      () => ['--cache', '--cache-location', `${RAW}-locked`, file('plain.json', PHONE)]],
    ['send: a body it cannot send',
      () => ['send', '-e', 'call-command', file(`${RAW}-send.json`, PHONE)]],
    ['a usage error', () => [file(`${RAW}-out.json`, PHONE), '-o', `${RAW}-out.json`]],
  ])('%s', async (_, argv, cwd = work) => {
    const args = argv();
    const run = await runCli(args[0] === 'send' ? ['send', '--no-config', ...args.slice(1)]
      : ['--no-config', ...args], { cwd });
    expect(run.stderr).not.toMatch(INVISIBLE);
    expect(run.stderr).toContain(SHOWN);
  });

  test('skipped by "ignores" in a config file whose folder has such a name too', async () => {
    const run = await runCli([`${RAW}.json`], { cwd: ignoring });
    expect(run.stderr).not.toMatch(INVISIBLE);
    expect(run.stderr).toContain(`${SHOWN}.json: skipped, matched by "ignores" in `);
    expect(run.stderr).toContain(`ignoring-${SHOWN}`);
  });
});

// send's own lines on stdout name its inputs too: "refused NAME" once printed a name's ESC
// sequence raw (a terminal ran it), and the dry run's "# NAME" header its invisible characters.
describe('send\'s stdout lines name a file as the reporters do', () => {
  test.each([
    ['refused by the lint', `${RAW}-refused.json`, '{"to":1}', `refused ${SHOWN}-refused.json:`],
    ['planned in the dry run', `${RAW}-planned.json`, PHONE, `# ${SHOWN}-planned.json (create-call`],
    ['with an escape sequence', 'e\u001b[31mx.json', '{"to":1}', 'refused e\\u001b[31mx.json:'],
  ])('%s', async (_, name, body, shown) => {
    const run = await runCli(['send', '--no-config', file(name, body)], { cwd: work });
    expect(run.stdout).not.toMatch(/[\u00a0\u200b\u2060\u001b]/);
    expect(run.stdout).toContain(shown);
  });
});
