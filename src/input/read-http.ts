// Raw HTTP/1.1 request dumps, several per file, as debugging proxies save them and as curl -v
// prints them ("> " before each request line and header). Each request: request line, headers,
// a blank line, then the body: exactly Content-Length bytes when the header gives it (what the
// server reads, even when that cuts the JSON short), chunks when Transfer-Encoding is chunked,
// otherwise up to the next request.
import { Locator } from '../lint/locate.js';
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { maskUrlSecrets } from '../lint/mask-credentials.js';
import { quote } from '../lint/quote.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import { editorBodyFile, editorBodyProblem } from './editor-body-file.js';
import { contentTypeOf, differentTypes } from './content-type-field.js';
import { describeStrayLine, FIELD_NAME, quoteLine } from './header-lines.js';
import { isJsonMediaType } from './media-type.js';
import { nonJsonBody } from './non-json-body.js';
import { routeRequest } from './route-request.js';
import { SECOND_MARK } from './second-mark.js';

const REQUEST_LINE = /^(?:> )?([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;
// A header: its name (an RFC 9110 token: '{"code":' is a body line, not a header) and its value.
const HEADER_LINE = new RegExp(`^${FIELD_NAME}:\\s*(.*)$`);
// The .http files of editor HTTP clients (VS Code's REST Client, JetBrains' HTTP Client) leave the
// version out: there a known method and an absolute URL, a path, or a URL that starts with one of
// the file's variables ({{baseUrl}}/api/...) make the request line.
const CLIENT_REQUEST_LINE =
  /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) ((?:https?:\/\/|\/|\{\{)\S*)$/;
// Those files separate their requests with a line starting "###" (a name may follow).
const SEPARATOR = /^###/;
// Their other lines between requests, which no JSON body can hold at the start of a line: a
// comment (# or //), JetBrains' response reference (<> file) and handler (> file.js, or
// > {% script %}, which may span lines up to the one that ends in %}).
const EDITOR_LINE = /^(?:#|\/\/|<> |> (?!\{%)\S+\.js$|> \{%.*%\}$)/;
const HANDLER_START = /^> \{%/;

/** The method and target of a request line, or undefined when the line is none. */
function requestLineOf(text: string): { method: string; target: string } | undefined {
  const match = REQUEST_LINE.exec(text) ?? CLIENT_REQUEST_LINE.exec(text);
  return match ? { method: match[1]!, target: match[2]! } : undefined;
}

const isRequestLine = (text: string): boolean => requestLineOf(text) !== undefined;
// Lines curl -v interleaves with the request: responses, info, data markers.
const CURL_NOISE = /^(?:< |\* |\{ \[|\} \[)/;
// What curl -v prints where the body it sent would be: only its size.
const CURL_SENT = /^\} \[(\d+) bytes data\]$/;

// Lines end at LF, CR LF or a lone CR (old Mac files), as the Locator counts them.
const LINE_BREAK = /\r\n?|\n/;

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's end: its text, or the part of it a body left. */
  end: number;
  /** Offset of the next line: past CR LF, LF or CR, or the end of the text. */
  next: number;
}

/** The line that starts at an offset, found as LINE_BREAK finds it. */
function lineReader(dump: string): (offset: number) => Line {
  const nextLf = finder(dump, '\n');
  const nextCr = finder(dump, '\r');
  return (offset) => {
    const lf = nextLf(offset);
    const cr = nextCr(offset);
    const end = lf === -1 && cr === -1 ? dump.length
      : lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    const next = end === dump.length ? end
      : end === cr && dump.charCodeAt(cr + 1) === 10 ? cr + 2 : end + 1;
    return { text: dump.slice(offset, end), start: offset, end, next };
  };
}

/**
 * indexOf(char, offset) for offsets that mostly grow. The last find is kept while it still
 * answers: a dump with no CR at all would otherwise be searched to its end once per line.
 */
function finder(text: string, char: string): (offset: number) => number {
  let from = Number.POSITIVE_INFINITY;
  let found = -1;
  return (offset) => {
    if (offset < from || (found !== -1 && found < offset)) {
      from = offset;
      found = text.indexOf(char, offset);
    }
    return found;
  };
}

/**
 * The requests of a dump. Text in which no request line is found at all is reported through
 * onProblem: it is no dump, and would otherwise pass with nothing linted. An empty file is an
 * empty dump. So are framing faults (a Content-Length that is no byte count, a chunk size that
 * is no hex number): a server would refuse such a request before reading its body.
 */
export function* readHttp(
  text: string,
  onProblem: (problem: InputProblem) => void,
  /** One character per byte: the file is no UTF-8 as a whole, so each body is decoded alone. */
  isBytes = false,
  /** Whose words hints use: the library's, or the CLI's flags. */
  words: CallerWords = LIBRARY_WORDS,
): Generator<RecordEvent> {
  const size = isBytes ? LATIN1_SIZE : UTF8_SIZE;
  // The file's mark: its three UTF-8 bytes when read by bytes, else the character. Left on, the
  // bytes made the first request line no request line, and that request went unread.
  const mark = isBytes ? '\xEF\xBB\xBF' : '\uFEFF';
  const dump = text.startsWith(mark) ? text.slice(mark.length) : text;
  // A second one is reported, as in a HAR, and passed over: the requests after it are still
  // read, at the columns an editor shows (the mark counts as one). So are a third and more: only
  // the second was passed over, and the next one made the first request line no request line.
  let start = 0;
  while (dump.startsWith(mark, start)) start += mark.length;
  // Positions as findings count them (the Locator's line breaks), for the request and its body.
  const locator = new Locator(dump);
  const place = (offset: number) => {
    const at = locator.rangeAtOffset(offset, 0).start;
    if (!isBytes || at.column === 1) return at;
    // Read by bytes, the Locator counts a byte a column; an editor shows characters.
    const before = size.shown(dump.slice(offset - at.column + 1, offset));
    return { line: at.line, column: before.length + 1 };
  };
  const lineAt = lineReader(dump);

  const marks = start / mark.length;
  const extraMarks = marks === 1 ? SECOND_MARK.what
    : `begins with ${marks} more byte-order marks (U+FEFF) after its own`;
  if (!dump.slice(start).split(LINE_BREAK).some(isRequestLine)) {
    // An empty file is an empty dump, as an empty log is. Marks alone are not: they were told
    // their requests were still linted, as if there were any.
    const what = /[^\s\uFEFF]/.test(dump) ? 'holds no HTTP request'
      : marks > 0 ? `${extraMarks}, and holds nothing else, no HTTP request` : undefined;
    if (what === undefined) return;
    onProblem({
      message: `${what} (no request line such as "POST /api/v2/conversations/calls HTTP/1.1"); ` +
        'nothing was linted',
      hint: 'Save the raw request with its request line and headers, or pass ' +
        `${words.option('inputFormat')} for what the file holds.`,
    });
    return;
  }
  if (marks > 0) {
    onProblem({ message: `${extraMarks} (line 1, column 1); its requests were still linted`,
      hint: SECOND_MARK.hint });
  }
  let index = 0;
  let pos = start;
  while (pos < dump.length) {
    const first = lineAt(pos);
    pos = first.next;
    const request = requestLineOf(first.text);
    if (!request) continue;
    const requestLine = place(first.start).line;
    const headers = new Map<string, string>();
    const lengths = new Set<string>(); // every Content-Length given: two that differ are a fault
    const contentTypes: HeaderLine[] = []; // every Content-Type given: two that differ are a fault
    let stray: Line | undefined; // a line among the headers that is none
    while (pos < dump.length) {
      const line = lineAt(pos);
      pos = line.next;
      if (line.text.replace(/^> ?/, '') === '') break;
      const header = HEADER_LINE.exec(size.shown(line.text));
      if (!header) {
        // A folded header line goes on with white space; curl -v puts its own lines between.
        if (/^[ \t]/.test(line.text) || CURL_NOISE.test(line.text)) continue;
        stray = line;
        break;
      }
      const name = header[1]!.toLowerCase();
      const contentType = contentTypeOf(name, header[2]);
      if (contentType !== undefined) {
        contentTypes.push({ value: contentType, line: place(line.start).line });
      }
      const earlier = headers.get(name);
      headers.set(name, earlier !== undefined && LIST_HEADERS.has(name)
        ? `${earlier}, ${header[2]!.trim()}` : header[2]!.trim());
      // RFC 9110 §8.6: "37, 37" (headers merged by a proxy) is one length given twice.
      if (name === 'content-length') {
        const values = header[2]!.split(',').map((value) => value.trim());
        // "30," is 30; an empty field value still counts, as no byte count.
        for (const value of values.length > 1 ? values.filter((v) => v !== '') : values) lengths.add(value);
      }
    }
    const host = headers.get('host');
    const path = size.shown(request.target);
    const target = host && path.startsWith('/') ? `https://${host}${path}` : path;
    const url = maskUrlSecrets(target);
    const source = { format: 'http' as const, index: index++, line: requestLine, method: request.method, url };
    const fault = (message: string, hint: string) =>
      // Numbered from 1, as reports number the requests of a dump.
      onProblem({ message: `request ${source.index + 1} (line ${requestLine}) ${message}`, hint });
    if (stray) {
      // Most often the blank line before the body was left out, and the body read as headers.
      const described = describeStrayLine(size.shown(stray.text), place(stray.start).line);
      fault(`${described.fault}, so its body was not linted`, described.hint);
      pos = stray.start;
      continue;
    }

    // A server starts the next request right where a body ends: text there would be its request
    // line. Read on to the next request line, a request in that text was lost without a word.
    const reportTextAfter = (from: number, ends: string, linted: string, fix: string) => {
      const extra = textAfterBody(dump, from, lineAt);
      if (extra === undefined) return;
      const at = place(extra.start);
      const hidden = HIDDEN_REQUEST.test(extra.text) ? ', and the request that starts in it was not'
        : '';
      fault(`${ends} before line ${at.line}, column ${at.column}, where more text follows ` +
        `(${quoteLine(size.shown(extra.text))}) that a server would read as the next request line; ` +
        `${linted} linted${hidden}`, `${fix} the text after the body; each request starts on a ` +
        'line of its own.');
    };

    let body: { text: string; start: number; isVerbatim: boolean } | undefined;
    const codings = codingsOf(headers.get('transfer-encoding'));
    if (codings.length > 0) {
      const isChunked = codings.at(-1) === 'chunked';
      const chunked = isChunked ? readChunks(dump, pos, lineAt, size) : undefined;
      const encoded = codings.filter((coding) => coding !== 'chunked');
      if (!chunked) {
        // RFC 9112 §6.3: without chunked last, a server cannot tell where a request ends.
        fault(`has Transfer-Encoding ${quote(headers.get('transfer-encoding')!)}, which does not end ` +
          'in chunked, so a server would refuse it; its body was not linted',
        'Save the request again as it was sent; a request body sent in pieces ends its ' +
          'Transfer-Encoding with chunked.');
        pos = readPlain(dump, pos, undefined, lineAt, size).next;
        continue;
      }
      pos = chunked.next;
      if (chunked.fault) {
        fault(`${chunked.fault}, so its body was not linted`, 'Save the request again as it was ' +
          'sent; chunk sizes are hexadecimal byte counts on their own line, and a chunk of size 0 ' +
          'ends the body.');
        continue;
      }
      if (encoded.length > 0) {
        fault(`sends its body ${encoded.join(', ')}-encoded (Transfer-Encoding ` +
          `${quote(headers.get('transfer-encoding')!)}), so there is no JSON text to lint`,
        encodedHint(words));
        continue;
      }
      body = chunked.body;
      reportTextAfter(chunked.next, 'has a chunked body that ends', 'the body was', 'Remove');
    } else {
      const declared = lengths.size === 1 ? [...lengths][0] : undefined;
      let length: number | undefined;
      if (lengths.size > 1) {
        // RFC 9112 §6.3: a server refuses a message whose lengths disagree.
        fault(`has ${lengths.size} different Content-Length values (${[...lengths].map((v) => quote(v))
          .join(', ')}), so a server would refuse it; its body was read up to the next request`,
        'Send one Content-Length, the body\'s length in bytes.');
      } else if (declared !== undefined && /^\d{1,15}$/.test(declared)) length = Number(declared);
      else if (declared !== undefined) {
        fault(`has Content-Length ${quote(declared)}, which is not a byte count, so a server ` +
          'would refuse it; its body was read up to the next request',
        'Give the body\'s length in bytes as a whole number, or leave the header out.');
      }
      const read = readPlain(dump, pos, length, lineAt, size);
      pos = read.next;
      const file = bodyFileLine(first, read, dump, lineAt);
      if (file !== undefined) {
        const route = routeRequest(request.method, url, true, words);
        if (route.kind === 'skip') {
          yield { kind: 'skip', skipped: { source, reason: route.reason, quiet: route.quiet } };
          continue;
        }
        const problem = editorBodyProblem(file.path, place(file.start).line, route.endpoint, words);
        fault(problem.message, problem.hint);
        continue;
      }
      const sent = CURL_SENT.exec(read.stop?.text ?? '');
      // A "> " request line is curl -v's; a body it announced is never printed, marker or not.
      const isCurlWithout = first.text.startsWith('> ') && length !== undefined && length > 0;
      if ((sent || isCurlWithout) && !/\S/.test(read.text)) {
        const shown = sent ? `prints only "[${sent[1]} bytes data]" where the body it sent would be`
          : `prints the ${length}-byte body's headers but not the body`;
        fault(`holds no body: curl -v ${shown}, so there is nothing to lint`, 'curl never shows the ' +
          'body it sends; lint the JSON you gave its --data (the file, or standard input with ' +
          `${words.option('endpoint')}).`);
        continue;
      }
      if (length !== undefined && read.taken < length) {
        // A server would wait for the missing bytes (and take the next request's for them).
        const stop = read.stop && place(read.stop.start).line;
        const where = read.stop === undefined ? 'the end of the file'
          : isRequestLine(read.stop.text) ? `the next request (line ${stop})`
            : SEPARATOR.test(read.stop.text) ? `the "###" line that ends the request (line ${stop})`
            : `curl's own output (line ${stop})`;
        fault(`has Content-Length ${length}, but only ${read.taken} bytes of body come before ` +
          `${where}, so a server would wait for the rest; those ${read.taken} bytes were linted`,
        'Set Content-Length to the body\'s length in bytes, or save the request again whole.');
      }
      body = { text: read.text, start: read.start, isVerbatim: true };
      if (length !== undefined && read.taken >= length) {
        const fix = 'Set Content-Length to the body\'s length in bytes, or remove';
        reportTextAfter(read.next, `has Content-Length ${length}, which ends its body`,
          `the ${length} bytes were`, fix);
      }
    }
    // Only a call endpoint's body is held to its Content-Type, as in a HAR: a .http file's login
    // request is a form post.
    const hasBody = /\S/.test(body.text);
    let routed: ReturnType<typeof routeRequest> | undefined;
    const callRoute = () => {
      routed ??= routeRequest(request.method, url, true, words);
      return routed.kind === 'lint' ? routed : undefined;
    };
    let declared: string | string[] | undefined = headers.get('content-type');
    let field = 'Content-Type';
    const types = differentTypes(contentTypes);
    const json = types.find((type) => isJsonMediaType(type.value));
    if (types.length > 1 && json === undefined) {
      // None of them is JSON: one fault names them all (non-json-body.ts), not one per header.
      declared = types.map((type) => type.value);
      field = `${types.length} different Content-Type headers, on lines ` +
        `${types.map((type) => type.line).join(' and ')}`;
    } else if (types.length > 1 && hasBody && callRoute() !== undefined) {
      // RFC 9110 §8.3: one Content-Type per message. Which one a server or proxy keeps differs,
      // so the last one is not taken silently; the JSON one is linted as the likely intent.
      fault(`has ${types.length} different Content-Type headers (${types.map((type) =>
        `${quote(type.value)} on line ${type.line}`).join(', ')}), so a server may ` +
        'read its body as any of them; it was linted as JSON',
      'Send one Content-Type header, application/json, and remove the others.');
      declared = json?.value;
    }
    // A server reads the body as its Content-Type says: a form post is no JSON text, whatever it
    // holds (non-json-body.ts, as for a HAR's mimeType).
    const isJsonTyped = typeof declared === 'string' ? isJsonMediaType(declared)
      : declared === undefined;
    const route = isJsonTyped || !hasBody ? undefined : callRoute();
    const typed = route && nonJsonBody(size.shown(body.text), declared, field, route.endpoint, words);
    if (typed !== undefined) {
      fault(typed.fault, typed.hint);
      if (!typed.isLinted) continue;
    }
    // A compressed body (Content-Encoding: gzip) is bytes, not the JSON text it came from.
    const contentCodings = codingsOf(headers.get('content-encoding'));
    if (contentCodings.length > 0) {
      fault(`sends its body ${contentCodings.join(', ')}-encoded (Content-Encoding ` +
        `${quote(headers.get('content-encoding')!)}), so there is no JSON text to lint`,
      encodedHint(words));
      continue;
    }
    const framed = isBytes ? asUtf8(body.text) : body.text;
    if (framed === undefined) {
      fault('has a body that is not UTF-8 text, so it was not linted', 'Save the request again ' +
        'as it was sent; JSON bodies are UTF-8.');
      continue;
    }
    const bodyText = framed.replace(/\s+$/, '');
    const at = place(body.start);
    if (bodyText === '') {
      // The reader routes it: skipped where the endpoint takes no body, an empty body otherwise.
      yield { kind: 'body', record: { text: '', source, request: `${request.method} ${url}`, origin: at, isAbsent: true } };
      continue;
    }
    yield {
      kind: 'body',
      record: {
        text: bodyText,
        source,
        request: `${request.method} ${url}`,
        // A body joined from several chunks is not in the file as one text: point at its start.
        ...(body.isVerbatim ? { origin: at } : { container: at }),
      },
    };
  }
}

interface HeaderLine {
  value: string;
  line: number;
}

// Headers whose repeated lines make one list (RFC 9110 §5.3): gzip, then chunked.
const LIST_HEADERS = new Set(['transfer-encoding', 'content-encoding']);

const encodedHint = (words: CallerWords): string => 'Lint the body as it was before encoding: ' +
  `save it to a file and pass that, with ${words.option('endpoint')}.`;

/** The codings a Transfer-Encoding or Content-Encoding list names, identity left out. */
function codingsOf(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(',').map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

// A header or trailer field: an RFC 9110 token for its name, then a colon.
const FIELD_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/;
// A request line with something before it on its line, as when a body ran into the next request.
const HIDDEN_REQUEST = /(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP\/\d(?:\.\d)?$/;
// A response's status line: a dump may save each response after its request.
const STATUS_LINE = /^(?:< )?HTTP\/\d(?:\.\d)? \d{3}\b/;

/**
 * The first text, from `start` to the next request (or curl's output, or a "###" line), that is
 * no white space and no response; undefined when there is none. Starts at its first non-space.
 */
function textAfterBody(
  dump: string,
  start: number,
  lineAt: (offset: number) => Line,
): Line | undefined {
  for (let pos = start; pos < dump.length;) {
    const line = lineAt(pos);
    if (isRequestLine(line.text) || CURL_NOISE.test(line.text)) return undefined;
    if (SEPARATOR.test(line.text)) return undefined;
    if (EDITOR_LINE.test(line.text)) {
      pos = line.next;
      continue;
    }
    if (HANDLER_START.test(line.text)) {
      pos = handlerEnd(dump, line, lineAt);
      continue;
    }
    const lead = line.text.search(/\S/);
    if (lead !== -1) {
      const text = line.text.slice(lead);
      return STATUS_LINE.test(text) ? undefined : { ...line, text, start: line.start + lead };
    }
    pos = line.next;
  }
  return undefined;
}

/**
 * An editor client's body line "< ./body.json", which curl -v's response lines look like: it is
 * the editor's only in a request that is not curl's ("> "), and as the whole of its body part.
 */
function bodyFileLine(
  first: Line,
  read: { text: string; start: number; stop?: Line },
  dump: string,
  lineAt: (offset: number) => Line,
): { path: string; start: number } | undefined {
  if (first.text.startsWith('> ')) return undefined;
  // readPlain stops at "< " as at curl's lines; "<@ " it reads as the body.
  if (/\S/.test(read.text)) {
    const path = editorBodyFile(read.text);
    if (path === undefined) return undefined;
    let line = lineAt(read.start);
    while (line.text.trim() === '') line = lineAt(line.next);
    return { path, start: line.start };
  }
  const { stop } = read;
  if (stop === undefined || textAfterBody(dump, stop.next, lineAt) !== undefined) return undefined;
  const path = editorBodyFile(stop.text);
  return path === undefined ? undefined : { path, start: stop.start };
}

/** Where a JetBrains handler script ("> {%" up to the line that ends in "%}") ends. */
function handlerEnd(dump: string, first: Line, lineAt: (offset: number) => Line): number {
  for (let pos = first.next; pos < dump.length;) {
    const line = lineAt(pos);
    if (line.text.trimEnd().endsWith('%}')) return line.next;
    if (isRequestLine(line.text) || SEPARATOR.test(line.text)) return pos;
    pos = line.next;
  }
  return dump.length;
}

/**
 * The lines of a body read up to the next request, without the editor's lines after it
 * (comments, a response handler or reference; EDITOR_LINE) and the blank ones among them: they
 * are the editor's, not sent. Only at the end: inside a body, such a line is what was sent.
 */
function withoutEditorTail(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0) {
    const last = lines[end - 1]!;
    if (last.trim() === '' || EDITOR_LINE.test(last)) {
      end--;
      continue;
    }
    let start = last.trimEnd().endsWith('%}') ? end - 1 : -1;
    while (start >= 0 && !HANDLER_START.test(lines[start]!)) start--;
    if (start === -1) break;
    end = start;
  }
  return lines.slice(0, end);
}

/**
 * A body that is not chunked, from `start`: `length` bytes when given, but never past the next
 * request line or curl's own lines (curl -v prints no body, only "} [59 bytes data]"). `taken`
 * counts the bytes read; `stop` is the line that ended the body before its length, if one did.
 */
function readPlain(
  dump: string,
  start: number,
  length: number | undefined,
  lineAt: (offset: number) => Line,
  size: TextSize,
): { text: string; start: number; next: number; taken: number; stop?: Line } {
  const parts: string[] = [];
  let pos = start;
  let taken = 0;
  while (pos < dump.length && (length === undefined || taken < length)) {
    const line = lineAt(pos);
    if (isRequestLine(line.text) || CURL_NOISE.test(line.text) || SEPARATOR.test(line.text)) {
      // With no length, the editor's lines before the next request are not part of the body.
      const kept = length === undefined ? withoutEditorTail(parts) : parts;
      return { text: kept.join('\n'), start, next: pos, taken, stop: line };
    }
    const lineBytes = size.bytesOf(line.text);
    if (length !== undefined && taken + lineBytes > length) {
      // The body ends inside this line: what follows may be the next request, unbroken.
      const end = line.start + size.charsIn(line.text, length - taken);
      parts.push(dump.slice(line.start, end));
      return { text: parts.join('\n'), start, next: end, taken: length };
    }
    parts.push(line.text);
    taken += lineBytes + (line.next - line.end);
    pos = line.next;
  }
  return { text: (length === undefined ? withoutEditorTail(parts) : parts).join('\n'), start,
    next: pos, taken };
}

/** Byte counts of the text: as UTF-8, or one byte per character when the dump is read by bytes. */
interface TextSize {
  bytesOf(text: string): number;
  /** How many characters of `text` fit in `bytes` bytes. */
  charsIn(text: string, bytes: number): number;
  /**
   * The text as an editor shows it, for messages, headers and columns: read by bytes, their
   * UTF-8 (bytes that are none become U+FFFD) rather than one character per byte ("ZoÃ«").
   */
  shown(text: string): string;
}

const UTF8_SIZE: TextSize = {
  bytesOf: (text) => Buffer.byteLength(text),
  charsIn: utf8CharsIn,
  shown: (text) => text,
};
const LATIN1_SIZE: TextSize = {
  bytesOf: (text) => text.length,
  charsIn: (text, bytes) => Math.min(text.length, bytes),
  shown: (text) => Buffer.from(text, 'latin1').toString('utf8'),
};

/** One character per byte back into UTF-8 text; undefined when those bytes are no UTF-8. */
function asUtf8(bytes: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(bytes, 'latin1'));
  } catch {
    return undefined;
  }
}

/** How many UTF-16 units of `text` fit in `bytes` bytes of UTF-8 (a character cut in two: out). */
function utf8CharsIn(text: string, bytes: number): number {
  let used = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (used + size > bytes) break;
    used += size;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** A chunked body (RFC 9112 §7.1): hex size lines, each followed by that many bytes, a break. */
function readChunks(
  dump: string,
  start: number,
  lineAt: (offset: number) => Line,
  measure: TextSize,
): { body: { text: string; start: number; isVerbatim: boolean }; next: number; fault?: string } {
  const parts: string[] = [];
  let pos = start;
  let first = -1;
  for (;;) {
    const sizeLine = lineAt(pos);
    const size = /^([0-9a-fA-F]{1,12})[ \t]*(?:;.*)?$/.exec(sizeLine.text);
    const body = {
      text: parts.join(''),
      start: first === -1 ? start : first,
      isVerbatim: parts.length <= 1,
    };
    if (!size) {
      const what = pos >= dump.length ? 'ends before the chunk of size 0 that closes a chunked body'
        : `has ${quoteLine(measure.shown(sizeLine.text))} where a chunk size was due`;
      return { body, next: sizeLine.next, fault: what };
    }
    pos = sizeLine.next;
    const bytes = Number.parseInt(size[1]!, 16);
    if (bytes === 0) {
      // Trailer fields, if any, up to the blank line that ends the message. A line that is no
      // field (the next request, when that blank line was left out) is not taken for one.
      let line = lineAt(pos);
      while (pos < dump.length && line.text !== '') {
        if (!FIELD_LINE.test(line.text)) return { body, next: pos };
        pos = line.next;
        line = lineAt(pos);
      }
      return { body, next: line.next };
    }
    const end = pos + measure.charsIn(dump.slice(pos, pos + bytes), bytes);
    if (first === -1) first = pos;
    parts.push(dump.slice(pos, end));
    // The break after the data; a dump saved with LF or CR only still reads.
    pos = dump.startsWith('\r\n', end) ? end + 2 : /[\n\r]/.test(dump.charAt(end)) ? end + 1 : end;
  }
}
