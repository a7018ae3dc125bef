// --fix and --fix-dry-run. A file holding one JSON body is fixed (src/fix/fix-text.ts) and then
// linted as fixed, so the report lists what is left. --fix writes the file back atomically when
// something changed; --fix-dry-run prints a unified diff on stdout instead and writes nothing.
// A body that does not parse gets no fixes, so its file is never written. Captures (NDJSON, HAR,
// raw HTTP, a Postman collection, a logged request) embed their bodies in another format and are
// only linted.
import { fixTextFor } from '../fix/fix-text.js';
import { decodeBytes, type Decoded } from '../input/decode-bytes.js';
import { detectFormat, detectionText } from '../input/detect-format.js';
import { jsonDocumentOf } from '../input/not-a-body.js';
import { UsageError } from '../lint/usage-error.js';
import { escapeName } from '../reporters/ansi.js';
import type { CliOptions } from './args.js';
import { CLI_WORDS } from './cli-words.js';
import { diffOf, outsideNote } from './fix-diff.js';
import type { LintResult } from '../lint/types.js';
import { withoutFixes } from '../lint/without-fixes.js';
import { lintDocument, lintInput, type InputHandlers, type InputSpec } from './lint-inputs.js';
import type { CliIo } from './main.js';
import { readRegularFile } from './read-regular-file.js';
import { ChangedSinceReadError, writeAtomically } from './write-atomically.js';

export type FixMode = NonNullable<CliOptions['fix']>;

export interface FixRun {
  /** Fixes one input where it can, then lints it; other inputs are linted as they are. */
  lintInput(input: InputSpec, handlers: InputHandlers): Promise<void>;
  /** Says once, on stderr, which captures were left as they were. */
  finish(): void;
}

/** --fix has no file to write for stdin: refused before anything is read. */
export function checkFixInputs(options: CliOptions): void {
  if (options.fix !== 'write') return;
  if (options.inputs.length === 0 || options.inputs.includes('-')) {
    throw new UsageError('--fix rewrites files, and standard input is not one',
      'Name the files, directories or globs to fix; to see the fixes for a piped body, use ' +
      '--fix-dry-run, which prints them as a diff.');
  }
}

/** Handlers whose results claim no fix: --fix has done what it will do for that input. */
function withFixesLeft(handlers: InputHandlers): InputHandlers {
  return { ...handlers, onResult: (result: LintResult) => handlers.onResult(withoutFixes(result)) };
}

/**
 * A FIFO named as an input (`<(jq . b.json)`) is read as stdin is, and has no file to write
 * either: refused as stdin is, where the write failed with ENOENT after linting.
 */
export function checkFixSpecs(mode: FixMode, specs: readonly InputSpec[]): void {
  const pipe = specs.find((spec) => spec.path === undefined);
  if (mode !== 'write' || pipe === undefined) return;
  throw new UsageError(`--fix rewrites files, and ${pipe.name} is a pipe, read as standard input`,
    'Name the file the pipe reads from to fix it; to see the fixes for what it gives, use ' +
    '--fix-dry-run, which prints them as a diff.');
}

/** What the dry run's diff has named so far: files outside the cwd, and how many others. */
interface DiffedFiles {
  outside: string[];
  insideCount: number;
}

/**
 * The handlers of a log read as a capture, which counts it among the captures: not when it
 * turns out to be send's journal (send-journal.ts), skipped with a note of its own.
 */
function asCapture(name: string, handlers: InputHandlers, captures: string[]): InputHandlers {
  captures.push(name);
  const { onNotBody } = handlers;
  if (onNotBody === undefined) return handlers;
  return { ...handlers, onNotBody: (file, what) => {
    captures.splice(captures.lastIndexOf(name), 1);
    onNotBody(file, what);
  } };
}

export function createFixRun(mode: FixMode, io: Pick<CliIo, 'stdout' | 'stderr' | 'cwd'>): FixRun {
  const captures: string[] = [];
  // For one note at the end about files the diff can only name by absolute path.
  const diffed: DiffedFiles = { outside: [], insideCount: 0 };
  return {
    lintInput: async (input, handlers) => {
      const bytes = input.bytes ?? (await readBytes(input));
      // Unreadable: the ordinary path reports why. A log streamed from stdin is a capture.
      if (!bytes && input.piped === undefined) return lintInput(input, handlers);
      // Decoded once here, for the collection test and the fixer both.
      const decoded = bytes &&
        (input.format ?? detectFormat(input.name, detectionText(bytes))) === 'json'
        ? decodeBytes(bytes) : undefined;
      if (!bytes || decoded === undefined) {
        return lintInput(input, asCapture(input.name, handlers, captures));
      }
      // A collection's requests and a logged request's body are linted but never rewritten (the
      // fixer knows bodies only, and would drop the request around one); parsed once, here.
      const document = decoded.ok ? jsonDocumentOf(decoded.text) : undefined;
      if (decoded.ok && (document?.kind === 'postman' || document?.kind === 'logged-request')) {
        captures.push(input.name);
        return lintDocument(document, decoded.text, input, handlers);
      }
      // A report of ours is left out with its note on this one parse: the fixer parsed it as a
      // body, and lintInput parsed it a third time to tell what the first parse had told.
      if (decoded.ok && document?.kind === 'not-body' && handlers.onNotBody !== undefined) {
        return lintDocument(document, decoded.text, input, handlers);
      }
      const fixed = await fixBody(bytes, decoded, input, handlers, mode, { ...io, diffed });
      // The fixer has run to its end: what it left, it would leave again, so none of the
      // findings reported now may claim that --fix fixes it.
      return lintInput({ ...input, bytes: fixed ?? bytes, format: 'json' }, withFixesLeft(handlers));
    },
    finish: () => {
      io.stderr.write(outsideNote(diffed.outside, diffed.insideCount));
      if (captures.length === 0) return;
      const count = captures.length === 1 ? 'a capture' : `${captures.length} captures`;
      // "never rewritten", not "linted but not fixed": a capture that could not be read was not
      // linted either, and says so on its own.
      io.stderr.write(`genesys-call-lint: ${count} (NDJSON, HAR, raw HTTP, Postman or a logged ` +
        `request) read but never rewritten: ${captures.map(escapeName).join(', ')}; fixes are ` +
        'written only to files holding one JSON body\n');
    },
  };
}

/**
 * Fixes one body and writes it back (--fix) or prints its diff (--fix-dry-run). Returns the
 * fixed bytes, to be linted in place of the file's; undefined when the file keeps its content.
 */
async function fixBody(
  bytes: Uint8Array,
  decoded: Decoded,
  input: InputSpec,
  handlers: InputHandlers,
  mode: FixMode,
  io: Pick<CliIo, 'stdout' | 'stderr' | 'cwd'> & { diffed: DiffedFiles },
): Promise<Uint8Array | undefined> {
  const before = textOf(bytes, decoded);
  if (before === undefined) {
    if (isUtf16(bytes)) {
      io.stderr.write(`genesys-call-lint: ${escapeName(input.name)}: not fixed: it is ` +
        'UTF-16 text, which --fix does not write; save it as UTF-8 to have it fixed\n');
    }
    return undefined;
  }
  // The fixes follow the file's own config (its endpoint mapping, rules and country).
  const options = handlers.lintOptions(input.name, input.endpoint, input.config);
  const { output, notFixed } = fixTextFor(before, options, handlers.words ?? CLI_WORDS);
  if (notFixed) {
    io.stderr.write(`genesys-call-lint: ${escapeName(input.name)}: not fixed: ${notFixed}\n`);
  }
  if (output === before) return undefined;
  if (mode === 'dry-run') {
    const diff = await diffOf(input.name, io.cwd, before, output);
    if (diff.outside) io.diffed.outside.push(diff.outside);
    else io.diffed.insideCount++;
    await io.stdout.write(diff.text);
  } else if (!(await save(input, output, bytes, handlers))) return undefined;
  return new TextEncoder().encode(output);
}

async function readBytes(input: InputSpec): Promise<Uint8Array | undefined> {
  if (input.path === undefined) return undefined;
  const read = await readRegularFile(input.path, input.maxBytes);
  return read.ok ? read.bytes : undefined;
}

/** The text to fix, with its UTF-8 byte-order mark if it had one; undefined for UTF-16. */
function textOf(bytes: Uint8Array, decoded: Decoded): string | undefined {
  if (isUtf16(bytes)) return undefined;
  if (!decoded.ok) return undefined;
  // decodeBytes drops the mark; fixText keeps one it is given, so the file keeps it too.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return hasBom ? `\uFEFF${decoded.text}` : decoded.text;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Writes the fixed text over the file, if it still holds `read`, the bytes the text came from. */
async function save(input: InputSpec, text: string, read: Uint8Array, handlers: InputHandlers,
): Promise<boolean> {
  try {
    await writeAtomically(input.path!, text, read);
    return true;
  } catch (error) {
    if (error instanceof ChangedSinceReadError) {
      // The new content is someone's edit, which only a fix made from it may replace. The report
      // lists the findings of the content as read, as for a file that could not be written.
      handlers.onFailure({
        file: input.name,
        message: 'not fixed: it changed after it was read (saved by an editor or another ' +
          'program), and its new content was left as it is',
        isWrite: true,
        hint: 'Run --fix again on it to fix the content it holds now.',
      });
      return false;
    }
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    handlers.onFailure({
      file: input.name,
      message: `could not be rewritten (${code}); it was left as it was`,
      isWrite: true,
      hint: 'Check that the file and its folder are writable; --fix-dry-run shows the fixes.',
    });
    return false;
  }
}
