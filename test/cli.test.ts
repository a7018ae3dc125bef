// CLI transcripts: each case runs in-process through main() and through the real binary, and
// both must agree on exit code and output. Cases pin the contract users script against.
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, ROOT } from './support/paths.js';
import { runCli, spawnCli, type CliRun, type RunOptions } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const VALID = '{"phoneNumber":"+13175550142"}';
const INVALID = '{\n  "to": {"phoneNumber": "+13175550142"}\n}\n';
writeFileSync(join(work, 'valid.json'), VALID);
writeFileSync(join(work, 'invalid.json'), INVALID);
// Two warnings, no error: a national number written with separators.
writeFileSync(join(work, 'warnings.json'), '{"phoneNumber":"(317) 555-0142"}');
mkdirSync(join(work, 'nested', 'deeper'), { recursive: true });
writeFileSync(join(work, 'nested', 'deeper', 'body.json'), INVALID);
writeFileSync(join(work, 'nested', 'notes.txt'), 'not json');
mkdirSync(join(work, 'empty-folder'));
// Extensions in upper case, as Windows tools and exports write them: each read in its format.
mkdirSync(join(work, 'upper-case'));
const BAD_PHONE = '{"phoneNumber":"bad"}';
writeFileSync(join(work, 'upper-case', 'UPPER.JSON'), INVALID);
writeFileSync(join(work, 'upper-case', 'x.NDJSON'), `${VALID}\n${BAD_PHONE}\n`);
writeFileSync(join(work, 'upper-case', 'r.HTTP'), 'POST /api/v2/conversations/calls HTTP/1.1\r\n' +
  `Content-Type: application/json\r\n\r\n${BAD_PHONE}\r\n`);
writeFileSync(join(work, 'upper-case', 'c.HAR'), JSON.stringify({ log: { entries: [{ request: {
  method: 'POST', url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
  postData: { mimeType: 'application/json', text: BAD_PHONE } } }] } }));
// A folder of links only: one to a folder outside, one to a file in it, one back up.
mkdirSync(join(work, 'linked-only', 'real'), { recursive: true });
mkdirSync(join(work, 'linked-only', 'links'));
writeFileSync(join(work, 'linked-only', 'real', 'x.json'), BAD_PHONE);
symlinkSync('../real', join(work, 'linked-only', 'links', 'folder'));
symlinkSync('../real/x.json', join(work, 'linked-only', 'links', 'file.json'));
symlinkSync('..', join(work, 'linked-only', 'links', 'up'));
// One file under two names in a folder, and the folder under a second name: which name a report
// used hung on the order of the inputs.
mkdirSync(join(work, 'two-names'));
writeFileSync(join(work, 'two-names', 'a.json'), BAD_PHONE);
symlinkSync('a.json', join(work, 'two-names', 'b.json'));
symlinkSync('two-names', join(work, 'two-names-link'));
symlinkSync('self-link.json', join(work, 'self-link.json'));
symlinkSync('gone.json', join(work, 'dangling.json'));
writeFileSync(join(work, 'consult.json'), '{"speakTo":"DESTINATION","destination":{"address":"+13175550142"}}');
// Files named like options, as the pre-commit framework passes root-level files: -q.json was read
// as -q with a value, and its wrong body never linted. Long forms with a suffix too.
const DASH_NAMES = ['-q.json', '-q.x', '-qq', '-.json', '-f.json', '-e.json', '-o.json', '-c.json',
  '-y.json', '-h.json', '-1', '--quiet.json', '--no-config.json'];
for (const name of DASH_NAMES) writeFileSync(join(work, name), INVALID);
// Names a parser would read as numbers (1000, 16, 1.5, 7) if it converted positionals.
const NUMBER_NAMES = ['1e3', '0x10', '1.50', '007'];
for (const name of NUMBER_NAMES) writeFileSync(join(work, name), INVALID);
// A file named "-", which only "./-" names on the command line: shown as "-", it read as stdin.
mkdirSync(join(work, 'dash-file'));
writeFileSync(join(work, 'dash-file', '-'), INVALID);
mkdirSync(join(work, 'dash-broken'));
writeFileSync(join(work, 'dash-broken', '-'), Buffer.from([0x7b, 0xff, 0x7d]));
const DASH_FILE_SHOWN: Record<string, RegExp> = {
  stylish: /^\.\/- \(POST /m,
  compact: /^\.\/-:2:3: error /m,
  json: /^ {6}"file": "\.\/-",$/m,
  github: /^::error file=\.\/-,line=2,/m,
  junit: /^ {2}<testsuite name="\.\/-" /m,
};
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface CliCase {
  name: string;
  argv: string[];
  options?: RunOptions;
  code: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
}

const CASES_TABLE: CliCase[] = [
  {
    name: 'a valid file exits 0',
    argv: ['--no-config', 'valid.json'],
    code: 0,
    stdout: [/1 body checked, no problems/],
  },
  {
    name: 'an invalid file exits 1 with line:column, message and rule id',
    argv: ['--no-config', 'invalid.json'],
    code: 1,
    stdout: [/invalid\.json/, /2:3\s+error\s+CreateCallRequest has no member "to".*unknown-field/],
  },
  {
    name: 'compact format prints file:line:column per finding',
    argv: ['--no-config', '-f', 'compact', 'invalid.json'],
    code: 1,
    stdout: [/^invalid\.json:2:3: error .*\[unknown-field\]$/m, /^invalid\.json:1:1: error .*\[missing-target\]$/m],
  },
  {
    name: 'a directory means its *.json files recursively',
    argv: ['--no-config', '-f', 'compact', 'nested'],
    code: 1,
    stdout: [/^nested\/deeper\/body\.json:2:3: /m],
  },
  {
    name: 'a directory means its files with upper-case extensions too, each in its format',
    argv: ['--no-config', '-f', 'compact', 'upper-case'],
    code: 1,
    stdout: [/^upper-case\/UPPER\.JSON:2:3: error .*\[unknown-field\]$/m,
      /^upper-case\/x\.NDJSON:2:16: error .*\(NDJSON line 2\) \[invalid-phone\]$/m,
      /^upper-case\/r\.HTTP:4:16: error .*\(HTTP request 1 .*\[invalid-phone\]$/m,
      /^upper-case\/c\.HAR:1:\d+: error .*\(HAR log\.entries\[0\] .*\[invalid-phone\]$/m,
      /5 problems \(5 errors, 0 warnings\)/],
  },
  {
    name: '- reads one body from stdin',
    argv: ['--no-config', '-'],
    options: { stdin: INVALID },
    code: 1,
    stdout: [/<stdin>/, /unknown-field/],
  },
  {
    name: '- beside named files reads stdin too, first',
    argv: ['--no-config', '-f', 'compact', 'consult.json', '-'],
    options: { stdin: INVALID },
    code: 1,
    stdout: [/^<stdin>:2:3: error /m],
  },
  {
    name: 'piped stdin is read when no input is named',
    argv: ['--no-config'],
    options: { stdin: VALID },
    code: 0,
  },
  {
    name: '--stdin-filename names the piped body',
    argv: ['--no-config', '-', '--stdin-filename', 'payloads/call.json', '-f', 'compact'],
    options: { stdin: INVALID },
    code: 1,
    stdout: [/^payloads\/call\.json:2:3: /m],
  },
  {
    // Both reports had carried one name, with nothing to tell stdin's findings from the file's.
    name: '--stdin-filename naming a file that is linted too is refused',
    argv: ['--no-config', '--stdin-filename', 'warnings.json', '-f', 'compact', '-',
      'warnings.json'],
    options: { stdin: INVALID },
    code: 2,
    stdout: [/^$/],
    stderr: [/^genesys-call-lint: --stdin-filename warnings\.json names stdin after warnings\.json, /,
      /Lint stdin and warnings\.json in two runs/],
  },
  {
    name: '--stdin-filename naming a file a folder holds is refused, in any spelling',
    argv: ['--no-config', '--stdin-filename', './nested/../nested/deeper/body.json', '-',
      'nested'],
    options: { stdin: INVALID },
    code: 2,
    stderr: [/names stdin after nested\/deeper\/body\.json, which is linted too/],
  },
  {
    name: '--endpoint takes a concrete path with ids',
    argv: ['--no-config', '-e', 'POST /api/v2/conversations/calls/c0ffee00-0000-4000-8000-000000000001/participants/p1/consult', 'consult.json'],
    code: 0,
    stdout: [/no problems/],
  },
  {
    name: 'a missing path exits 2 naming the path and what to do',
    argv: ['--no-config', 'missing.json'],
    code: 2,
    stderr: [/missing\.json: no such file or directory/, /Check the path/],
  },
  {
    name: 'a glob that matches nothing exits 2',
    argv: ['--no-config', 'nothing/**/*.json'],
    code: 2,
    stderr: [/nothing\/\*\*\/\*\.json: the glob matched no files/, /quote it/],
  },
  {
    name: 'a folder with nothing to lint exits 2, like an empty glob',
    argv: ['--no-config', 'empty-folder'],
    code: 2,
    stderr: [/empty-folder: the folder holds no \.json, \.ndjson, \.jsonl, \.har or \.http files/],
  },
  {
    name: 'a folder of links lints what they point at, once, and does not loop',
    argv: ['--no-config', '-f', 'compact', 'linked-only/links'],
    code: 1,
    stdout: [/^linked-only\/links\/file\.json:1:16: error .*invalid-phone/m, /^1 problem \(1 error/m],
  },
  {
    name: 'a glob follows links as a folder does: once per file, and not back up',
    argv: ['--no-config', '-f', 'compact', 'linked-only/links/**/*.json'],
    code: 1,
    stdout: [/^linked-only\/links\/file\.json:1:16: error .*invalid-phone/m, /^1 problem \(1 error/m],
  },
  ...[['two-names/b.json', 'two-names'], ['two-names', 'two-names/b.json']].map((inputs) => ({
    name: `a file named on the command line keeps its name, whatever the order: ${inputs.join(' ')}`,
    argv: ['--no-config', '-f', 'compact', ...inputs],
    code: 1,
    stdout: [/^two-names\/b\.json:1:16: error .*invalid-phone/m, /^1 problem \(1 error/m],
  })),
  ...[['two-names-link', 'two-names'], ['two-names', 'two-names-link']].map((inputs) => ({
    name: `a file found twice is named by the path reached through no link: ${inputs.join(' ')}`,
    argv: ['--no-config', '-f', 'compact', ...inputs],
    code: 1,
    stdout: [/^two-names\/a\.json:1:16: error .*invalid-phone/m, /^1 problem \(1 error/m],
  })),
  {
    name: 'a glob names the broken links it matches, and lints the rest',
    argv: ['--no-config', '-f', 'compact', '*-link.json', 'linked-only/**/x.json'],
    code: 2,
    stdout: [/^linked-only\/real\/x\.json:1:16: error .*invalid-phone/m],
    stderr: [/self-link\.json: is a symbolic link that loops or points at itself; skipped/],
  },
  ...Object.entries(DASH_FILE_SHOWN).map(([format, shown]) => ({
    name: `a file named "-" is shown as ./- by ${format}, apart from stdin`,
    argv: ['--no-config', '-f', format, './-', '-'],
    options: { cwd: join(work, 'dash-file'), stdin: VALID },
    code: 1,
    stdout: [shown],
  })),
  {
    name: 'a file named "-" that cannot be read is named ./- on stderr',
    argv: ['--no-config', '-f', 'compact', 'sub/../-', '-'],
    options: { cwd: join(work, 'dash-broken'), stdin: VALID },
    code: 2,
    stderr: [/^genesys-call-lint: \.\/-: skipped: invalid UTF-8 /m],
  },
  {
    name: 'a symbolic link to itself is named as a loop',
    argv: ['--no-config', 'self-link.json'],
    code: 2,
    stderr: [/self-link\.json: is a symbolic link that loops or points at itself/],
  },
  {
    name: 'a symbolic link to a missing file names its target',
    argv: ['--no-config', 'dangling.json'],
    code: 2,
    stderr: [/dangling\.json: is a symbolic link to "gone\.json", which does not exist\n  Point the link/],
  },
  {
    name: 'a missing path does not stop the other inputs',
    argv: ['--no-config', '-f', 'compact', 'missing.json', 'invalid.json'],
    code: 2,
    stdout: [/^invalid\.json:2:3: /m],
    stderr: [/missing\.json/],
  },
  {
    name: 'an unknown flag exits 2 with the nearest flag',
    argv: ['--formatt', 'json', 'valid.json'],
    code: 2,
    stderr: [/unknown option --formatt/, /Did you mean --format\?/],
  },
  {
    name: 'an unknown endpoint exits 2 with the nearest one',
    argv: ['--no-config', '-e', 'POST /api/v2/conversations/cals', 'valid.json'],
    code: 2,
    stderr: [/not a known Genesys Cloud call endpoint/, /POST \/api\/v2\/conversations\/calls/],
  },
  {
    name: 'an endpoint short name with two letters swapped gets the nearest one',
    argv: ['--no-config', '-e', 'consutl', 'valid.json'],
    code: 2,
    stderr: [/"consutl" is not an endpoint short name/, /Did you mean --endpoint consult\?/],
  },
  {
    name: 'an unknown format exits 2',
    argv: ['--no-config', '-f', 'xml', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --format "xml" is not one of stylish, compact, json, sarif, github, junit\n  Write e\.g\. --format stylish\.\n$/],
  },
  {
    name: 'a misspelt choice gets the nearest one',
    argv: ['--no-config', '-f', 'jsn', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --format "jsn" is not one of .*\n  Did you mean --format json\?\n$/],
  },
  {
    name: 'a choice of another flag is named with that flag, on one line',
    argv: ['--no-config', '--cache', '--cache-strategy', 'mtime', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --cache-strategy "mtime" is not one of metadata, content\n/],
  },
  {
    name: 'an unknown --no- flag is named as written',
    argv: ['--no-such', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --no-such\n/],
  },
  {
    name: 'a --no- form of a flag with choices says it cannot be turned off',
    argv: ['--no-format', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --no-format: --format takes one of stylish, .* and cannot be turned off\n/],
  },
  {
    name: 'a flag of send given to lint is named as send\'s',
    argv: ['--yes', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --yes is a flag of send, not of linting\n  Write genesys-call-lint send \.\.\. --yes/],
  },
  {
    name: '-y of send given to lint is named as send\'s --yes',
    argv: ['-y', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: -y \(--yes\) is a flag of send, not of linting\n/],
  },
  // Bare flags at the end of the line used to be taken silently (the default format, no rule).
  ...([['--format', 'stylish'], ['-f', 'stylish'], ['--input-format', 'json'], ['--cache-strategy', 'metadata']] as const)
    .flatMap(([flag, first]) => [['valid.json', flag], [flag, '-q', 'valid.json']].map((argv) => ({
      name: `a bare ${flag} (${argv.join(' ')}) needs a value`,
      argv: [...argv],
      code: 2,
      stderr: [new RegExp(`^genesys-call-lint: ${flag} needs a value: one of ${first}, .*\\n  Write e\\.g\\. --`)],
    }))),
  ...[['valid.json', '--rule'], ['--rule=', 'valid.json']].map((argv) => ({
    name: `a --rule with no value (${argv.join(' ')}) is refused`,
    argv,
    code: 2,
    stderr: [/^genesys-call-lint: --rule needs a value such as non-e164:off\n/],
  })),
  ...[['valid.json', '--country'], ['--no-country', 'valid.json']].map((argv) => ({
    name: `--country with no value (${argv.join(' ')}) is refused without quoting "false"`,
    argv,
    code: 2,
    stderr: [/^genesys-call-lint: --country needs a value\n/],
  })),
  // yargs read each of these as a flag it knows, or quoted the whole word back.
  ...[['---format', 'json'], ['----format=json'], ['----quiet'], ['--format-', 'json'], ['--max--warnings', '0']]
    .map((words) => ({
      name: `a malformed flag (${words.join(' ')}) is named as a typo, not read as another`,
      argv: [...words, 'valid.json'],
      code: 2,
      stderr: [new RegExp(`^genesys-call-lint: unknown option ${words[0]!.split('=')[0]}\\n  Did you mean ` +
        `--${words[0]!.split('=')[0]!.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-')}\\? Long flags start`)],
    })),
  ...['-fo', '-fq'].map((cluster) => ({
    name: `-f before the last letter of a cluster (${cluster}) is refused, not read as stylish`,
    argv: [cluster, 'json', 'valid.json'],
    code: 2,
    stderr: [new RegExp(`^genesys-call-lint: ${cluster}: -f takes a value, so it goes last in a cluster or alone\\n`)],
  })),
  {
    name: 'send is refused a lint flag before yargs checks its value',
    argv: ['send', '-f', 'xml', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: -f applies to linting, not to send\n/],
  },
  {
    name: 'a misspelt flag of send gets the nearest one',
    argv: ['send', '--gatway', 'http://127.0.0.1:9', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --gatway\n  Did you mean --gateway\? Run genesys-call-lint send --help/],
  },
  {
    name: 'send --no-journal with a value is told it takes none',
    argv: ['send', '--no-journal=x', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --no-journal takes no value \("--no-journal=x"\)\n  Write --no-journal alone; run genesys-call-lint send --help/],
  },
  {
    name: 'a number flag of send quotes what was written',
    argv: ['send', '--concurrency', 'abc', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --concurrency "abc" is not a whole number of 1 or more\n/],
  },
  {
    // yargs read them as --help and --version turned off, and the run went on without a word.
    name: '--no-help and --no-version are unknown options, as --no-help=true is',
    argv: ['--no-config', '--no-help', '--no-version', 'valid.json'],
    code: 2,
    stdout: [/^$/],
    stderr: [/^genesys-call-lint: unknown option --no-help\n  Run genesys-call-lint --help for every /],
  },
  {
    name: 'send\'s --no-h, the short form, is unknown too',
    argv: ['send', '--no-h', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --no-h\n  Run genesys-call-lint send --help /],
  },
  {
    name: 'a misspelt --no-help is not told to write --no-help, which has no such form',
    argv: ['--no-Help', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --no-Help\n  Run genesys-call-lint --help /],
  },
  {
    name: 'a misspelt --no- flag gets the nearest --no- flag',
    argv: ['--no-colour', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --no-colour\n  Did you mean --no-color\?/],
  },
  {
    name: '--rule turns a rule off',
    argv: ['--no-config', '--rule', 'unknown-field:off', '-f', 'compact', 'invalid.json'],
    code: 1,
    stdout: [/missing-target/],
  },
  {
    name: 'a bad --rule exits 2',
    argv: ['--no-config', '--rule', 'unknown-feld:off', 'valid.json'],
    code: 2,
    stderr: [/"unknown-feld" is not a rule id\n  Did you mean unknown-field\?/],
  },
  {
    name: 'list-endpoints prints method, path, short name, model and permissions',
    argv: ['list-endpoints'],
    code: 0,
    stdout: [/^POST {3}\/api\/v2\/conversations\/calls\n {7}create-call · CreateCallRequest · ANY of conversation:conference:add$/m],
  },
  {
    name: 'explain prints a rule page',
    argv: ['explain', 'missing-target'],
    code: 0,
    stdout: [/^# missing-target$/m, /## How to fix/],
  },
  {
    name: 'explain with an unknown rule exits 2 with the nearest id',
    argv: ['explain', 'missing-targets'],
    code: 2,
    stderr: [/"missing-targets" is neither a rule id nor a notice/, /Did you mean missing-target\?/],
  },
  // Output names notices where it names rule ids; explain answered "not a rule id" for them.
  ...['deprecated-endpoint', 'endpoint-auto'].map((kind) => ({
    name: `explain prints the page of the notice ${kind}`,
    argv: ['explain', kind],
    code: 0,
    stdout: [new RegExp(`^# ${kind}\n\nA notice, not a rule`), /^## What to do$/m],
  })),
  {
    name: 'explain guesses a notice kind too',
    argv: ['explain', 'deprecated-endpoints'],
    code: 2,
    stderr: [/Did you mean deprecated-endpoint\? Rule ids: .*\. Notices: deprecated-endpoint, endpoint-auto\.$/m],
  },
  {
    name: '--quiet reports errors only',
    argv: ['--no-config', '--quiet', '-f', 'compact', 'warnings.json', 'invalid.json'],
    code: 1,
    stdout: [/^invalid\.json:2:3: error/m, /\(2 errors, 0 warnings\)/],
  },
  {
    name: '--max-warnings fails a run with only warnings',
    argv: ['--no-config', '--max-warnings', '1', 'warnings.json'],
    code: 1,
    stderr: [/2 warnings, more than --max-warnings 1 allows/],
  },
  {
    name: '--max-warnings counts one warning in the singular',
    argv: ['--no-config', '--max-warnings', '0', '--rule', 'phone-formatting:off', 'warnings.json'],
    code: 1,
    stderr: [/genesys-call-lint: 1 warning, more than --max-warnings 0 allows\n/],
  },
  {
    name: '--max-warnings at the count passes',
    argv: ['--no-config', '--max-warnings', '2', 'warnings.json'],
    code: 0,
  },
  {
    // The last of two values had won without a word, as a CI line that set a flag in two places.
    name: 'a one-value flag given twice with two values is refused, naming both',
    argv: ['--no-config', '-f', 'json', '--format', 'compact', 'warnings.json'],
    code: 2,
    stdout: [/^$/],
    stderr: [/^genesys-call-lint: --format is given twice, as "json" and "compact"\n/],
  },
  {
    name: '--max-warnings given twice with two values is refused',
    argv: ['--no-config', '--max-warnings', '5', '--max-warnings', '0', 'warnings.json'],
    code: 2,
    stderr: [/--max-warnings is given twice, as "5" and "0"/],
  },
  {
    name: '--shard given twice with two values is refused',
    argv: ['--no-config', '--shard', '1/2', '--shard', '2/2', 'warnings.json'],
    code: 2,
    stderr: [/--shard is given twice, as "1\/2" and "2\/2"/],
  },
  {
    name: 'a one-value flag given twice with the same value is taken',
    argv: ['--no-config', '-f', 'compact', '--format', 'compact', '--max-warnings', '2',
      '--max-warnings', '2', 'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 2 warnings\)/],
  },
  {
    // --country takes either letter case, so "US" and "us" are one country, not two values.
    name: '--country given twice in two letter cases is one country, taken',
    argv: ['--no-config', '-f', 'compact', '--country', 'US', '--country', 'us', 'warnings.json'],
    code: 0,
    stderr: [/^$/],
  },
  {
    // "0" and "00" are one count, "1" and "1.0" one size: each compared as its flag reads it.
    name: 'a one-value flag given twice in two spellings of one value is taken',
    argv: ['--no-config', '-f', 'compact', '--max-warnings', '2', '--max-warnings', '02',
      '--max-file-size', '1', '--max-file-size', '1.0', '--shard', '1/1', '--shard', '01/01',
      'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 2 warnings\)/],
    stderr: [/^$/],
  },
  {
    name: 'send\'s number flags given twice in two spellings of one number are taken',
    argv: ['send', '--no-config', '--concurrency', '2', '--concurrency', '02', '--timeout', '100',
      '--timeout', '0100', 'valid.json'],
    code: 0,
    stderr: [/^(?![\s\S]*given twice)/],
  },
  {
    // Resolved alike: a short name in any case, a body model, the template, "auto" in any case.
    name: '--endpoint given twice as two spellings of one endpoint is taken',
    argv: ['--no-config', '-f', 'compact', '-e', 'create-call', '-e', 'CREATE-CALL', '-e',
      'CreateCallRequest', '-e', 'post /calls', 'valid.json'],
    code: 0,
    stderr: [/^$/],
  },
  {
    name: '--endpoint given as auto and AUTO is one value, taken',
    argv: ['--no-config', '-f', 'compact', '-e', 'auto', '-e', 'AUTO', 'valid.json'],
    code: 0,
    stderr: [/^$/],
  },
  {
    // A concrete path carries its ids: it is not the endpoint's short name.
    name: '--endpoint given as a short name and as a path with ids is refused',
    argv: ['--no-config', '-e', 'consult', '-e', 'POST /calls/c1/participants/p1/consult',
      'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --endpoint is given twice, as "consult" and "POST \/calls\/c1\//],
  },
  {
    name: 'two spellings of two values are still refused',
    argv: ['--no-config', '--max-file-size', '1', '--max-file-size', '1.5', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --max-file-size is given twice, as "1" and "1\.5"\n/],
  },
  {
    name: 'a value the flag cannot read, given beside one it can, is refused as two values',
    argv: ['send', '--no-config', '--concurrency', 'four', '--concurrency', '4', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --concurrency is given twice, as "four" and "4"\n/],
  },
  {
    name: '--country given twice as two countries is refused',
    argv: ['--no-config', '--country', 'US', '--country', 'gb', 'warnings.json'],
    code: 2,
    stderr: [/--country is given twice, as "US" and "gb"/],
  },
  {
    // The last of the two had won without a word, as for a one-value flag given two values.
    name: 'a switch given on and off is refused, naming both, as a one-value flag is',
    argv: ['--no-config', '--color', 'warnings.json', '--no-color'],
    code: 2,
    stdout: [/^$/],
    stderr: [/^genesys-call-lint: --color is given twice, as --color and --no-color\n/,
      /\n {2}Give --color once, with the value you mean\.\n$/],
  },
  {
    name: 'a switch turned off by its short letter, =false or a following "false" is refused too',
    argv: ['--no-config', '-q', '--cache', '--quiet=false', '--cache', 'false', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --quiet is given twice, as -q and --quiet=false\n/],
  },
  // 1 and 0 are a switch's true and false: "--color --color=0" let the last win without a word.
  ...[['--color', '--color=0'], ['--no-color', '--color=1'], ['--quiet', '--quiet=0'],
    ['--quiet=1', '--quiet=0'], ['-q', '-q=0'], ['--fix-dry-run=1', '--fix-dry-run=0'],
    ['--version', '--version=0'], ['--help=0', '-h']].map(([on, off]) => ({
    name: `a switch given on and off with 1 or 0 is refused: ${on} ${off}`,
    argv: ['--no-config', on!, off!, 'warnings.json'],
    code: 2,
    stdout: [/^$/],
    stderr: [new RegExp(`^genesys-call-lint: --[a-z-]+ is given twice, as ${escapeRegExp(on!)} ` +
      `and ${escapeRegExp(off!)}\n`)],
  })),
  {
    name: 'a --cache given on and off is refused',
    argv: ['--no-config', '--cache', 'false', '--cache', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --cache is given twice, as --cache false and --cache\n/],
  },
  {
    name: 'send\'s --yes given on and off is refused before anything is sent',
    argv: ['send', '--no-config', '-y', 'valid.json', '--no-yes'],
    code: 2,
    stdout: [/^$/],
    stderr: [/^genesys-call-lint: --yes is given twice, as -y and --no-yes\n/],
  },
  {
    name: 'a switch given twice the same way is taken',
    argv: ['--no-config', '-f', 'compact', '-q', '--quiet', '--no-color', '--no-color',
      'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 0 warnings\)/],
    stderr: [/^$/],
  },
  {
    name: '--rule repeats, one rule each time',
    argv: ['--no-config', '-f', 'compact', '--rule', 'non-e164:off', '--rule',
      'phone-formatting:off', 'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 0 warnings\)/],
  },
  {
    // Secrets are never printed, not even to say which two were given.
    name: 'send\'s --client-secret given twice is refused without its values',
    argv: ['send', '--client-secret', 'fake-secret-one', '--client-secret', 'fake-secret-two',
      'valid.json'],
    code: 2,
    stderr: [/--client-secret is given twice, with two different values \(not shown\)/,
      /^(?![\s\S]*fake-secret)/],
  },
  {
    name: 'send\'s --journal and --no-journal together are refused',
    argv: ['send', '--journal', 'sent.jsonl', '--no-journal', 'valid.json'],
    code: 2,
    stderr: [/--journal is given twice, as "sent\.jsonl" and --no-journal/],
  },
  {
    name: 'a --max-warnings past the largest exact integer is a count never reached, not refused',
    argv: ['--no-config', '-f', 'compact', '--max-warnings', '99999999999999999999', 'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 2 warnings\)/],
  },
  {
    name: 'a --max-file-size of twenty digits is a size never reached, not "not a positive number"',
    argv: ['--no-config', '-f', 'compact', '--max-file-size', '99999999999999999999', 'warnings.json'],
    code: 0,
    stdout: [/\(0 errors, 2 warnings\)/],
  },
  {
    name: 'a negative --max-warnings exits 2',
    argv: ['--no-config', '--max-warnings', '-1', 'warnings.json'],
    code: 2,
    stderr: [/--max-warnings "-1" is not a whole number/],
  },
  {
    name: 'a number flag quotes what was typed, not NaN',
    argv: ['--no-config', '--max-file-size', 'abc', 'warnings.json'],
    code: 2,
    stderr: [/--max-file-size "abc" is not a positive number of MB/],
  },
  {
    name: 'explain without a rule id says so in our words',
    argv: ['explain', '--rule', 'x'],
    code: 2,
    stderr: [/^genesys-call-lint: explain needs a rule id\n  Write e\.g\. genesys-call-lint explain unknown-field/],
  },
  {
    name: 'compact\'s summary counts inputs that could not be read',
    argv: ['--no-config', '-f', 'compact', 'valid.json', 'missing.json'],
    code: 2,
    stdout: [/^0 problems \(0 errors, 0 warnings\), 1 input could not be read\n$/],
  },
  {
    name: 'a size under 1 KB is given in bytes, not as 0 MB',
    argv: ['--no-config', '--max-file-size', '0.00001', 'invalid.json'],
    code: 2,
    stderr: [/invalid\.json: is 44 bytes, over the --max-file-size limit of 10 bytes/],
  },
  {
    name: 'a --max-file-size under one byte is refused, as 0 is',
    argv: ['--no-config', '--max-file-size', '0.0000000001', 'invalid.json'],
    code: 2,
    stderr: [/--max-file-size "0\.0000000001" is not a positive number of MB/],
  },
  {
    name: 'a switch given a value in a cluster of short flags is refused too',
    argv: ['--no-config', '-qq=1', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --quiet takes no value, or one of true, false, 1, 0 after "=" \("-qq=1"\)\n/],
  },
  {
    name: 'a switch given a value other than true, false, 1 or 0 is refused, not read as off',
    argv: ['--no-config', '--quiet=yes', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --quiet takes no value, or one of true, false, 1, 0 after "=" \("--quiet=yes"\)\n {2}Write --quiet alone to turn it on, --no-quiet to turn it off\.\n/],
  },
  // --quiet=false was taken and --quiet=0 refused as "a switch that takes no value": every
  // switch now takes the same four values, and yargs is given 1 and 0 as true and false.
  ...[['--quiet=1', 0], ['--quiet=0', 2], ['-q=1', 0], ['-q=0', 2], ['--quiet=true', 0]].map(
    ([flag, warnings]) => ({
      name: `a switch takes 1 and 0 as it takes true and false: ${flag}`,
      argv: ['--no-config', String(flag), '-f', 'compact', 'warnings.json'],
      code: 0,
      stdout: [new RegExp(`\\(0 errors, ${warnings} warnings\\)`)],
    })),
  // --version=1 and --help=1 were ignored and --version=yes dropped, where --quiet=yes is refused.
  ...['--version=yes', '--help=2', '-v1'].map((flag) => ({
    name: `--help and --version take a switch's values only: ${flag}`,
    argv: ['--no-config', flag, 'warnings.json'],
    code: 2,
    stderr: [new RegExp(`^genesys-call-lint: --(help|version) takes no value, or one of true, ` +
      `false, 1, 0 after "=" \\("${flag}"\\)\n {2}Write --(help|version) alone to turn it on\\.\n`)],
  })),
  {
    name: '--color=1 turns colour on as --color does',
    argv: ['--no-config', '--color=1', 'warnings.json'],
    code: 0,
    stdout: [/\u001b\[33m/],
  },
  {
    name: 'explain with its rule id after -- says where it belongs',
    argv: ['explain', '--', 'unknown-field'],
    code: 2,
    stderr: [/^genesys-call-lint: explain reads its rule id before --, not after it\n/],
  },
  {
    name: '--no- before a flag that takes a value is an unknown option, with a guess',
    argv: ['--no-output-file=x', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --no-output-file\n  Did you mean --output-file\?/],
  },
  {
    name: '--no-config with a value is named as such, not as an unknown option',
    argv: ['--no-config=true', 'warnings.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --no-config takes no value \("--no-config=true"\)\n  Write --no-config alone/],
  },
  {
    name: 'a fractional --max-file-size is taken',
    argv: ['--no-config', '--max-file-size', '0.5', '--max-warnings', '2', 'warnings.json'],
    code: 0,
  },
  {
    name: '--config and --no-config together exit 2, in either order',
    argv: ['-c', 'nofile.json', '--no-config', 'warnings.json'],
    code: 2,
    stderr: [/--config and --no-config exclude each other/],
  },
  {
    name: '--no-config then --config exit 2 too',
    argv: ['--no-config', '--config=nofile.json', 'warnings.json'],
    code: 2,
    stderr: [/--config and --no-config exclude each other/],
  },
  {
    name: '--no-config with -c=FILE exits 2 too (yargs keeps both)',
    argv: ['--no-config', '-c=nofile.json', 'warnings.json'],
    code: 2,
    stderr: [/--config and --no-config exclude each other/],
  },
  {
    name: 'a short option glued to its value is explained',
    argv: ['-ccfg.json', 'warnings.json'],
    code: 2,
    stderr: [/unknown option -ccfg\.json/, /takes its value after a space: e\.g\. -c cfg\.json/],
  },
  {
    name: 'lint flags given to list-endpoints are refused, not dropped',
    argv: ['list-endpoints', '-o', 'out.txt'],
    code: 2,
    stderr: [/-o does not apply to list-endpoints/],
  },
  {
    name: 'words after -- given to explain are refused',
    argv: ['explain', 'unknown-field', '--', 'extra'],
    code: 2,
    stderr: [/unexpected argument "extra" after explain/],
  },
  {
    name: 'a word after -- is a file to lint, even a command name',
    argv: ['--no-config', '-f', 'compact', 'warnings.json', '--', 'list-endpoints'],
    code: 2,
    stdout: [/warnings\.json:1:\d+: warning/],
    stderr: [/list-endpoints: no such file or directory/],
  },
  {
    name: 'a misspelt command, read as a missing path, is hinted at as the command',
    argv: ['--no-config', 'explian', 'unknown-field'],
    code: 2,
    stderr: [/genesys-call-lint: explian: no such file or directory\n {2}Did you mean the explain command /,
      /\(genesys-call-lint explain --help\)\? If you meant a file, check the path\./],
  },
  {
    name: 'a misspelt send is hinted at too, and the files after it are still linted',
    argv: ['--no-config', '-f', 'compact', 'sned', 'valid.json'],
    code: 2,
    stdout: [/0 problems/],
    stderr: [/sned: no such file or directory\n {2}Did you mean the send command /],
  },
  {
    name: 'a word of a command\'s name, as people shorten it, is hinted at as that command',
    argv: ['--no-config', 'endpoints'],
    code: 2,
    stderr: [/endpoints: no such file or directory\n {2}Did you mean the list-endpoints command /],
  },
  {
    name: 'no command hint for a missing path that is not the first input, or far from any command',
    argv: ['--no-config', 'payloads', 'valid.json', 'explian'],
    code: 2,
    stderr: [/payloads: no such file or directory\n {2}Check the path/,
      /explian: no such file or directory\n {2}Check the path/],
  },
  {
    name: 'list-endpoints refuses a format it does not print',
    argv: ['list-endpoints', '-f', 'sarif'],
    code: 2,
    stderr: [/list-endpoints prints a table or JSON, not --format sarif/],
  },
  {
    name: '--no-config twice is still no config',
    argv: ['--no-config', '--no-config', '--max-warnings', '2', 'warnings.json'],
    code: 0,
  },
  {
    name: 'usage errors print what was typed with control characters escaped',
    argv: ['--no-config', '--rule', 'x\u001b[2J\u202e:off', 'warnings.json'],
    code: 2,
    stderr: [/x\\u001b\[2J\\u202e/],
  },
  {
    name: '-o naming a folder says so',
    argv: ['--no-config', '-o', '.', 'warnings.json'],
    code: 2,
    stderr: [/cannot write --output-file \. \(EISDIR\)/, /It is a folder: name a file/],
  },
  {
    name: 'list-endpoints still takes --format json',
    argv: ['list-endpoints', '--format=json'],
    code: 0,
    stdout: [/"create-call"/],
  },
  {
    name: 'a stray word after a command is named as such, not as an option',
    argv: ['list-endpoints', 'extra'],
    code: 2,
    stderr: [/unexpected argument "extra" after list-endpoints/, /takes no arguments/],
  },
  {
    name: '-o - is standard output',
    argv: ['--no-config', '-o', '-', '-f', 'compact', 'warnings.json'],
    code: 0,
    stdout: [/warnings\.json:1:\d+: warning/],
  },
  ...DASH_NAMES.flatMap((file) => [['--no-config', 'valid.json', file], [file, 'valid.json']]
    .map((argv) => ({
      name: `a file named like an option (${argv.join(' ')}) is refused, not taken as one`,
      argv,
      code: 2,
      stdout: [/^$/],
      stderr: [new RegExp(`^genesys-call-lint: unknown option ${escapeRegExp(file)}\\n  .*For a file ` +
        `named ${escapeRegExp(file)}, write \\./${escapeRegExp(file)}, or put -- before the file names\\.\\n$`)],
    }))),
  // The fast route (paths and everyday flags) and yargs (--rule, send) both read "--".
  ...DASH_NAMES.flatMap((file) => [['--no-config', '-q', '--', file, 'valid.json'],
    ['--no-config', '--rule', 'non-e164:off', 'valid.json', '--', file], ['--no-config', `./${file}`]]
    .map((argv) => ({
      name: `a file named like an option is linted after -- or as ./ (${argv.join(' ')})`,
      argv,
      code: 1,
      stdout: [new RegExp(`^(\\./)?${escapeRegExp(file)} \\(POST /api/v2/conversations/calls\\)\\n`),
        /^  2:3  error .*unknown-field/m],
    }))),
  ...[['--no-config', '--country', 'US', '-f', 'compact', ...NUMBER_NAMES],
    ['--no-config', '--country', 'US', '-f', 'compact', '--', ...NUMBER_NAMES]].map((argv) => ({
    name: `files named like numbers keep their names on the yargs route (${argv.join(' ')})`,
    argv,
    code: 1,
    stdout: NUMBER_NAMES.map((file) => new RegExp(`^${escapeRegExp(file)}:2:3: error`, 'm')),
  })),
  ...[['--q', /A one-letter option takes one dash: -q\./], ['--Q', /The short options are/],
    ['--f', /A one-letter option takes one dash: -f\./]].map(([flag, hint]) => ({
    name: `${String(flag)} is not taken for a one-letter option (yargs would)`,
    argv: ['--no-config', String(flag), 'json', 'valid.json'],
    code: 2,
    stdout: [/^$/],
    stderr: [new RegExp(`^genesys-call-lint: unknown option ${String(flag)}\n`), hint as RegExp],
  })),
  {
    name: 'a one-letter long word where a flag wants its value is refused too (yargs took it as -f)',
    argv: ['--no-config', '-e', '--f', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option --f\n  A one-letter option takes one dash: -f\./],
  },
  {
    name: 'a dash-led word after a flag whose value is no path is not told to take ./',
    argv: ['--no-config', '--country', '-x', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option -x\n  It stands where --country takes its value, and no value of --country starts with "-"\.\n$/],
  },
  {
    name: '"--=x" is named as a flag with no name, its value not shown',
    argv: ['--no-config', '--=secret-ish', 'valid.json'],
    code: 2,
    // The whole stderr is matched: the value after "=" is not in it.
    stderr: [/^genesys-call-lint: unknown option --= \(a flag with no name before its "="\)\n  For a file whose name starts with "-", write \.\/ before it, or put -- before the file names\.\n$/],
  },
  {
    name: 'a value that starts with a dash is told to take ./, not split into a flag',
    argv: ['--no-config', '-o', '-out.txt', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option -out\.txt\n  It stands where -o takes its value; .*\(-o \.\/-out\.txt\)/],
  },
  {
    name: 'send refuses a file named like an option too',
    argv: ['send', '--no-journal', 'valid.json', '-q.json'],
    code: 2,
    stderr: [/^genesys-call-lint: unknown option -q\.json\n.*put -- before the file names/],
  },
  {
    name: 'a negative number is still the value of a flag that takes one',
    argv: ['--no-config', '--max-warnings', '-1', 'valid.json'],
    code: 2,
    stderr: [/^genesys-call-lint: --max-warnings "-1" is not a whole number/],
  },
  {
    name: '--help lists the endpoint short names and exit codes',
    argv: ['--help'],
    code: 0,
    stdout: [/create-call/, /create-callback/, /Exit codes: 0/],
  },
  {
    // A CI user saw exit 1 with no error under --max-warnings 0; the help's exit codes said
    // only "errors found".
    name: '--help says more warnings than --max-warnings allows exit 1',
    argv: ['--help'],
    code: 0,
    stdout: [/1\s+errors\s+found\s+or\s+more\s+warnings\s+than\s+--max-warnings\s+allows/],
  },
  {
    // A fresh-clone pass found the help behind the README on these.
    name: '--help names every folder extension, every --endpoint form and --print-config\'s country',
    argv: ['--help'],
    code: 0,
    stdout: [/\.json,\s+\.ndjson,\s+\.jsonl,\s+\.har\s+and\s+\.http\s+files/,
      /a\s+full\s+URL,\s+a\s+body\s+model\s+name,\s+or\s+auto/, /rules,\s+country\)/],
  },
  {
    name: '--help says which values every switch takes',
    argv: ['--help'],
    code: 0,
    stdout: [/the\s+same\s+values\s+after\s+"=":\s+true\s+or\s+1\s+\(on\),\s+false\s+or\s+0\s+\(off\)/],
  },
  {
    name: 'a run that read nothing does not say "no problems"',
    argv: ['--no-config', 'missing.json'],
    code: 2,
    stdout: [/^No body checked, 1 input could not be read\.\n$/],
  },
];

async function both(c: CliCase): Promise<[CliRun, CliRun]> {
  const options = { cwd: work, ...c.options };
  return Promise.all([runCli(c.argv, options), spawnCli(c.argv, options)]);
}

describe('CLI transcripts (in-process and binary)', () => {
  test.each(CASES_TABLE.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const [inProcess, binary] = await both(c);
    for (const run of [inProcess, binary]) {
      expect(run.code).toBe(c.code);
      for (const pattern of c.stdout ?? []) expect(run.stdout).toMatch(pattern);
      for (const pattern of c.stderr ?? []) expect(run.stderr).toMatch(pattern);
    }
    // --help output carries the version, which differs between the two runs.
    if (!c.argv.includes('--help')) expect(binary.stdout).toBe(inProcess.stdout);
  });

  // Not in the table: SARIF names the version, which differs between the two runs.
  test('a file named "-" is shown as ./- by sarif, apart from stdin', async () => {
    const run = await runCli(['--no-config', '-f', 'sarif', './-', '-'],
      { cwd: join(work, 'dash-file'), stdin: INVALID });
    const uris = [...run.stdout.matchAll(/"uri": "([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(uris)).toEqual(new Set(['./-', '%3Cstdin%3E']));
  });

  // ESLint's short forms; both were refused as unknown options.
  test('-h and -v are --help and --version', async () => {
    const [short, long] = await Promise.all([runCli(['-h']), runCli(['--help'])]);
    expect(short).toEqual({ code: 0, stdout: long.stdout, stderr: '' });
    expect(short.stdout).toMatch(/^ {2}-h, --help +Show help/m);
    expect(await runCli(['-v'])).toEqual({ code: 0, stdout: '0.0.0-test\n', stderr: '' });
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await spawnCli(['-v'], { cwd: work })).stdout).toBe(`${version}\n`);
  });

  // yargs read "--version=1" as off, and linted stdin; 1 is true for them as for every switch.
  test('--version=1 and -h=1 answer as --version and --help do', async () => {
    expect(await runCli(['--version=1'])).toEqual({ code: 0, stdout: '0.0.0-test\n', stderr: '' });
    expect(await runCli(['-v=1'])).toEqual({ code: 0, stdout: '0.0.0-test\n', stderr: '' });
    expect(await runCli(['-h=1'])).toEqual(await runCli(['--help']));
  });

  test('the JSON format has one documented record per finding', async () => {
    const run = await runCli(['--no-config', '-f', 'json', 'invalid.json'], { cwd: work });
    const output = JSON.parse(run.stdout) as {
      version: number;
      results: Array<{ findings: Array<Record<string, unknown>> }>;
    };
    expect(output.version).toBe(1);
    const finding = output.results[0]!.findings.find((f) => f['rule'] === 'unknown-field')!;
    expect(finding).toEqual({
      file: 'invalid.json',
      rule: 'unknown-field',
      severity: 'error',
      pointer: '/to',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 40,
      message: expect.stringContaining('"phoneNumber"') as unknown,
      hint: 'Replace "to" with "phoneNumber": "+13175550142".',
      docs: 'docs/rules/unknown-field.md',
      fixable: true,
      fix: 'Replace "to" with "phoneNumber": "+13175550142".',
    });
  });

  test('the shipped fixtures lint with the project config and exit 1', async () => {
    const run = await runCli(['-f', 'json', 'fixtures']);
    const output = JSON.parse(run.stdout) as { results: Array<{ file: string; endpoint: string }> };
    expect(run.code).toBe(1);
    // Sidecars are ignored by the project config; consult bodies get the consult endpoint.
    expect(output.results.some((r) => r.file.endsWith('.expect.json'))).toBe(false);
    const consult = output.results.find((r) => r.file.includes('consult-lowercase'))!;
    expect(consult.endpoint).toContain('/consult');
    expect(CASES).toContain('fixtures');
  });

  test('colour only when asked or on a terminal, and never with NO_COLOR', async () => {
    const plain = await runCli(['--no-config', 'invalid.json'], { cwd: work, isTTY: true, env: { NO_COLOR: '1' } });
    const tty = await runCli(['--no-config', 'invalid.json'], { cwd: work, isTTY: true });
    const forced = await runCli(['--no-config', 'invalid.json'], { cwd: work, env: { FORCE_COLOR: '1' } });
    const pipe = await runCli(['--no-config', 'invalid.json'], { cwd: work });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(pipe.stdout).not.toContain('\u001b[');
    expect(tty.stdout).toContain('\u001b[');
    expect(forced.stdout).toContain('\u001b[');
  });

  test('-o given twice with two files writes neither', async () => {
    const run = await runCli(['--no-config', '-o', 'twice-1.txt', '-o', 'twice-2.txt',
      'warnings.json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--output-file is given twice, as "twice-1.txt" and "twice-2.txt"');
    expect(existsSync(join(work, 'twice-1.txt')) || existsSync(join(work, 'twice-2.txt'))).toBe(false);
  });

  test('--output-file writes the report there and leaves stdout empty', async () => {
    const run = await runCli(['--no-config', '-f', 'json', '-o', 'out/report.json', 'invalid.json'],
      { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write --output-file out/report.json (ENOENT)');
    mkdirSync(join(work, 'out'), { recursive: true });
    const written = await runCli(['--no-config', '-f', 'json', '-o', 'out/report.json', 'invalid.json'],
      { cwd: work });
    expect(written.code).toBe(1);
    expect(written.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(work, 'out', 'report.json'), 'utf8')) as { errorCount: number };
    expect(report.errorCount).toBe(2);
  });
});
