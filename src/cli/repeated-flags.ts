// A flag that holds one value, given twice with two values ("-f json -f compact", "-o r1 -o r2",
// "--shard 1/2 --shard 2/2"): yargs kept the last without a word, so a CI line that set a flag
// in two places ran with whichever came last, and wrote one report file of two. Refused, as -qq
// and a --param given twice are; the same value twice is harmless and passes. --rule, --param and
// the inputs are lists and may repeat.
import { quote } from '../lint/quote.js';
import { UsageError } from '../lint/usage-error.js';

/** yargs's key for each one-value flag of lint and send, with the flag as the user writes it. */
const ONE_VALUE_FLAGS: Readonly<Record<string, string>> = {
  endpoint: 'endpoint', format: 'format', stdinFilename: 'stdin-filename', country: 'country',
  config: 'config', inputFormat: 'input-format', outputFile: 'output-file',
  maxWarnings: 'max-warnings', maxFileSize: 'max-file-size', printConfig: 'print-config',
  cacheLocation: 'cache-location', cacheStrategy: 'cache-strategy', shard: 'shard',
  region: 'region', clientId: 'client-id', clientSecret: 'client-secret',
  accessToken: 'access-token', gateway: 'gateway', journal: 'journal', concurrency: 'concurrency',
  timeout: 'timeout', maxRetries: 'max-retries', maxRateRetries: 'max-rate-retries',
  maxRetryAfter: 'max-retry-after', backoffBase: 'backoff-base', backoffMax: 'backoff-max',
};

// Their values are never printed: a secret, or a gateway URL that may hold a password.
const UNSHOWN = new Set(['client-secret', 'access-token', 'gateway']);

/** Refuses the first one-value flag in a yargs parse that holds two different values. */
export function checkRepeatedFlags(parsed: Record<string, unknown>): void {
  for (const [key, flag] of Object.entries(ONE_VALUE_FLAGS)) {
    const given = parsed[key];
    if (!Array.isArray(given)) continue;
    // A bare flag ("" or true) is told that it needs a value elsewhere; false is its --no- form.
    const values = given.filter((v) => v === false || (typeof v === 'string' && v !== ''));
    const second = values.find((v) => v !== values[0]);
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
