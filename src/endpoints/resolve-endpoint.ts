// Turns what a user passes as the endpoint (--endpoint, or the endpoint option) into a known
// endpoint: a short name, a body model name, "METHOD /path" with a template or a concrete path
// with real ids, or a whole URL.
import { memoize } from '../lint/bounded-cache.js';
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { maskUrlWords } from '../lint/mask-credentials.js';
import { nearest } from '../lint/suggest.js';
import { orList } from '../rules/support/targets.js';
import { describeArgument, UsageError } from '../lint/usage-error.js';
import type { EndpointInfo, HttpMethod } from './endpoint-info.js';
import { ENDPOINTS } from './table.js';

export const DEFAULT_ENDPOINT = 'create-call';

export type EndpointResolution =
  | {
    ok: true;
    endpoint: EndpointInfo;
    /** The conversation a concrete path names, where the template has {conversationId}. */
    conversationId?: string;
  }
  | { ok: false; message: string; hint: string };

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

// Logs repeat the same few requests millions of times; remember recent answers, for each
// caller's words. Each answer is frozen, as the package exports this function: a caller's write
// would change later lints.
const remembered = new Map<CallerWords, (spec: string) => EndpointResolution>();

/** What the spec names: an unknown one is an answer ({ ok: false }), no string an error. */
export function resolveEndpoint(spec: string): EndpointResolution {
  return resolveEndpointFor(spec, LIBRARY_WORDS);
}

/** resolveEndpoint, with hints in the caller's words (the CLI's flags). */
export function resolveEndpointFor(spec: string, words: CallerWords): EndpointResolution {
  // null or 5 threw a bare TypeError from inside (spec.trim).
  if (typeof spec !== 'string') {
    throw new UsageError(
      `resolveEndpoint takes the endpoint as a string, not ${describeArgument(spec)}`,
      'Pass a short name such as "consult", "METHOD /path", a URL or a body model name.');
  }
  let resolve = remembered.get(words);
  if (resolve === undefined) {
    resolve = memoize((text) => Object.freeze(resolveUncached(text, words)));
    remembered.set(words, resolve);
  }
  return resolve(spec);
}

function resolveUncached(spec: string, words: CallerWords): EndpointResolution {
  const text = spec.trim();
  const byName = ENDPOINTS.find((e) => e.name === text.toLowerCase());
  if (byName) return { ok: true, endpoint: byName };
  const byModel = ENDPOINTS.find((e) => e.model !== null && e.model === text);
  if (byModel) return { ok: true, endpoint: byModel };

  const { method, path: given } = splitRequestLine(text);
  if (!given.startsWith('/')) return unknownName(text, { method, path: given }, words);
  const path = fullPath(given);
  const matches = ENDPOINTS.filter((e) => matchScore(e.path, path) >= 0);
  const sameMethod = matches.filter((e) => e.method === (method ?? e.method));
  // Literal segments beat {params}: /calls/user/{userId} wins over /calls/{conversationId}/...
  const ranked = (sameMethod.length > 0 ? sameMethod : [])
    .map((e) => ({ e, score: matchScore(e.path, path) }))
    .sort((a, b) => b.score - a.score || preferPost(a.e, b.e));
  const best = ranked[0];
  const cut = best === undefined ? [] : cutShort(best.e.path, path, method);
  if (best && cut.length > 0) {
    const segment = path.split('/').at(-1) ?? '';
    const whose = cut.length === 1 ? 'Its path is' : 'Their paths are';
    return { ok: false,
      message: `${path} stops where another path goes on: it would be ${best.e.path} with ` +
        `${JSON.stringify(segment)} as its ${best.e.path.split('/').at(-1)}`,
      hint: didYouMean(cut.map((e) => e.name), ` ${whose} ${cut.map((e) => e.path).join(', ')}.`,
        words) };
  }
  if (best) {
    const conversationId = conversationIdIn(best.e.path, path);
    return { ok: true, endpoint: best.e, ...(conversationId ? { conversationId } : {}) };
  }
  if (matches.length > 0) {
    const methods = [...new Set(matches.map((e) => e.method))].join(', ');
    return {
      ok: false,
      message: `${method ?? 'POST'} ${path} is not a call endpoint; that path takes ${methods}`,
      hint: `Use one of: ${matches.map((e) => `"${e.method} ${e.path}"`).join(', ')}.`,
    };
  }
  const near = nearestPath(path);
  return {
    ok: false,
    message: `${quoteSpec(text)} is not a known Genesys Cloud call endpoint`,
    hint: near
      ? `The nearest known one is "${near.method} ${near.path}" ` +
        `(${words.option('endpoint', near.name)}).`
      : words.endpointNames,
  };
}

/**
 * The spec written one way, as resolution reads it, so that two specs with one key are one
 * request: a short name (in any case) or a body model's name is its endpoint's "METHOD /path"
 * template; a path or URL is its method (the endpoint's when none is written) and its path from
 * /api on, without scheme, host, query or trailing "/" (ids in it are kept: they are the
 * request's). A spec that names no endpoint is its own text.
 */
export function endpointSpecKey(spec: string): string {
  const text = spec.trim();
  const resolution = resolveEndpoint(text);
  if (!resolution.ok) return text;
  const { endpoint } = resolution;
  const { method, path } = splitRequestLine(text);
  if (!path.startsWith('/')) return `${endpoint.method} ${endpoint.path}`;
  return `${method ?? endpoint.method} ${fullPath(path)}`;
}

/** The README and list-endpoints show paths after /api/v2/conversations; accepted so. */
function fullPath(given: string): string {
  return given.startsWith('/api/') ? given : `/api/v2/conversations${given === '/' ? '' : given}`;
}

/**
 * The endpoints whose paths go on from `path`, when its last segment is a literal of theirs but
 * only a {param} of the template it matched: "/calls/user" is /calls/{conversationId} with the
 * conversation "user", and most likely /calls/user/{userId} cut short.
 */
function cutShort(template: string, path: string, method: HttpMethod | undefined): EndpointInfo[] {
  const given = path.split('/');
  const last = given.length - 1;
  // A template given as such ("/calls/{conversationId}") names its endpoint whole.
  if (!template.split('/')[last]?.startsWith('{') || given[last]!.startsWith('{')) return [];
  return ENDPOINTS.filter((e) => {
    const segments = e.path.split('/');
    return segments.length > given.length && e.method === (method ?? e.method) &&
      given.every((segment, i) => segments[i] === segment || (i < last && segments[i]!.startsWith('{')));
  });
}

function unknownName(
  text: string,
  line: { method: HttpMethod | undefined; path: string },
  words: CallerWords,
): EndpointResolution {
  const message = `${quoteSpec(text)} is not an endpoint short name, body model or path`;
  const guess = nearest(text, ENDPOINTS.map((e) => e.name));
  if (guess) return { ok: false, message, hint: didYouMean([guess], '', words) };
  // A model name is taken in its own case only, as the table writes it; a slip of case or
  // letters is answered with the endpoints whose body it is.
  const model = nearest(text, [...new Set(ENDPOINTS.flatMap((e) => e.model ?? []))]);
  if (model) {
    const taking = ENDPOINTS.filter((e) => e.model === model);
    const which = taking.length === 1 ? 'it takes' : 'each takes';
    return { ok: false, message, hint: didYouMean(taking.map((e) => e.name),
      ` ${model} is the body ${which}.`, words) };
  }
  // A piece of a path without its leading "/" ("calls", "consult/agent") is a path's last
  // segments, not the path after /api/v2/conversations that "/calls" would be.
  const ending = `/${line.path.replace(/^\/+|\/+$/g, '').toLowerCase()}`;
  const endingIn = (tail: (path: string) => string) => ending === '/' ? [] : ENDPOINTS.filter((e) =>
    tail(e.path.toLowerCase()).endsWith(ending) && e.method === (line.method ?? e.method));
  const ended = endingIn((path) => path);
  if (ended.length > 0) {
    const whose = ended.length === 1 ? 'Its path ends' : 'Their paths end';
    return { ok: false, message, hint: didYouMean(ended.map((e) => e.name),
      ` ${whose} in ${ending}.`, words) };
  }
  // Or those segments and the {param} that ends a path ("calls/user" for /calls/user/{userId}).
  const before = endingIn((path) => path.replace(/\/\{[^/]+\}$/, ''));
  if (before.length > 0) {
    const whose = before.length === 1 ? 'Its path is' : 'Their paths are';
    return { ok: false, message, hint: didYouMean(before.map((e) => e.name),
      ` ${whose} ${before.map((e) => e.path).join(', ')}.`, words) };
  }
  return { ok: false, message,
    hint: 'Give a short name such as create-call, or "POST /api/v2/conversations/calls".' };
}

/**
 * The spec in quotes, as a message about it shows it: a URL copied from a capture or a browser
 * often holds a token or a password, and such messages reach stderr, CI logs and reports.
 */
export function quoteSpec(spec: string): string {
  return `"${maskUrlWords(spec)}"`;
}

/** "Did you mean" the endpoints by name, and why, in the caller's words. */
function didYouMean(names: readonly string[], why: string, words: CallerWords): string {
  return `Did you mean ${orList(names.map((name) => words.option('endpoint', name)))}?${why} ` +
    `(${words.endpointList} lists them all.)`;
}

function splitRequestLine(text: string): { method: HttpMethod | undefined; path: string } {
  const match = /^([A-Za-z]+)\s+(\S+)$/.exec(text);
  const upper = match?.[1]?.toUpperCase() as HttpMethod | undefined;
  const method = upper && METHODS.includes(upper) ? upper : undefined;
  const target = method ? match![2]! : text;
  return { method, path: pathOf(target) };
}

/** Drops scheme, host, query and fragment, so a whole captured URL can be passed. */
function pathOf(target: string): string {
  let path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  path = path.replace(/[?#].*$/, '');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Each template compiled once, on first use: a pattern for concrete paths and its count of literal
 * segments. Compiling all 44 up front was about 0.5 ms of every start, needed only by bodies
 * whose endpoint is a concrete path (issue 6).
 */
const COMPILED = new Map<string, { pattern: RegExp; literals: number }>();

function compileTemplate(template: string): { pattern: RegExp; literals: number } {
  const parts = template.split('/');
  const source = parts
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { pattern: new RegExp(`^${source}$`), literals: parts.filter((p) => !p.startsWith('{')).length };
}

/** -1 when the concrete path does not fit the template, else the count of literal segments. */
export function matchScore(template: string, path: string): number {
  let compiled = COMPILED.get(template);
  if (compiled === undefined) {
    compiled = compileTemplate(template);
    COMPILED.set(template, compiled);
  }
  return compiled.pattern.test(path) ? compiled.literals : -1;
}

/**
 * The segment of a concrete path that stands where the template has {conversationId}; undefined
 * when the template has none or the path is a template itself. The path matched the template,
 * so their segments line up.
 */
function conversationIdIn(template: string, path: string): string | undefined {
  const at = template.indexOf('{conversationId}');
  if (at < 0) return undefined;
  const segment = path.split('/')[template.slice(0, at).split('/').length - 1];
  if (segment === undefined || segment.startsWith('{')) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%": the server would see the segment as it is
  }
}

function preferPost(a: EndpointInfo, b: EndpointInfo): number {
  return Number(b.method === 'POST') - Number(a.method === 'POST');
}

function nearestPath(path: string): EndpointInfo | undefined {
  const generic = path.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '/{id}');
  const name = nearest(generic, ENDPOINTS.map((e) => e.path.replace(/\{[^}]+\}/g, '{id}')));
  return ENDPOINTS.find((e) => e.path.replace(/\{[^}]+\}/g, '{id}') === name);
}

export function describeEndpoint(endpoint: EndpointInfo): string {
  return `${endpoint.method} ${endpoint.path}`;
}
