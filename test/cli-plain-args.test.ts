// A command line of paths and a few everyday flags skips yargs (src/cli/args.ts, issue 6). It must
// give exactly the options yargs gives, and every other command line must still reach yargs.
import { describe, expect, test } from '@jest/globals';
import { parseArgs, parseWithYargs, simpleCommandLine } from '../src/cli/args.js';

/** A parse's value or its error's text, so that failures compare too. */
function settle(parsing: Promise<unknown>): Promise<unknown> {
  return parsing.then((value) => ({ value }), (error: unknown) => ({ error: String(error) }));
}

const PLAIN: string[][] = [
  ['body.json'],
  ['a.json', 'b.json', 'payloads/'],
  ['payloads/**/*.json'],
  ['a.json', 'send'],
  ['a.json', 'explain'],
  ['1e3', '0x10', '007', 'true', 'null', 'NaN'],
  ['with space.json', 'a=b', 'ünïcode.json', '!not-a-flag'],
  ['version'],
  ['a.json', 'version', 'list-endpoints', 'completion', '$0'],
  ['--no-config', '-f', 'compact', 'payloads/'],
  ['payloads/', '--format', 'json', '--quiet'],
  ['-q', '--format=sarif', 'a.json', '--endpoint=transfer'],
  ['-e', 'POST /api/v2/conversations/calls', 'a.json'],
  ['-e', '123', '-c', 'my.config.json', 'a.json'],
  ['--config', 'x.json', '1e3'],
  ['--no-config'],
  ['-f', 'github'],
  ['--cache', 'payloads/'],
  ['--cache', '--cache-location', '.cache/', '--shard', '2/3', 'a.json'],
  ['--shard=1/1', '--cache-location=x', '--cache', 'dir'],
  // After "--" every word is a file: one named like a flag (as pre-commit passes a root-level
  // file), a command's name, "help", "-" and a second "--".
  ['a.json', '--'],
  ['--', '-q.json'],
  ['-q', '--no-config', '--', '-q.json', '-qq', '--quiet', 'a.json'],
  ['-f', 'compact', '--', 'send', 'explain', 'help', '-', '--', '-1'],
];

// The same flags, used in ways the simple route leaves to yargs (and yargs accepts or refuses).
const NOT_SIMPLE: string[][] = [
  ['a.json', '-f', 'xml'],
  ['a.json', '-f', 'json', '-f', 'compact'],
  ['a.json', '--config', 'x.json', '--no-config'],
  ['a.json', '-f'],
  ['a.json', '--format='],
  ['a.json', '-f=json'],
  ['a.json', '--quiet=true'],
  ['a.json', '-e', '-f', 'json'],
  ['a.json', '--endpoint', ''],
  ['a.json', '-fq'],
  ['a.json', '--formats', 'json'],
  ['-q', 'false', 'a.json'],
  ['--quiet', 'true', 'a.json'],
  ['--no-config', 'false', 'a.json'],
  ['-f', 'json', 'list-endpoints'],
  ['-q', 'explain', 'unknown-field'],
  ['--no-config', 'send', 'a.json'],
  ['-', 'a.json'],
  ['a.json', '-', '--no-config'],
  ['--cache', 'false', 'a.json'],
  ['--cache', '--cache', 'a.json'],
  ['--shard', '0/2', 'a.json'],
  ['--shard', '3/2', 'a.json'],
  ['--shard', '1/2', '--shard', '2/2', 'a.json'],
  ['--cache-location', 'x', 'a.json'],
  ['--cache-location', '--cache', 'a.json'],
];

const NOT_PLAIN: string[][] = [
  [],
  ['-'],
  ['--help'],
  ['a.json', '-f', 'json'],
  ['list-endpoints'],
  ['explain', 'unknown-field'],
  ['a.json', ''],
  // yargs drops a "help" among the paths; the plain route must leave that to yargs.
  ['help'],
  ['a.json', 'help'],
  ['--', 'a.json', ''],
  // Files named like flags, without "--": yargs refuses them.
  ['a.json', '-q.json'],
  ['-qq', 'a.json'],
  ...NOT_SIMPLE,
];

describe('paths and simple flags skip yargs with the same result', () => {
  for (const argv of PLAIN) {
    test(argv.join(' '), async () => {
      expect(simpleCommandLine(argv)).toBeDefined();
      expect(await parseArgs(argv, '1.2.3')).toEqual(await parseWithYargs(argv, '1.2.3'));
    });
  }
});

describe('everything else goes through yargs', () => {
  for (const argv of NOT_PLAIN) {
    test(JSON.stringify(argv), async () => {
      expect(await settle(parseArgs(argv, '1.2.3'))).toEqual(await settle(parseWithYargs(argv, '1.2.3')));
    });
  }
});
