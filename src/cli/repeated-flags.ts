// A flag that holds one value, given twice with two values ("-f json -f compact", "-o r1 -o r2",
// "--shard 1/2 --shard 2/2"): yargs kept the last without a word, so a CI line that set a flag
// in two places ran with whichever came last, and wrote one report file of two. Refused, as -qq
// and a --param given twice are; the same value twice is harmless and passes. --rule, --param and
// the inputs are lists and may repeat.
import { quote } from '../lint/quote.js';
import { UsageError } from '../lint/usage-error.js';

// Their values are never printed: a secret, or a gateway URL that may hold a password.
const UNSHOWN = new Set(['client-secret', 'access-token', 'gateway']);

// How a flag reads its value, where two spellings name one thing: "--country US --country us" is
// one country (checkCountry in args.ts takes either case), so it is not refused as two.
const READ_AS: Readonly<Record<string, (value: string) => string>> = {
  country: (value) => value.toUpperCase(),
};

/**
 * Refuses the first one-value flag in a yargs parse that holds two different values. flags: the
 * long names of every flag that takes one value, as the user writes them ("stdin-filename").
 */
export function checkRepeatedFlags(parsed: Record<string, unknown>, flags: readonly string[]): void {
  for (const flag of flags) {
    const given = parsed[flag];
    if (!Array.isArray(given)) continue;
    // A bare flag ("" or true) is told that it needs a value elsewhere; false is its --no- form.
    const values = given.filter((v) => v === false || (typeof v === 'string' && v !== ''));
    const read = (v: unknown): unknown => (typeof v === 'string' ? READ_AS[flag]?.(v) ?? v : v);
    const second = values.find((v) => read(v) !== read(values[0]));
    if (second === undefined) continue;
    if (UNSHOWN.has(flag)) {
      throw new UsageError(`--${flag} is given twice, with two different values (not shown)`,
        `Give --${flag} once.`);
    }
    throw new UsageError(`--${flag} is given twice, as ${shown(flag, values[0])} and ` +
      `${shown(flag, second)}`, `Give --${flag} once, with the value you mean.`);
  }
}

function shown(flag: string, value: unknown): string {
  return value === false ? `--no-${flag}` : quote(value);
}
