// A flag that holds one value, given twice with two values ("-f json -f compact", "-o r1 -o r2",
// "--shard 1/2 --shard 2/2"): yargs kept the last without a word, so a CI line that set a flag
// in two places ran with whichever came last, and wrote one report file of two. Refused, as -qq
// and a --param given twice are; the same value twice is harmless and passes, in any spelling the
// flag reads as that value ("--max-warnings 0 --max-warnings 00"). --rule, --param and the inputs
// are lists and may repeat.
import { quote } from '../lint/quote.js';
import { UsageError } from '../lint/usage-error.js';

// Their values are never printed: a secret, or a gateway URL that may hold a password.
const UNSHOWN = new Set(['client-secret', 'access-token', 'gateway']);

/**
 * How flags read their values, by long name, where two spellings give one value: the number or
 * the text the run uses. A reader throws a UsageError for a value it cannot read.
 */
export type FlagReaders = Readonly<Record<string, (value: string) => string | number>>;

/**
 * Refuses the first one-value flag in a yargs parse that holds two different values. flags: the
 * long names of every flag that takes one value, as the user writes them ("stdin-filename").
 * Values are compared as `readers` read them; a value one cannot read, as it is written (its own
 * error comes once the flag is read for the run).
 */
export function checkRepeatedFlags(parsed: Record<string, unknown>, flags: readonly string[],
  readers: FlagReaders): void {
  for (const flag of flags) {
    const given = parsed[flag];
    if (!Array.isArray(given)) continue;
    // A bare flag ("" or true) is told that it needs a value elsewhere; false is its --no- form.
    const values = given.filter((v) => v === false || (typeof v === 'string' && v !== ''));
    const reader = Object.hasOwn(readers, flag) ? readers[flag] : undefined;
    const read = (v: unknown): unknown => (typeof v === 'string' && reader ? readOr(reader, v) : v);
    const first = read(values[0]);
    const second = values.find((v) => read(v) !== first);
    if (second === undefined) continue;
    if (UNSHOWN.has(flag)) {
      throw new UsageError(`--${flag} is given twice, with two different values (not shown)`,
        `Give --${flag} once.`);
    }
    throw givenTwice(flag, shown(flag, values[0]), shown(flag, second));
  }
}

/** The refusal of a flag given two values, each shown as the message should quote it. */
export function givenTwice(flag: string, first: string, second: string): UsageError {
  return new UsageError(`--${flag} is given twice, as ${first} and ${second}`,
    `Give --${flag} once, with the value you mean.`);
}

function readOr(reader: (value: string) => string | number, value: string): unknown {
  try {
    return reader(value);
  } catch (error) {
    if (error instanceof UsageError) return value;
    throw error;
  }
}

function shown(flag: string, value: unknown): string {
  return value === false ? `--no-${flag}` : quote(value);
}
