// Which reader an input needs, from its name and its first bytes. --input-format overrides both.
import type { InputFormat } from './body-record.js';
import { readCapturedRequest } from './captured-request.js';
import { headText } from './decode-bytes.js';

/**
 * How much of an input's start is searched for a raw request's or a HAR's opening. A log's first
 * line is read whole however long it is (hasFirstLine): a record over 64 KiB still makes a log,
 * where it used to make the input one body with a syntax error at line 2.
 */
export const HEAD_BYTES = 64 * 1024;

/**
 * The text of bytes in hand that detectFormat is given: their first 64 KiB, decoded as standard
 * input's are (headText: UTF-16 by its byte-order mark, whatever breaks later). Decoded as UTF-8,
 * a UTF-16 log was taken for one body (a file over 1 MB or broken partway, and under --fix any).
 * All of them when the first line goes on past that (rare: a body pays for 64 KiB at most).
 */
export function detectionText(bytes: Uint8Array): string {
  const head = headText(bytes.subarray(0, HEAD_BYTES));
  return bytes.length <= HEAD_BYTES || hasFirstLine(head) ? head : headText(bytes);
}

/**
 * Whether the text holds the end of its first line with anything on it: all that detectFormat
 * reads of an input past its first 64 KiB.
 */
export function hasFirstLine(text: string): boolean {
  const start = text.search(/\S/);
  return start !== -1 && lineBreakAt(text, start) !== -1;
}

const BY_EXTENSION: Record<string, InputFormat> = {
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.har': 'har',
  '.http': 'http',
};

// Names that say the file is a log: a first line that is a whole JSON value makes it one, even
// when it is the only line (a capture of one request is still a capture, and never rewritten).
const LOG_EXTENSIONS = new Set(['.log', '.txt']);

const REQUEST_LINE = /^(?:> )?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP\/\d(?:\.\d)?$/;

/** The format the name alone gives (.ndjson, .jsonl, .har, .http), whatever the content. */
export function formatByName(name: string): InputFormat | undefined {
  return BY_EXTENSION[extensionOf(name)];
}

/**
 * How much of the input's start detectFormat needs: all of its first line, or (for a .json
 * file, one body unless it opens as a HAR) its first HEAD_BYTES, however long that line is.
 */
export function needsFirstLine(name: string): boolean {
  return extensionOf(name) !== '.json';
}

/** `start`: the input's text from its start to the end of its first line (hasFirstLine), or more. */
export function detectFormat(name: string, start: string): InputFormat {
  const extension = extensionOf(name);
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const text = start.replace(/^\uFEFF/, '');
  // Searched in the first 64 Ki characters only, however much text is given: a long body is not
  // scanned for a HAR's members (issue 6), and the answer does not depend on how much was read.
  const head = text.length > HEAD_BYTES ? text.slice(0, HEAD_BYTES) : text;
  // Nearly every input opens with "{", which neither a request line nor anything but a HAR or a
  // body can follow: its first line is not cut out to be tested (issue 6).
  const opening = head.charAt(head.search(/\S/));
  if (opening !== '{' && opening !== '[') {
    // Its first line ends where the Locator's does: at LF, CR LF or a lone CR (old Mac files).
    const firstLine = head.trimStart().split(/[\r\n]/, 1)[0] ?? '';
    if (REQUEST_LINE.test(firstLine)) return 'http';
  }
  // A HAR's "log" is an object; a body that merely starts with a "log" member is a body.
  if (opening === '{' && (/^\s*\{\s*"log"\s*:\s*\{/.test(head) || isHarLater(head))) return 'har';
  // A .json file is one body. Read as a log, two bodies on two lines passed, though a server
  // refuses that text; read as one body, it is a syntax error whose hint names the log formats.
  if (extension === '.json') return 'json';
  const first = firstLineValue(text);
  if (first === undefined) return 'json';
  if (first.isOnlyLine && !LOG_EXTENSIONS.has(extension)) {
    // Stdin and other names: one line is the body piped in (README: "-" is one body, and
    // --fix-dry-run shows its diff), unless it is a logged request, which no body model has.
    return readCapturedRequest(first.value) ? 'ndjson' : 'json';
  }
  return 'ndjson';
}

/**
 * The log format that the first part of an input already shows, whatever text follows it, or
 * undefined while more text could still make it one body. Standard input is streamed from there,
 * so that a log given a line at a time (`tail -f`) is linted as it comes; detectFormat on more of
 * the same text always gives the same answer.
 */
export function settledLogFormat(name: string, head: string): 'ndjson' | 'har' | undefined {
  const format = detectFormat(name, head);
  // A HAR by name, or by its opening `{"log": {`, which no text after it can undo.
  if (format === 'har') return format;
  if (format !== 'ndjson') return undefined;
  if (BY_EXTENSION[extensionOf(name)] === 'ndjson') return format;
  // By content: its first line is a whole JSON value, and either a logged request, named as a
  // log, or followed by more text. Until its line break has come, the line may still go on.
  return hasFirstLine(head) ? format : undefined;
}

const LINE_BREAK = /[\r\n]/g;

/**
 * Offset of the first line break at or after `from`, or -1. A lone \r breaks a line too, as in
 * the Locator: a log saved with old Mac line endings is one record per line, and raw CR cannot
 * occur inside a JSON string, so it never splits a record. Searched once for either character,
 * so the search stops at the first break rather than scanning for a \r a LF log does not hold.
 */
function lineBreakAt(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? -1;
}

/**
 * A HAR whose "log" is not its first member ({"_note": ..., "log": {...}}: JSON's members have no
 * order, and tools add their own "_" members): told by "log" opening with one of the members a
 * HAR's log has, which no call body holds.
 */
function isHarLater(text: string): boolean {
  // includes() first: the pattern would otherwise scan every body's head (issue 6). The text
  // opens with "{" (detectFormat asks only then).
  return text.includes('"log"') &&
    /"log"\s*:\s*\{\s*"(?:version|creator|browser|pages|entries)"\s*:/.test(text);
}

/** The name's extension, lower-case and with its dot, as detection reads it ("" for none). */
export function extensionOf(name: string): string {
  // Letters after the last dot, read without a regular expression: it ran on every input twice
  // and cost ~3 ms of the 10,000-file run (issue 6).
  const dot = name.lastIndexOf('.');
  if (dot === -1 || dot === name.length - 1) return '';
  for (let i = dot + 1; i < name.length; i++) {
    const letter = name.charCodeAt(i) | 0x20;
    if (letter < 0x61 || letter > 0x7a) return '';
  }
  return name.slice(dot).toLowerCase();
}

/**
 * The value on the first non-blank line when that line is a complete JSON value on its own, and
 * whether any other line holds text; undefined when it is not a whole value.
 */
function firstLineValue(text: string): { value: unknown; isOnlyLine: boolean } | undefined {
  const start = text.search(/\S/);
  if (start === -1) return undefined;
  const found = lineBreakAt(text, start);
  const end = found === -1 ? text.length : found;
  const first = text.slice(start, end).trim();
  // A lone "{" or "[" (the first line of nearly every pretty-printed body) is never a whole
  // value; answering that without a thrown parse error saves most of detection's time (issue 6).
  if (first === '{' || first === '[') return undefined;
  try {
    return { value: JSON.parse(first), isOnlyLine: text.slice(end).trim() === '' };
  } catch {
    return undefined;
  }
}
