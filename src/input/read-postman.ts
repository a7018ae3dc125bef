// The requests of a Postman collection export, read as a HAR capture's entries are: each one that
// goes to a call endpoint is linted against the endpoint of its method and URL, the rest are
// counted and skipped. Folders hold items of their own, walked in the order Postman shows them.
// {{variables}} are left as written, as in an .http file: one standing for the scheme and host
// starts the URL ({{baseUrl}}/api/...), one in a path segment fills that parameter's place, and
// one in a body is judged by the rule of the member it stands in.
import type { CallerWords } from '../lint/caller-words.js';
import { computeLineStarts, Locator } from '../lint/locate.js';
import { describeType, describeValue, quote } from '../lint/quote.js';
import type { BodySource } from '../lint/types.js';
import { isPlainObject } from '../lint/walk-model.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import { bodyStringAt } from './escaped-body.js';
import { jsonBodyHint } from './har-post-data.js';
import { maskUrlSecrets } from './mask-url-secrets.js';
import { nonJsonBody } from './non-json-body.js';
import { postmanItemLabel } from './postman-collection.js';
import { routeRequest } from './route-request.js';

/** A request item found by the walk: its pointer in the collection and its name path. */
interface Found {
  pointer: string;
  names: string[];
  value: Record<string, unknown>;
}

interface ItemFault {
  fault: string;
  hint?: string;
}

/**
 * Postman sends a raw body with the type its language names when no Content-Type header is set.
 * A body with neither makes no claim against its type, as a HAR entry without a mimeType.
 */
const LANGUAGE_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json', text: 'text/plain', javascript: 'application/javascript',
  html: 'text/html', xml: 'application/xml',
};

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
    const bodyAt = (): ReturnType<typeof bodyStringAt> =>
      bodyStringAt(text, ranges[index * 2 + 1]!, { line: 1, column: 1 }, false);
    const event = recordOf(item.value['request'], place, column, bodyAt, words, report);
    if ('kind' in event) yield event;
    else report(event);
  }
}

/** Collects the request items under `items`, depth first; a folder is an item with "item". */
function walk(items: unknown, pointer: string, names: string[], found: Found[]): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: unknown, i) => {
    if (!isPlainObject(item)) return;
    const at = `${pointer}/item/${i}`;
    const name = typeof item['name'] === 'string' ? item['name'] : `#${i + 1}`;
    if (Array.isArray(item['item'])) walk(item['item'], at, [...names, name], found);
    else if (item['request'] !== undefined) {
      found.push({ pointer: at, names: [...names, name], value: item });
    }
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
    : body.language === undefined ? undefined
      : nonJsonBody(body.text, body.language, 'raw language, with no Content-Type header',
        route.endpoint, words);
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
  | { kind: 'raw'; text: string; language: string | undefined }
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
    return { kind: 'raw', text: raw, language: typeof language === 'string'
      ? LANGUAGE_TYPES[language.toLowerCase()] ?? `text/${language}` : undefined };
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
  const types = new Set<string>();
  const add = (key: unknown, value: unknown): void => {
    if (typeof key === 'string' && key.trim().toLowerCase() === 'content-type' &&
      typeof value === 'string') types.add(value.trim());
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
  return [...types];
}
