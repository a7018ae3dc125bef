// Hints, notices and errors name options the way their reader sets them: a library caller as
// the option it passes (endpoint: "consult"), a CLI user as the flag (--endpoint consult). Each
// row gets the same input to the library and to the CLI, and checks both wordings.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles, type LintFilesOptions } from '../src/api/lint-files.js';
import { lintInput } from '../src/cli/lint-inputs.js';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { fixText } from '../src/fix/fix-text.js';
import { lintText } from '../src/lint/lint-text.js';
import { LIBRARY_WORDS, type CallerWords } from '../src/lint/caller-words.js';
import type { LintOptions } from '../src/lint/types.js';
import type { InputFailure } from '../src/reporters/reporter.js';
import { runCli } from './support/run-cli.js';

let dir: string;

// Each row's inputs; a config file is written only for the rows that name one.
const FILES: Record<string, string> = {
  'two.json': '{"phoneNumber": "+13175550142"}\n{"phoneNumber": "+13175550143"}\n',
  'speak.json': '{"speakTo": "NOPE"}\n',
  'plain.json': '{"phoneNumber": "+13175550142"}\n',
  // A logged request sent as a body: a .json file holding one is read as the capture it is.
  'logged.har': JSON.stringify({ log: { entries: [{ request: { method: 'POST',
    url: 'https://h.io/api/v2/conversations/calls', postData: { mimeType: 'application/json',
      text: '{"method": "POST", "url": "/api/v2/conversations/calls", "body": {}}' } } }] } }),
  'long-number.json': '{"phoneNumber": "317 555 0100 1234"}\n',
  'no-log.har': '{"entries": []}\n',
  'note.http': 'not a request\n',
  'zipped.http': 'POST /api/v2/conversations/calls HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n' +
    '0\r\n\r\n',
  'near.http': 'POST /api/v2/conversations/callz HTTP/1.1\r\nContent-Type: application/json\r\n\r\n' +
    '{"phoneNumber": "+13175550142"}\r\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gcl-words-'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  // Sparse: its size is what the limit is checked against, before a byte of it is read.
  writeFileSync(join(dir, 'big.json'), '');
  truncateSync(join(dir, 'big.json'), 70 * 1024 * 1024);
  // Told by its content, from a first line that goes on past the limit.
  writeFileSync(join(dir, 'long-line.log'), '{"note":"');
  truncateSync(join(dir, 'long-line.log'), 70 * 1024 * 1024);
  mkdirSync(join(dir, 'folder-config'));
  for (const [folder, config] of Object.entries(CONFIGS)) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'plain.json'), FILES['plain.json']!);
    if (config === null) symlinkSync('nowhere.json', join(dir, folder, 'genesys-call-lint.config.json'));
    else writeFileSync(join(dir, folder, 'genesys-call-lint.config.json'), config);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Folders with a config file found by looking up; null: a link to nothing.
const CONFIGS: Record<string, string | null> = {
  'broken-json': '{\n',
  'typo-endpoint': '{"endpoint": "consultt"}\n',
  dangling: null,
};

/** Everything a lintFiles call says: hints, notices, skip reasons, or the UsageError's hint. */
async function libraryText(patterns: string[], options: LintFilesOptions): Promise<string> {
  try {
    const { results, failures, skipped } = await lintFiles(patterns, options);
    return [
      ...results.flatMap((r) => [...r.findings.map((f) => f.hint), ...r.notices.map((n) => n.message)]),
      ...failures.map((f) => `${f.message}\n${f.hint}`),
      ...skipped.map((s) => s.reason),
    ].join('\n');
  } catch (error) {
    return (error as { hint?: string }).hint ?? String(error);
  }
}

interface Row {
  name: string;
  /** The folder below the test folder that paths start from (default: the test folder). */
  folder?: string;
  patterns: string[];
  options: LintFilesOptions;
  argv: string[];
  library: string;
  flags: string;
}

const ROWS: Row[] = [
  {
    name: 'a misspelt endpoint',
    patterns: ['plain.json'], options: { config: false, endpoint: 'consultt' },
    argv: ['--no-config', '-e', 'consultt', 'plain.json'],
    library: 'Did you mean endpoint: "consult"? (ENDPOINTS lists them all.)',
    flags: 'Did you mean --endpoint consult? (genesys-call-lint --help lists them all.)',
  },
  {
    name: 'a path near an endpoint\'s',
    patterns: ['plain.json'], options: { config: false, endpoint: 'POST /api/v2/conversations/callz' },
    argv: ['--no-config', '-e', 'POST /api/v2/conversations/callz', 'plain.json'],
    library: '"POST /api/v2/conversations/calls" (endpoint: "create-call").',
    flags: '"POST /api/v2/conversations/calls" (--endpoint create-call).',
  },
  {
    name: 'a path near no endpoint',
    patterns: ['plain.json'], options: { config: false, endpoint: '/api/v2/conversations/foo/bar/baz/qux/quux' },
    argv: ['--no-config', '-e', '/api/v2/conversations/foo/bar/baz/qux/quux', 'plain.json'],
    library: 'ENDPOINTS lists the endpoint short names.',
    flags: 'Run genesys-call-lint --help for the endpoint short names.',
  },
  {
    name: 'an endpoint that takes no body',
    patterns: ['plain.json'], options: { config: false, endpoint: 'barge' },
    argv: ['--no-config', '-e', 'barge', 'plain.json'],
    library: 'Send that request without a body; ENDPOINTS gives each endpoint\'s body model, null ' +
      'where it takes none.',
    flags: 'Send that request without a body; --help lists the endpoints whose bodies are linted.',
  },
  {
    name: 'endpoint auto that cannot decide',
    patterns: ['speak.json'], options: { config: false, endpoint: 'auto' },
    argv: ['--no-config', '-e', 'auto', 'speak.json'],
    library: 'they give different findings. Pass the endpoint option to choose.',
    flags: 'they give different findings. Pass --endpoint to choose.',
  },
  {
    name: 'a body file holding a log',
    patterns: ['two.json'], options: { config: false },
    argv: ['--no-config', 'two.json'],
    library: 'name it .ndjson or pass inputFormat: "ndjson" (a lintFiles option).',
    flags: 'name it .ndjson or pass --input-format ndjson.',
  },
  {
    name: 'a logged request sent as a body',
    patterns: ['logged.har'], options: { config: false },
    argv: ['--no-config', 'logged.har'],
    library: 'as a line of a .ndjson log, or with inputFormat: "ndjson" (a lintFiles option), it ' +
      'is read for the body it holds',
    flags: 'as a line of a .ndjson log, or with --input-format ndjson, it is read for the body',
  },
  {
    name: 'a national number with no default country',
    patterns: ['long-number.json'], options: { config: false },
    argv: ['--no-config', 'long-number.json'],
    library: 'e.g. defaultCountry: "US", to get the exact form',
    flags: 'e.g. --country US, to get the exact form',
  },
  {
    name: 'digits too many for a national number, with no default country',
    patterns: ['long-number.json'], options: { config: false },
    argv: ['--no-config', 'long-number.json'],
    library: 'no country is known to judge them by (the defaultCountry option, or a callback',
    flags: 'no country is known to judge them by (--country, or a callback',
  },
  {
    name: 'a .har file that is no HAR',
    patterns: ['no-log.har'], options: { config: false },
    argv: ['--no-config', 'no-log.har'],
    library: "or pass lintFiles' inputFormat option for what the file holds.",
    flags: 'or pass --input-format for what the file holds.',
  },
  {
    name: 'a .http file that holds no request',
    patterns: ['note.http'], options: { config: false },
    argv: ['--no-config', 'note.http'],
    library: "or pass lintFiles' inputFormat option for what the file holds.",
    flags: 'or pass --input-format for what the file holds.',
  },
  {
    name: 'a captured request with an encoded body',
    patterns: ['zipped.http'], options: { config: false },
    argv: ['--no-config', 'zipped.http'],
    library: 'save it to a file and pass that, with the endpoint option.',
    flags: 'save it to a file and pass that, with --endpoint.',
  },
  {
    name: 'a captured request to a path near an endpoint\'s',
    patterns: ['near.http'], options: { config: false },
    argv: ['--no-config', 'near.http'],
    library: '(endpoint: "create-call").',
    flags: '(--endpoint create-call).',
  },
  {
    name: 'a config named that is a folder',
    patterns: ['plain.json'], options: { config: 'folder-config' },
    argv: ['--config', 'folder-config', 'plain.json'],
    library: 'Check the path given to the config option, or pass config: false.',
    flags: 'Check the path given to --config, or run with --no-config.',
  },
  {
    name: 'a config found that is no JSON',
    folder: 'broken-json', patterns: ['plain.json'], options: {},
    argv: ['plain.json'],
    library: 'or pass config: false to ignore it.',
    flags: 'or run with --no-config to ignore it.',
  },
  {
    name: 'a config found that is a link to nothing',
    folder: 'dangling', patterns: ['plain.json'], options: {},
    argv: ['plain.json'],
    library: 'Point the link at the config file, remove it, or pass config: false.',
    flags: 'Point the link at the config file, remove it, or run with --no-config.',
  },
  {
    name: 'a config with a misspelt endpoint',
    folder: 'typo-endpoint', patterns: ['plain.json'], options: {},
    argv: ['plain.json'],
    // A value of the file's own key: "consult", in the library's words and the CLI's alike.
    library: 'Did you mean "consult"? (ENDPOINTS lists them all.) Allowed: short names ' +
      'from ENDPOINTS, "METHOD /path" or "auto".',
    flags: 'Did you mean "consult"? (genesys-call-lint --help lists them all.) Allowed: ' +
      'short names from genesys-call-lint list-endpoints, "METHOD /path" or "auto".',
  },
  {
    name: 'a body file over the size limit',
    patterns: ['big.json'], options: { config: false },
    argv: ['--no-config', 'big.json'],
    library: 'is 70 MB (73400320 bytes), over the size limit of 64 MB (67108864 bytes); skipped\n' +
      'If the file really is one body, read it yourself and pass the text to lintText: lintFiles ' +
      'reads a body file whole only up to that size.',
    flags: 'is 70 MB (73400320 bytes), over the --max-file-size limit of 64 MB (67108864 bytes); ' +
      'skipped\n  Raise the limit, e.g. --max-file-size 70 (in MB), if the file really is one body.',
  },
  {
    name: 'a log told by its content whose first line runs past the size limit',
    patterns: ['long-line.log'], options: { config: false },
    argv: ['--no-config', 'long-line.log'],
    library: 'has a first line longer than the size limit of 64 MB (67108864 bytes), so whether ' +
      'it is one body or a log of one JSON value per line cannot be told; skipped\nIf it is a ' +
      'log, name it .ndjson or pass inputFormat: "ndjson" (a lintFiles option): a log is read ' +
      'line by line, at any size. If the file really is one body, read it yourself',
    flags: 'has a first line longer than the --max-file-size limit of 64 MB (67108864 bytes), so ' +
      'whether it is one body or a log of one JSON value per line cannot be told; skipped\n  If ' +
      'it is a log, name it .ndjson or pass --input-format ndjson: a log is read line by line, ' +
      'at any size. Raise the limit, e.g. --max-file-size 70 (in MB)',
  },
  {
    name: 'negated globs alone',
    patterns: ['!old/**'], options: { config: false },
    argv: ['--no-config', '!old/**'],
    library: 'Add the folders, files or globs to lint, e.g. lintFiles([\'.\', \'!old/**\']).',
    flags: 'Add the folders, files or globs to lint, e.g. genesys-call-lint . \'!old/**\'.',
  },
];

describe('the library names options, the CLI flags', () => {
  test.each(ROWS)('$name', async ({ folder, patterns, options, argv, library, flags }) => {
    const cwd = folder === undefined ? dir : join(dir, folder);
    const said = await libraryText(patterns, { ...options, cwd });
    expect(said).toContain(library);
    expect(said).not.toMatch(/(^|[\s(])--[a-z]|genesys-call-lint [a-z.-]/m);
    const run = await runCli(argv, { cwd });
    expect(run.stdout + run.stderr).toContain(flags);
  });
});

// A file listed, then replaced by what is no file before it is read (a folder here): lintFiles
// cannot pipe it to the CLI's "-".
describe('an input that stopped being a file', () => {
  test.each(['json', 'ndjson'] as const)('read as %s', async (format) => {
    const hints = async (words: CallerWords | undefined): Promise<string[]> => {
      const failures: InputFailure[] = [];
      await lintInput({ path: join(dir, 'folder-config'), name: 'gone.json', format, endpoint: undefined }, {
        lintOptions: () => ({}),
        onResult: async () => undefined,
        onFailure: (failure) => failures.push(failure),
        onSkipped: () => undefined,
        ...(words === undefined ? {} : { words }),
      });
      return failures.map((f) => f.hint);
    };
    expect(await hints(LIBRARY_WORDS)).toEqual([
      'Pass the body as a file, or read it yourself and pass the text to lintText.',
    ]);
    expect(await hints(undefined)).toEqual(['Pass the body as a file, or pipe it to genesys-call-lint -.']);
  });
});

describe('lintText, fixText and resolveEndpoint use the library\'s words', () => {
  const cases: Array<[string, string, LintOptions, string]> = [
    ['a log given as one body', FILES['two.json']!, {},
      'name it .ndjson or pass inputFormat: "ndjson" (a lintFiles option).'],
    ['auto that cannot decide', FILES['speak.json']!, { endpoint: 'auto' }, 'Pass the endpoint option to choose.'],
  ];
  test.each(cases)('%s', (_name, text, options, words) => {
    const linted = lintText(text, options);
    const fixed = fixText(text, options).result;
    for (const result of [linted, fixed]) {
      const said = [...result.findings.map((f) => f.hint), ...result.notices.map((n) => n.message)];
      expect(said.join('\n')).toContain(words);
    }
  });

  test('an unknown endpoint is a UsageError with the option in its hint', () => {
    expect(() => lintText('{}', { endpoint: 'consultt' })).toThrow(expect.objectContaining({
      hint: 'Did you mean endpoint: "consult"? (ENDPOINTS lists them all.)',
    }));
    const resolution = resolveEndpoint('consultt');
    expect(resolution.ok ? '' : resolution.hint).toBe('Did you mean endpoint: "consult"? (ENDPOINTS lists them all.)');
  });
});
