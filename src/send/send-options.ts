// The flags of `genesys-call-lint send`, declared on its yargs command and read into typed
// options. The lint flags (--endpoint, --config, --rule, ...) are shared with linting.
import type { Argv } from 'yargs';
import { escapeControl } from '../lint/escape-control.js';
import { quote } from '../lint/quote.js';
import { UsageError } from '../lint/usage-error.js';
import { paramGivenTwice, parseParamFlags, writtenParamNames, type ParamTwice }
  from './build-request.js';
import type { CredentialFlags } from './credentials.js';
import { DEFAULT_JOURNAL } from './journal.js';
import type { WrittenNames } from './param-short-names.js';
import { DEFAULT_BOUNDS, type RetryBounds } from './retry-policy.js';
import { MAX_TIMER_MS } from './timer-limit.js';

export interface SendOptions {
  inputs: string[];
  params: Record<string, string>;
  /** How each --param name was written (pid or participantId), for messages to quote. */
  paramNames: WrittenNames;
  credentials: CredentialFlags;
  yes: boolean;
  force: boolean;
  resend: boolean;
  /** Retry a request that may have been taken (a timeout, 500, 502, 504) on any endpoint. */
  retryUnknownOutcome: boolean;
  verbose: boolean;
  /** false for --no-journal. */
  journal: string | false;
  concurrency: number;
  timeoutMs: number;
  bounds: RetryBounds;
}

export const SEND_DESCRIPTION = 'Send the bodies to Genesys Cloud through the official SDK. A dry ' +
  'run unless --yes (or a yes at the terminal prompt); bodies with errors are never sent.';

export function addSendOptions(y: Argv): Argv {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'Bodies to send, as for linting.' })
    .option('param', { type: 'string', array: true,
      describe: 'A path parameter as name=value (conversationId or id, participantId or pid, ' +
        'communicationId or cid, userId); a name no endpoint of the run takes is refused. Repeatable.' })
    .option('region', { type: 'string', describe: 'Region name or domain (default: $GENESYSCLOUD_REGION).' })
    .option('client-id', { type: 'string', describe: 'OAuth client id (default: $GENESYSCLOUD_OAUTHCLIENT_ID).' })
    .option('client-secret', { type: 'string',
      describe: 'OAuth client secret (default: $GENESYSCLOUD_OAUTHCLIENT_SECRET; prefer the variable).' })
    .option('access-token', { type: 'string',
      describe: 'A user access token instead of client credentials (default: $GENESYSCLOUD_ACCESS_TOKEN).' })
    .option('gateway', { type: 'string',
      describe: 'Send through this gateway instead of the region\'s hosts: https, or http on loopback only.' })
    .option('yes', { alias: 'y', type: 'boolean', describe: 'Really send (without it: dry run).' })
    .option('force', { type: 'boolean', describe: 'Send bodies even when they have error findings.' })
    .option('resend', { type: 'boolean',
      describe: 'Send bodies the journal records as sent, or as attempted without an answer.' })
    .option('journal', { type: 'string',
      describe: `Journal file (default: ${DEFAULT_JOURNAL}); --no-journal keeps none.` })
    .option('verbose', { type: 'boolean', describe: 'Log each request and response, credentials redacted.' })
    .option('concurrency', { type: 'string', describe: 'Requests in flight at once (default 1).' })
    .option('timeout', { type: 'string', describe: 'Milliseconds for each exchange, login included, from ' +
      'sending the request to the whole answer read (default 16000).' })
    .option('max-retries', { type: 'string',
      describe: 'Retries after a 503 or no connection, and with --retry-unknown-outcome after a ' +
        `timeout, reset, 500, 502 or 504 too (default ${DEFAULT_BOUNDS.maxFaultRetries}).` })
    .option('retry-unknown-outcome', { type: 'boolean',
      describe: 'Retry a request that may have been carried out (a timeout, reset, 500, 502 or ' +
        '504): this can place a call twice. Without it such a request is sent once.' })
    .option('max-rate-retries', { type: 'string',
      describe: `Retries after 429 answers (default ${DEFAULT_BOUNDS.maxRateRetries}).` })
    .option('max-retry-after', { type: 'string',
      describe: 'Longest Retry-After to wait for, in seconds (default 180, as the official SDKs).' })
    .option('backoff-base', { type: 'string',
      describe: `First backoff step after a fault, in ms (default ${DEFAULT_BOUNDS.backoffBaseMs}).` })
    .option('backoff-max', { type: 'string',
      describe: `Longest backoff step, in ms (default ${DEFAULT_BOUNDS.backoffMaxMs}).` });
}

export function toSendOptions(parsed: Record<string, unknown>): SendOptions {
  const given = strings(parsed['param'], 'param');
  const params = parseParamFlags(given);
  if (typeof params === 'string') {
    throw new UsageError(`--param ${params}: write name=value`, 'e.g. --param conversationId=8f1b...');
  }
  refuseEmptyParam(given);
  refuseParamTwice(paramGivenTwice(given));
  const journal = last(parsed['journal']);
  return {
    inputs: [...((parsed['inputs'] as unknown[] | undefined) ?? []), ...(parsed['_'] as unknown[]).slice(1)]
      .map(String),
    params,
    paramNames: writtenParamNames(given),
    credentials: {
      clientId: text(parsed, 'clientId', 'client-id'),
      clientSecret: text(parsed, 'clientSecret', 'client-secret'),
      accessToken: text(parsed, 'accessToken', 'access-token'),
      region: text(parsed, 'region', 'region'),
      gateway: text(parsed, 'gateway', 'gateway'),
    },
    yes: last(parsed['yes']) === true,
    force: last(parsed['force']) === true,
    resend: last(parsed['resend']) === true,
    retryUnknownOutcome: last(parsed['retryUnknownOutcome']) === true,
    verbose: last(parsed['verbose']) === true,
    journal: journal === false ? false : (text(parsed, 'journal', 'journal') ?? DEFAULT_JOURNAL),
    concurrency: SEND_NUMBER_FLAGS.concurrency(parsed['concurrency']),
    timeoutMs: SEND_NUMBER_FLAGS.timeout(parsed['timeout']),
    bounds: {
      maxFaultRetries: SEND_NUMBER_FLAGS['max-retries'](parsed['maxRetries']),
      maxRateRetries: SEND_NUMBER_FLAGS['max-rate-retries'](parsed['maxRateRetries']),
      maxRetryAfterMs: SEND_NUMBER_FLAGS['max-retry-after'](parsed['maxRetryAfter']),
      backoffBaseMs: SEND_NUMBER_FLAGS['backoff-base'](parsed['backoffBase']),
      backoffMaxMs: SEND_NUMBER_FLAGS['backoff-max'](parsed['backoffMax']),
    },
  };
}

/**
 * send's number flags, each read with its default and least value. Also how a flag given twice
 * is compared (checkRepeatedFlags): "--concurrency 4 --concurrency 04" is one number.
 */
export const SEND_NUMBER_FLAGS = {
  concurrency: (value: unknown) => count(value, 'concurrency', 1, 1),
  timeout: (value: unknown) => delayMs(value, 'timeout', 16_000, 1),
  'max-retries': (value: unknown) =>
    count(value, 'max-retries', DEFAULT_BOUNDS.maxFaultRetries, 0),
  'max-rate-retries': (value: unknown) =>
    count(value, 'max-rate-retries', DEFAULT_BOUNDS.maxRateRetries, 0),
  'max-retry-after': (value: unknown) => delayMs(value, 'max-retry-after', 180, 0, 's'),
  'backoff-base': (value: unknown) =>
    delayMs(value, 'backoff-base', DEFAULT_BOUNDS.backoffBaseMs, 0),
  'backoff-max': (value: unknown) => delayMs(value, 'backoff-max', DEFAULT_BOUNDS.backoffMaxMs, 0),
} as const;

/**
 * A --param given twice with different values, refused, named as written: "--param pid" was
 * echoed as "--param participantId", and a short and a long name as one of them twice.
 */
function refuseParamTwice(twice: ParamTwice | undefined): void {
  if (twice === undefined) return;
  const { name, first, second } = twice;
  const values = `as ${quote(first.value)} and ${quote(second.value)}`;
  const [one, other] = [escapeControl(first.written), escapeControl(second.written)];
  if (one === other) {
    throw new UsageError(`--param ${one} is given twice, ${values}`,
      `Give ${one} once: a request goes to one ${name}.`);
  }
  throw new UsageError(`--param ${one} and --param ${other} both give ${name}, ${values}`,
    `Give ${name} once, under either name: a request goes to one ${name}.`);
}

/**
 * A --param with nothing after "=" ("participantId="), refused. It was read as no flag at all,
 * and the body was told its path needs the parameter, with the hint to pass the flag it had.
 */
function refuseEmptyParam(given: readonly string[]): void {
  const empty = given.find((value) => value.indexOf('=') === value.length - 1);
  if (empty === undefined) return;
  const name = escapeControl(empty.slice(0, -1));
  throw new UsageError(`--param ${name}= has an empty value`,
    `Write the ${name} after "=" (--param ${name}=<id>), or leave the flag out.`);
}

function last(value: unknown): unknown {
  return Array.isArray(value) ? value.at(-1) : value;
}

function text(parsed: Record<string, unknown>, key: string, flag: string): string | undefined {
  const value = last(parsed[key]);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  throw new UsageError(`--${flag} needs a value`, `Write --${flag} <value>.`);
}

function strings(value: unknown, flag: string): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  // A bare flag at the end of the line arrives as an empty list, which would pass unnoticed.
  if (values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
    throw new UsageError(`--${flag} needs a value`, `Write --${flag} <value>.`);
  }
  return values as string[];
}

// Read as text, not by yargs as numbers: "abc" became NaN and "1e999" Infinity in the message.
const WHOLE = /^\d{1,15}$/;

function count(value: unknown, flag: string, fallback: number, min: number): number {
  const chosen = last(value);
  if (chosen === undefined) return fallback;
  if (typeof chosen === 'string' && WHOLE.test(chosen) && Number(chosen) >= min) return Number(chosen);
  const written = typeof chosen === 'string' && chosen !== '' ? `"${chosen}"` : '(without a value)';
  if (typeof chosen === 'string' && /^\d+$/.test(chosen) && !WHOLE.test(chosen)) {
    throw new UsageError(`--${flag} ${written} is a whole number too large to use`,
      `Write e.g. --${flag} ${fallback}.`);
  }
  throw new UsageError(`--${flag} ${written} is not a whole number of ${min} or more`,
    `Write e.g. --${flag} ${fallback}.`);
}

/** A delay flag, in ms (or s), as ms; refused above what a timer holds (see timer-limit.ts). */
function delayMs(value: unknown, flag: string, fallback: number, min: number,
  unit: 'ms' | 's' = 'ms'): number {
  const msPerUnit = unit === 's' ? 1000 : 1;
  const most = Math.floor(MAX_TIMER_MS / msPerUnit);
  const chosen = last(value);
  // Checked before count(), so that a value of any length is told the largest that works.
  if (typeof chosen === 'string' && /^\d+$/.test(chosen) && Number(chosen) > most) {
    throw new UsageError(`--${flag} "${chosen}" is longer than a timer can wait: at most ` +
      `${most} ${unit} (about 24 days)`, `Write at most --${flag} ${most}.`);
  }
  return count(value, flag, fallback, min) * msPerUnit;
}
