// The requests of a Postman collection export, read as a HAR capture's entries are: each one that
// goes to a call endpoint is linted against the endpoint of its method and URL, the rest are
// counted and skipped. Folders hold items of their own, walked in the order Postman shows them.
// {{variables}} are left as written, as in an .http file: one standing for the scheme and host
// starts the URL ({{baseUrl}}/api/...), one in a path segment fills that parameter's place, and
// one in a body is judged by the rule of the member it stands in. An item that sends nothing (an
// empty folder, an item without a request) is noted as a skipped request is.
import type { CallerWords } from '../lint/caller-words.js';
import { computeLineStarts, Locator } from '../lint/locate.js';
import { describeType, describeValue, quote } from '../lint/quote.js';
import type { BodySource } from '../lint/types.js';
import { isPlainObject } from '../lint/walk-model.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import { contentTypeOf, differentTypes } from './content-type-field.js';
import { bodyStringAt } from './escaped-body.js';
import { jsonBodyHint } from './har-post-data.js';
import { maskUrlSecrets } from '../lint/mask-credentials.js';
import { nonJsonBody } from './non-json-body.js';
import { postmanItemLabel } from './postman-collection.js';
import { routeRequest } from './route-request.js';

/** An item found by the walk, a folder with items aside: its pointer and its name path. */
interface Found {
  pointer: string;
  names: string[];
  value: unknown;
}

interface ItemFault {
  fault: string;
  hint?: string;
}

/**
 * Postman sends a raw body with the type its language names when no Content-Type header is set,
 * and as text/plain when it names no language or one it does not know: postman-runtime's
 * test/integration/request-body/body-options.test.js ("raw mode language") expects text/plain
 * for both. That is a type sent, where a HAR entry without a mimeType or an .http request without
 * a Content-Type records none, so it is judged as the type it is.
 */
const LANGUAGE_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json', text: 'text/plain', javascript: 'application/javascript',
  html: 'text/html', xml: 'application/xml',
};
const DEFAULT_TYPE = 'text/plain';

const DAMAGE_HINT = 'Export the collection again; one edited by hand must keep each request an ' +
  'object with a "method", a "url" and a "body": {"mode": "raw", "raw": "..."}.';

/** The records of the collection's requests; `text` is the file's, `collection` it parsed. */
export function* readPostman(
  text: string,
  collection: Record<string, unknown>,
  onProblem: (problem: InputProblem) => void,
  words: CallerWords,
): Generator<RecordEvent> {
  const found: Found[] = [];
  walk(collection['item'], '', [], found);
  if (found.length === 0) return;
  // One scan of the file places every request and every raw body.
  const pointers = found.flatMap(({ pointer }) => [
    { pointer, anchor: 'value' as const },
    { pointer: `${pointer}/request/body/raw`, anchor: 'value' as const },
  ]);
  const ranges = new Locator(text).rangesOf(pointers);
  const lineStarts = computeLineStarts(text);
  for (const [index, item] of found.entries()) {
    const at = ranges[index * 2]!;
    const { line, column } = at.start;
    // The column only where the line does not name the item alone (a collection on one line).
    const isAlone = text.slice(lineStarts[line - 1], at.startOffset).trim() === '';
    const place = { format: 'postman' as const, index, line, ...(isAlone ? {} : { column }),
      item: item.names.join(' / ') };
    const report = (problem: ItemFault) => onProblem({
      message: `${postmanItemLabel(place)} ${problem.fault}`,
      hint: problem.hint ?? DAMAGE_HINT,
    });
    const held = requestOf(item.value);
    if ('note' in held) {
      yield { kind: 'skip', skipped: { source: place, reason: held.note, quiet: false } };
      continue;
    }
    if ('fault' in held) {
      report(held);
      continue;
    }
    const bodyAt = (): ReturnType<typeof bodyStringAt> =>
      bodyStringAt(text, ranges[index * 2 + 1]!, { line: 1, column: 1 }, false);
    const event = recordOf(held.request, place, column, bodyAt, words, report);
    if ('kind' in event) yield event;
    else report(event);
  }
}

/**
 * The item's request, or why it sends none: an item that is no object is damage; an empty folder,
 * or an item with neither a request nor items, is noted and passed over.
 */
function requestOf(item: unknown): { request: unknown } | ItemFault | { note: string } {
  if (!isPlainObject(item)) {
    return { fault: `is ${describeType(item)}, not an object with a "request" or an "item" list` };
  }
  if (Array.isArray(item['item'])) return { note: 'an empty folder, with no requests in it' };
  if (item['request'] === undefined) {
    return { note: 'an item with no "request" (and no "item" list, as a folder has), so it ' +
      'sends nothing' };
  }
  return { request: item['request'] };
}

/**
 * Collects the items under `items`, depth first; a folder (an item with an "item" list) is walked
 * into, and one with an empty list is collected, to be noted.
 */
function walk(items: unknown, pointer: string, names: string[], found: Found[]): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: unknown, i) => {
    const at = `${pointer}/item/${i}`;
    const name = isPlainObject(item) && typeof item['name'] === 'string' ? item['name']
      : `#${i + 1}`;
    const inside = isPlainObject(item) ? item['item'] : undefined;
    if (Array.isArray(inside) && inside.length > 0) walk(inside, at, [...names, name], found);
    else found.push({ pointer: at, names: [...names, name], value: item });
  });
}

/** The request's record, or why it holds no request that can be read. */
function recordOf(
  request: unknown,
  place: BodySource,
  /** Where the item's object opens on its line, which place gives only where it must. */
  column: number,
  bodyAt: () => ReturnType<typeof bodyStringAt>,
  words: CallerWords,
  /** For a fault that still leaves a body to lint. */
  report: (problem: ItemFault) => void,
): RecordEvent | ItemFault {
  // A request written as its URL alone is a GET (the collection format allows it).
  if (typeof request === 'string') request = { method: 'GET', url: request };
  if (!isPlainObject(request)) {
    return { fault: `has ${describeType(request)} for "request", not an object` };
  }
  // Postman sends the method upper-cased, "post" as POST: postman-collection's Request
  // (lib/collection/request.js) upper-cases a method given as a string.
  const method = request['method'] ?? 'GET';
  if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) {
    return { fault: `has ${describeValue(method)} for "request.method", which is no ` +
      'HTTP method (POST, PATCH, PUT ...), so its endpoint cannot be told' };
  }
  const url = urlOf(request['url']);
  if (url === undefined) {
    return { fault: `has ${describeType(request['url'])} for "request.url", with neither a "raw" ` +
      'URL nor a "host" and "path", so its endpoint cannot be told' };
  }
  const source = { ...place, method: method.toUpperCase(), url: maskUrlSecrets(url) };
  const body = bodyOf(request['body']);
  if ('fault' in body) return body;
  const route = routeRequest(source.method, source.url, body.kind !== 'none', words);
  if (route.kind === 'skip') {
    return { kind: 'skip', skipped: { source, reason: route.reason, quiet: route.quiet } };
  }
  if (body.kind === 'none') {
    // A call sent without the body its endpoint needs: linted as the empty body it was.
    return { kind: 'body', record: { text: '', source, request: route.endpoint,
      origin: { line: place.line, column }, isAbsent: true } };
  }
  if (body.kind === 'other') {
    return { fault: `sends its body in Postman's ${quote(body.mode)} mode (${body.what}), not as ` +
      'raw JSON text, so there is no JSON text to lint',
    hint: jsonBodyHint(route.endpoint, words) };
  }
  const declared = contentTypes(request['header']);
  const typed = declared.length > 0
    ? nonJsonBody(body.text, declared, 'Content-Type', route.endpoint, words)
    : nonJsonBody(body.text, body.type.value, body.type.field, route.endpoint, words);
  if (typed !== undefined && !typed.isLinted) return typed;
  if (typed !== undefined) report(typed);
  return { kind: 'body', record: { text: body.text, source, request: route.endpoint,
    container: bodyAt() } };
}

/**
 * The URL as Postman sends it: a string, or an object's "raw", else put together from its
 * "protocol", "host" and "path" (each a string or a list; a path segment may be {"value"}).
 */
function urlOf(url: unknown): string | undefined {
  if (typeof url === 'string') return url;
  if (!isPlainObject(url)) return undefined;
  if (typeof url['raw'] === 'string' && url['raw'] !== '') return url['raw'];
  const host = joined(url['host'], '.');
  const path = joined(url['path'], '/');
  if (host === undefined && path === undefined) return undefined;
  const hostText = host ?? '';
  // A host that is no variable is a name: without a scheme, its path would be read as part of it.
  const scheme = typeof url['protocol'] === 'string' ? `${url['protocol']}://`
    : hostText === '' || hostText.startsWith('{{') ? '' : 'https://';
  return `${scheme}${hostText}/${(path ?? '').replace(/^\//, '')}`;
}

function joined(part: unknown, separator: string): string | undefined {
  if (typeof part === 'string') return part;
  if (!Array.isArray(part)) return undefined;
  return part.map((piece: unknown) => (isPlainObject(piece) ? String(piece['value'] ?? '')
    : String(piece))).join(separator);
}

type ItemBody =
  | { kind: 'none' }
  /** type: what Postman sends it as without a Content-Type header, and whence that comes. */
  | { kind: 'raw'; text: string; type: { value: string; field: string } }
  | { kind: 'other'; mode: string; what: string };

/** What the request's body is: none, raw text, or another of Postman's modes (not JSON text). */
function bodyOf(body: unknown): ItemBody | ItemFault {
  if (body === undefined || body === null) return { kind: 'none' };
  if (!isPlainObject(body)) {
    return { fault: `has ${describeType(body)} for "request.body", not an object` };
  }
  if (body['disabled'] === true) return { kind: 'none' };
  const mode = body['mode'] ?? 'raw';
  if (mode === 'raw') {
    const raw = body['raw'];
    // Postman sends no body for an empty raw text.
    if (raw === undefined || raw === '') return { kind: 'none' };
    if (typeof raw !== 'string') {
      return { fault: `has ${describeType(raw)} for "request.body.raw", not the body's text, so ` +
        'its body was not linted' };
    }
    const options = body['options'];
    const rawOptions = isPlainObject(options) ? options['raw'] : undefined;
    const language = isPlainObject(rawOptions) ? rawOptions['language'] : undefined;
    return { kind: 'raw', text: raw, type: typeof language === 'string'
      ? { value: LANGUAGE_TYPES[language.toLowerCase()] ?? DEFAULT_TYPE,
        field: 'raw language, with no Content-Type header' }
      : { value: DEFAULT_TYPE,
        field: 'default, with no raw language and no Content-Type header' } };
  }
  if (typeof mode !== 'string') {
    return { fault: `has ${describeValue(mode)} for "request.body.mode", which names no body ` +
      'mode, so its body was not linted' };
  }
  const fields = body[mode];
  if (mode === 'urlencoded' || mode === 'formdata') {
    const sent = Array.isArray(fields) ? fields.filter((field: unknown) =>
      !(isPlainObject(field) && field['disabled'] === true)) : [];
    // Fields all switched off (or none) leave Postman nothing to send.
    if (sent.length === 0) return { kind: 'none' };
    return { kind: 'other', mode, what: sent.length === 1 ? 'a field' : `${sent.length} fields` };
  }
  const what = mode === 'file' ? 'a file\'s content' : `its ${quote(mode)} member`;
  return { kind: 'other', mode, what };
}

/**
 * The distinct Content-Type values of the headers Postman sends: a list of {key, value} (those
 * switched off left out), or in v2.0 exports sometimes one text of "Name: value" lines.
 */
function contentTypes(header: unknown): string[] {
  const types: Array<{ value: string }> = [];
  const add = (key: unknown, value: unknown): void => {
    const type = contentTypeOf(key, value);
    if (type !== undefined) types.push({ value: type });
  };
  if (typeof header === 'string') {
    for (const line of header.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon !== -1) add(line.slice(0, colon), line.slice(colon + 1));
    }
  } else if (Array.isArray(header)) {
    for (const entry of header) {
      if (isPlainObject(entry) && entry['disabled'] !== true) add(entry['key'], entry['value']);
    }
  }
  return differentTypes(types).map((type) => type.value);
}
