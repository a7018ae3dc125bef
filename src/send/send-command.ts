// `genesys-call-lint send`: gather and lint the bodies, show the dry run, and only with --yes
// (or a yes at the terminal) log in and send them, journalled, reporting each outcome.
import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { CliOptions } from '../cli/args.js';
import { EXIT, type ExitCode } from '../cli/exit-codes.js';
import { PromptCancelled } from '../cli/ask-at-terminal.js';
import type { CliIo } from '../cli/main.js';
import { notBodyNote } from '../cli/not-body-note.js';
import { passedOverNote } from '../cli/passed-over-note.js';
import { skippedNotes } from '../cli/skipped-notes.js';
import { escapeControl, escapeName } from '../reporters/ansi.js';
import { failureLine } from '../reporters/failure-lines.js';
import { UsageError } from '../lint/usage-error.js';
import { readCredentials, readTarget, ENV, type Credentials, type Target } from './credentials.js';
import { gatherBodies, type Gathered } from './gather-bodies.js';
import { Journal, journalKey, type JournalWriteError, type WriteLine } from './journal.js';
import { checkJournalPath, journalDestinations, refuseOtherFile } from './journal-path.js';
import { whyNotDeleted, type LockLost } from './journal-lock.js';
import { formatExchange, formatLoginPlan, formatPlannedRequest } from './print-request.js';
import { createProgress } from './progress.js';
import { onStopSignal } from './stop-signals.js';
import { Secrets } from './redact.js';
import { scrubAnswers, scrubValue } from './scrub-answers.js';
import { createApiClient, isSdkInstalled, SDK_PACKAGE, type Exchange } from './sdk-client.js';
import { sendBatch, type ItemResult, type SendItem } from './send-batch.js';
import { exitWithLockLeft, sendExitCode, type SendCounts } from './send-exit-code.js';
import type { SendOptions } from './send-options.js';

/** The clock and dice, replaceable in tests, and the journal's writes. */
export interface SendDeps {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
  /** Writes a journal line and forces it to disk (journal.ts: writeAndSync unless given). */
  writeJournal?: WriteLine;
}

const REAL_DEPS: SendDeps = {
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  random: Math.random,
  now: () => new Date(),
};

export async function runSend(options: SendOptions, lint: CliOptions, io: CliIo,
  deps: SendDeps = REAL_DEPS): Promise<ExitCode> {
  const credentials = readCredentials(options.credentials, io.env);
  const target = readTarget(options.credentials, io.env);
  const secrets = new Secrets();
  if (credentials.kind === 'client-credentials') secrets.addClientPair(credentials.clientId, credentials.clientSecret);
  if (credentials.kind === 'access-token') secrets.add(credentials.token);
  const out = (text: string): unknown => io.stdout.write(secrets.scrub(text));
  const err = (text: string): unknown => io.stderr.write(secrets.scrub(text));

  // Before anything is read or sent: a journal that cannot be kept must not fail after the login.
  const journalPath = options.journal === false ? undefined
    : checkJournalPath(resolve(io.cwd, options.journal), options.journal);
  const written = journalPath === undefined ? {} : { writtenFiles: journalDestinations(journalPath) };
  const skipped = skippedNotes(err);
  const gathered = await gatherBodies({ inputs: options.inputs, cwd: io.cwd, params: options.params,
    paramNames: options.paramNames, onNotBody: (file, what) => err(notBodyNote(file, what)),
    onSkipped: skipped.onSkipped, onPassedOver: (file) => err(passedOverNote(file, io.cwd)),
    onLeftOut: err,
    readStdin: io.readStdin, ...written, lint: { endpoint: lint.endpoint, config: lint.config,
      rules: lint.rules, country: lint.country, inputFormat: lint.inputFormat,
      stdinFilename: lint.stdinFilename, maxBytes: lint.maxFileSize } });
  skipped.finish();
  if (journalPath !== undefined) refuseOtherFile(journalPath, options.journal as string);
  const counts: SendCounts = { sent: 0, alreadySent: 0, refused: 0, unusable: 0, failed: 0,
    unresolved: 0, notSent: 0, unrecorded: 0 };
  const items = selectItems(gathered, options, counts, out, err);
  const origins = originsOf(target);
  // Only a run that may send locks the journal: a dry run with no one to say yes only reads it.
  const mayWrite = options.yes || io.confirm !== undefined;
  const lockAs = mayWrite && options.journal !== false ? options.journal : undefined;
  const journal = Journal.open(journalPath, { destination: origins.api, scrub: (text) => secrets.scrub(text),
    lockAs, writeLine: deps.writeJournal });
  // A run stopped by a signal releases its lock and still tells what it did; requests in flight
  // have an attempt line without an outcome, so a rerun holds them back.
  const stopHandling = lockAs === undefined ? () => undefined : onStopSignal((signal) => {
    closeJournal(journal, lockAs, err);
    err(`genesys-call-lint: stopped by ${signal}; a request in flight may have been placed, and ` +
      'the journal holds it back\n');
    out(summary(counts, journalPath));
  });
  let code: ExitCode;
  try {
    code = await showAndSend({ options, io, deps, credentials, target, secrets, out, err, items, counts,
      journal, journalPath, origins });
  } finally {
    stopHandling();
    closeJournal(journal, lockAs, err);
  }
  return journal.lockLeft === undefined ? code : exitWithLockLeft(code);
}

/**
 * Closes the journal; a lock it could not delete, or found not to be its own any more, is named
 * on stderr, once.
 */
function closeJournal(journal: Journal, shown: string | undefined,
  err: (text: string) => unknown): void {
  const wasTold = journal.lockLeft !== undefined || journal.lockLost !== undefined;
  journal.close();
  const [left, lost] = [journal.lockLeft, journal.lockLost];
  if (wasTold) return;
  if (left !== undefined) {
    err(`genesys-call-lint: the journal's lock could not be deleted (${left.reason}): ` +
      `${escapeName(left.lock)}\n  The run is over and its journal is complete. ` +
      `${whyNotDeleted(left.reason)}, and delete the lock before the next run: a run that finds ` +
      'it may stop, taking the journal to be in use.\n');
  }
  if (lost !== undefined) err(lockLostText(lost, shown));
}

/**
 * A warning, not a failure: this run's own outcomes are all recorded and its exit code stands,
 * but while its lock was not its own another run may have sent from the same journal.
 */
function lockLostText(lost: LockLost, shown: string | undefined): string {
  const { now } = lost;
  const what = now === 'none' ? 'was deleted during this run'
    : now === 'other' ? 'was replaced during this run, by a file this tool did not write'
      : `was replaced during this run, by the lock of another run (pid ${now.pid}` +
        `${now.host === hostname() ? '' : ` on ${escapeControl(now.host)}`})`;
  const journal = shown === undefined ? 'the journal' : `the journal ${escapeName(shown)}`;
  return `genesys-call-lint: WARNING: the lock of ${journal} ${what}: ` +
    `${escapeName(lost.lock)}\n  Another run may have sent bodies from the same journal at ` +
    'the same time. Look in the journal for a key with more than one "succeeded" outcome (a ' +
    'body sent twice) and check those calls in Genesys Cloud; let one run at a time use the ' +
    'journal, and delete its lock by hand only when no run is going.\n';
}

/** What runSend has gathered and opened, for showAndSend. */
interface SendRun {
  options: SendOptions;
  io: CliIo;
  deps: SendDeps;
  credentials: Credentials;
  target: Target;
  secrets: Secrets;
  out: (text: string) => unknown;
  err: (text: string) => unknown;
  items: SendItem[];
  counts: SendCounts;
  journal: Journal;
  journalPath: string | undefined;
  origins: { api: string; login: string };
}

/** The dry run, the question, and the batch if the answer is yes. */
async function showAndSend(run: SendRun): Promise<ExitCode> {
  const { options, io, deps, credentials, target, secrets, out, err, items, counts, journal, origins } = run;
  const isSentOf = (item: SendItem): boolean => {
    const state = journal.stateOf(item.key);
    return options.resend || state === 'new' || state === 'failed';
  };
  // Bodies the journal will skip or hold back: the dry run does not count them.
  const passedOver = items.filter((item) => !isSentOf(item)).length;
  const wouldSend = items.length - passedOver;
  // No login happens when nothing is sent: every body refused, unusable or passed over.
  if (wouldSend > 0) out(formatLoginPlan(credentials, origins.login));
  for (const item of items) {
    const state = journal.stateOf(item.key);
    const isSent = isSentOf(item);
    const note = isSent ? ''
      : state === 'succeeded'
        ? `# (the journal records this body as sent ${whereTo(journal, item.key, origins.api)}: it ` +
          'will be skipped)\n'
        : '# (the journal records an attempt without an answer: it will be held back)\n';
    out(note + formatPlannedRequest(item.request, { input: item.input, apiOrigin: origins.api, credentials }));
  }
  // Asked only about what would be sent: the journal's skipped and held-back bodies are not.
  const answer = items.length === 0 ? false : await isConfirmed(options, io, wouldSend, origins.api);
  if (answer instanceof PromptCancelled) {
    out('Cancelled: nothing was sent.\n');
    // Ctrl-D ends the input without an answer: the default, N, as if it had been typed.
    return answer.isInterrupt ? EXIT.CANCELLED : dryRunExit(counts);
  }
  if (!answer) {
    const passed = passedOver > 0 ? ` (${passedOver} passed over, as the journal says above)` : '';
    // With no body ready there is no dry run to speak of, with --yes or without.
    out(items.length === 0 ? 'Nothing was sent: no body is ready to send.\n'
      : `Dry run: nothing was sent. ${wouldSend} request${wouldSend === 1 ? '' : 's'} would be ` +
        `sent${passed}; add --yes to send.\n`);
    // Said now rather than after --yes: a broken install cannot send what the dry run shows.
    if (items.length > 0 && !isSdkInstalled()) {
      err(`genesys-call-lint: note: the Genesys Cloud SDK (${SDK_PACKAGE}) is not installed, so ` +
        '--yes would fail\n  Reinstall genesys-call-lint with its dependencies (npm ci in a checkout).\n');
    }
    return items.length === 0 ? sendExitCode(counts) : dryRunExit(counts);
  }
  checkReadyToSend(credentials, target);

  // A login answer's token is registered before the answer is logged: another of its fields may
  // quote it ("issued T"), where only the scrub, not the redaction of token fields, catches it.
  // Its strings are scrubbed before the answer is written as JSON, which would escape a "\u0061"
  // in them again, to a form the scrub of the printed line no longer reads as an escape.
  const logExchange = (exchange: Exchange): void => {
    secrets.addTokensOf(exchange.answer);
    err(formatExchange({ ...exchange, answer: scrubValue(exchange.answer, secrets) }));
  };
  const client = scrubAnswers(await createApiClient({ region: target.region, gateway: target.gateway,
    timeoutMs: options.timeoutMs, ...(options.verbose ? { onExchange: logExchange } : {}) }), secrets);
  const progress = createProgress(io.stderr, items.length);
  let done = 0;
  try {
    const settings = { concurrency: options.concurrency, bounds: options.bounds, resend: options.resend,
      retryUnknownOutcome: options.retryUnknownOutcome };
    await sendBatch(items, settings, {
      client, credentials, journal, ...deps,
      onToken: (token) => secrets.add(token),
      scrub: (text) => secrets.scrub(text),
      onResult: (item, result) => {
        tally(counts, result);
        progress.clear();
        out(describeResult(item, result));
        progress.update(++done, counts.failed + counts.notSent);
      },
    });
  } finally {
    progress.clear();
  }
  const failure = journal.writeFailure;
  if (failure !== undefined) err(journalFailureText(failure));
  out(summary(counts, run.journalPath));
  return sendExitCode(counts);
}

/** What a journal that could not be written means for a rerun, and what to do. */
function journalFailureText(failure: JournalWriteError): string {
  return `genesys-call-lint: ${failure.message}: ${escapeName(failure.path)}\n` +
    '  No body was sent after that. Make room on its disk (or fix the disk), then run again: ' +
    'bodies it records as sent are skipped, and one whose answer it could not record (see ' +
    '"not recorded" above) is held back; check that one in Genesys Cloud, then send it with ' +
    '--resend if it did not go through.\n';
}

/** Where the journal says a body went; an older journal's line does not say. */
function whereTo(journal: Journal, key: string, api: string): string {
  return journal.isDestinationRecorded(key) ? `to ${api}`
    : '(where to is not recorded: an older journal line)';
}

function selectItems(gathered: readonly Gathered[], options: SendOptions, counts: SendCounts,
  out: (text: string) => unknown, err: (text: string) => unknown): SendItem[] {
  const items: SendItem[] = [];
  const copies = new Map<string, number>(); // identical requests so far, by their first key
  for (const body of gathered) {
    if (body.kind === 'unusable') {
      counts.unusable++;
      // As lint's lines: the message and hint can name paths, escaped there too.
      err(failureLine({ file: body.input, message: body.message, hint: body.hint }));
    } else if (body.kind === 'refused' || (body.errors.length > 0 && !options.force)) {
      counts.refused++;
      const first = body.errors[0];
      out(`refused ${escapeName(body.input)}: ${body.errors.length} error finding${body.errors.length === 1 ? '' : 's'}` +
        `${first ? `, first ${first.line}:${first.column} ${first.ruleId}: ${first.message}` : ''}\n` +
        '  Fix the body (genesys-call-lint shows every finding); it is not sent.\n');
    } else {
      if (body.errors.length > 0) {
        err(`genesys-call-lint: WARNING --force: ${escapeName(body.input)} has ` +
          `${body.errors.length} error finding(s) and is sent anyway\n`);
      }
      const first = journalKey(body.request);
      const copy = (copies.get(first) ?? 0) + 1;
      copies.set(first, copy);
      items.push({ input: body.input, request: body.request, key: journalKey(body.request, copy) });
    }
  }
  return items;
}

/** Whether to send: --yes, or a yes at the terminal; the PromptCancelled for Ctrl-C or Ctrl-D there. */
async function isConfirmed(options: SendOptions, io: CliIo, count: number,
  origin: string): Promise<boolean | PromptCancelled> {
  if (options.yes) return true;
  if (io.confirm === undefined || count === 0) return false;
  try {
    return await io.confirm(`Send ${count} request${count === 1 ? '' : 's'} to ${origin}? [y/N] `);
  } catch (error) {
    if (error instanceof PromptCancelled) return error;
    throw error;
  }
}

function dryRunExit(counts: SendCounts): ExitCode {
  return counts.unusable > 0 ? EXIT.FAILURE : counts.refused > 0 ? EXIT.LINT_ERRORS : EXIT.OK;
}

function originsOf(target: Target): { api: string; login: string } {
  if (target.gateway) return { api: target.gateway.origin, login: target.gateway.origin };
  if (target.region) return { api: target.region.apiBase, login: target.region.loginBase };
  return { api: 'https://api.<region>', login: 'https://login.<region>' };
}

function checkReadyToSend(credentials: Credentials, target: Target): void {
  if (credentials.kind === 'none') {
    throw new UsageError('no credentials to send with',
      `Set ${ENV.clientId} and ${ENV.clientSecret}, or ${ENV.accessToken} for a user token.`);
  }
  if (target.region === undefined && target.gateway === undefined) {
    throw new UsageError('no region to send to', `Set ${ENV.region} (e.g. us_east_1 or mypurecloud.ie) or --region.`);
  }
}

function tally(counts: SendCounts, result: ItemResult): void {
  if (result.isUnrecorded) counts.unrecorded++;
  if (result.kind === 'sent') counts.sent++;
  else if (result.kind === 'failed') counts.failed++;
  else if (result.kind === 'already-sent') counts.alreadySent++;
  else if (result.kind === 'unresolved') counts.unresolved++;
  else counts.notSent++;
}

/**
 * One line per outcome, with indented detail lines under a failure. Server text (messages, codes,
 * ids) can hold line ends and terminal escapes: each line is escaped whole, so an answer can
 * neither forge an outcome line nor drive the terminal.
 */
export function describeResult(item: SendItem, result: ItemResult): string {
  const unrecorded = result.isUnrecorded ? ['  not recorded: the journal could not record this ' +
    'answer, so a rerun holds this body back'] : [];
  // Names as every other line shows them: control, bidi and invisible characters escaped.
  return [...resultLines(escapeName(item.input), result), ...unrecorded]
    .map((line) => `${escapeControl(line)}\n`).join('');
}

function resultLines(name: string, result: ItemResult): string[] {
  switch (result.kind) {
    case 'sent':
      return [`sent ${name}: ${result.status}` +
        `${result.conversationId === undefined ? '' : `, conversation ${result.conversationId}`}`];
    case 'already-sent':
      return [`skipped ${name}: the journal records it as sent (--resend sends it again)`];
    case 'unresolved':
      return [`held back ${name}: an earlier run sent it and got no readable answer, so the call may ` +
        'have been placed. Check in Genesys Cloud, then use --resend to send it again.'];
    case 'not-sent':
      return [`not sent ${name}: ${result.reason}`];
    case 'failed': {
      const e = result.error;
      const answer = e === undefined ? '' : ` ${e.status}${e.code === undefined ? '' : ` ${e.code}`}` +
        `${e.message === undefined ? '' : `: ${e.message}`}${e.contextId === undefined ? '' : ` (contextId ${e.contextId})`}`;
      return [`failed ${name}:${answer} [${result.reason}]`, ...(e?.more.map((line) => `  ${line}`) ?? []),
        ...(result.hint === undefined ? [] : [`  hint: ${result.hint}`])];
    }
  }
}

/** Whether a journal holds anything: a run stopped at its login leaves none. */
function hasLines(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}

function summary(counts: SendCounts, journal: string | undefined): string {
  return `\n${counts.sent} sent, ${counts.failed} failed, ${counts.alreadySent} already sent, ` +
    `${counts.unresolved} held back, ${counts.notSent} not sent, ${counts.refused} refused` +
    `${counts.unusable === 0 ? '' : `, ${counts.unusable} unusable (see stderr)`}` +
    `${counts.unrecorded === 0 ? '' : `, ${counts.unrecorded} not recorded (see stderr)`}` +
    `${journal === undefined ? '' : hasLines(journal) ? `; journal: ${journal}`
      : '; no journal written'}\n`;
}
