// One body turned into the request that would carry it: endpoint, path parameters filled in from
// a concrete path (a captured URL, --endpoint) or --param, and the exact body text. Pure: no SDK,
// no network.
import { createHash } from 'node:crypto';
import type { EndpointInfo } from '../endpoints/endpoint-info.js';
import { escapeControl } from '../lint/escape-control.js';
import { andList } from '../rules/support/targets.js';
import { describeMisplaced, findAllMisplaced, misplacedHint } from './misplaced-placeholder.js';
import { longParamName, nameAsWritten, type WrittenNames } from './param-short-names.js';
import { refuseNonUuid } from './path-ids.js';

export interface PlannedRequest {
  endpoint: EndpointInfo;
  /** The template's {names} with their values, in template order. */
  pathParams: Record<string, string>;
  /** The path with the values in, percent-encoded as the SDK does. */
  path: string;
  /** What goes on the wire: the body as written, without a BOM or surrounding white space. */
  body: string;
  /** sha256 of body, hex: the body's identity in the journal and in our mock's counts. */
  bodyHash: string;
}

/** Why a body cannot be sent as given, and what to change. */
export type Refusal = { ok: false; message: string; hint: string };

export type Planned = { ok: true; request: PlannedRequest } | Refusal;

/**
 * A concrete path that came with the body, and where from: the URL of a captured request (HAR
 * entry, log line, .http request), the --endpoint flag, or the config file's endpoint. Messages
 * name the origin, so that a clash is not blamed on a capture there is none of.
 */
export interface GivenPath {
  text: string;
  origin: PathOrigin;
}

export type PathOrigin = 'capture' | 'endpoint-flag' | 'config';

const ORIGIN_NAMES: Record<PathOrigin, string> = {
  'capture': 'the captured URL',
  'endpoint-flag': 'the --endpoint path',
  'config': 'the endpoint path of the config file',
};

/**
 * The first value of the given path that --param contradicts, refused; undefined when they agree.
 * An empty segment or a {name} left in the path (the template itself as --endpoint) gives no
 * value, so --param may: it was refused as a clash with "{conversationId}".
 */
export function findClash(endpoint: EndpointInfo, fromPath: GivenPath,
  fromFlags: Readonly<Record<string, string>>, written?: WrittenNames): Refusal | undefined {
  const inPath = paramsFromPath(endpoint.path, fromPath.text);
  for (const name of paramNames(endpoint.path)) {
    const [inUrl, inFlag] = [inPath[name], fromFlags[name]];
    const isClash = inUrl !== undefined && !isUnfilled(inUrl) && inFlag !== undefined &&
      inUrl !== inFlag;
    if (isClash) {
      return refuseClash(name, nameAsWritten(name, written), inUrl, inFlag, fromPath.origin);
    }
  }
  return undefined;
}

/**
 * The {name}s of the given path that stand in another parameter's place, where --param fills that
 * place: --param fills a place by the name the endpoint gives it, so "{participantId}" in the
 * conversation's place took --param conversationId, and the request was built without a word.
 */
export function findMisplacedFill(endpoint: EndpointInfo, fromPath: GivenPath,
  fromFlags: Readonly<Record<string, string>>): Refusal | undefined {
  const filled = findAllMisplaced(paramsFromPath(endpoint.path, fromPath.text))
    .filter(({ name }) => fromFlags[name] !== undefined);
  if (filled.length === 0) return undefined;
  return {
    ok: false,
    message: `${describeMisplaced(filled, ORIGIN_NAMES[fromPath.origin])}, in ${endpoint.method} ` +
      `${endpoint.path}: --param fills a place by the name the endpoint gives it, not by the ` +
      'placeholder written there',
    hint: misplacedHint(filled),
  };
}

/**
 * A value in the path that --param contradicts, refused with what to change where. The flag is
 * quoted as written: "--param pid" was echoed as "--param participantId", a flag never given.
 */
function refuseClash(name: string, written: string, fromPath: string, fromFlag: string,
  origin: PathOrigin): Refusal {
  const [inPath, inFlag] = [escapeControl(fromPath), escapeControl(fromFlag)];
  const message = `path parameter ${name} is "${inPath}" in ${ORIGIN_NAMES[origin]} but "${inFlag}" ` +
    `in ${paramFlag(name, written)}`;
  const drop = `--param ${escapeControl(written)}=${inFlag}`;
  const hints: Record<PathOrigin, string> = {
    'capture': `Drop ${drop}: a captured request goes where its URL says. To send it elsewhere, ` +
      'change the URL in the capture.',
    'endpoint-flag': `Give ${name} once: drop ${drop}, or write the id you mean into the --endpoint ` +
      'path.',
    'config': `Drop ${drop}, or change the id in the config file's endpoint (--endpoint overrides it).`,
  };
  return { ok: false, message, hint: hints[origin] };
}

export function planRequest(
  endpoint: EndpointInfo,
  bodyText: string,
  known: { fromPath: GivenPath | undefined; fromFlags: Readonly<Record<string, string>>;
    written?: WrittenNames | undefined },
): Planned {
  const names = paramNames(endpoint.path);
  const origin = known.fromPath?.origin;
  const refusal = known.fromPath === undefined ? undefined
    : findClash(endpoint, known.fromPath, known.fromFlags, known.written) ??
      findMisplacedFill(endpoint, known.fromPath, known.fromFlags);
  if (refusal !== undefined) return refusal;
  const inPath = known.fromPath === undefined ? {} : paramsFromPath(endpoint.path, known.fromPath.text);
  const valueOf = (name: string): string | undefined => {
    const value = (isUnfilled(inPath[name]) ? undefined : inPath[name]) ?? known.fromFlags[name];
    return value === undefined || isUnfilled(value) ? undefined : value;
  };
  // All of them at once: told one per run, a user fixed one and ran again only to learn the next.
  const missing = names.filter((name) => valueOf(name) === undefined);
  if (missing.length > 0) return refuseMissing(endpoint, missing, inPath, origin);
  const pathParams: Record<string, string> = {};
  for (const name of names) {
    const fromUrl = isUnfilled(inPath[name]) ? undefined : inPath[name];
    const value = valueOf(name)!;
    const source = origin === undefined || fromUrl === undefined
      ? paramFlag(name, nameAsWritten(name, known.written)) : ORIGIN_NAMES[origin];
    const refusal = refuseSegment(name, value, source) ?? refuseNonUuid(name, value, source);
    if (refusal !== undefined) return refusal;
    pathParams[name] = value;
  }
  const path = endpoint.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(pathParams[name]!));
  const body = bodyText.replace(/^\uFEFF/, '').trim();
  return { ok: true, request: { endpoint, pathParams, path, body, bodyHash: hashBody(body) } };
}

/**
 * The parameters neither the path nor --param gives, refused together; naming a {name} of another
 * parameter left in the place of any of them.
 */
function refuseMissing(endpoint: EndpointInfo, names: readonly string[],
  inPath: Readonly<Record<string, string>>, origin: PathOrigin | undefined): Refusal {
  const message = `${endpoint.method} ${endpoint.path} needs the path ` +
    `parameter${names.length === 1 ? '' : 's'} ${andList([...names])}`;
  const misplaced = origin === undefined ? []
    : findAllMisplaced(Object.fromEntries(names.map((name) => [name, inPath[name] ?? ''])));
  const rest = names.filter((name) => !misplaced.some((m) => m.name === name));
  const pass = rest.length === 0 ? [] : [`Pass ${rest.map((name) => `--param ${name}=<id>`).join(' ')}, ` +
    `or send a captured request that has ${rest.length === 1 ? 'it' : 'them'} in its URL.`];
  if (misplaced.length === 0 || origin === undefined) return { ok: false, message, hint: pass.join('') };
  const where = describeMisplaced(misplaced, ORIGIN_NAMES[origin]);
  return { ok: false, message: `${message}: ${where}`,
    hint: [misplacedHint(misplaced), ...pass].join(' ') };
}

/** "--param" after a message that names the parameter, and the name too when written short. */
function paramFlag(name: string, written: string): string {
  return written === name ? '--param' : `--param ${escapeControl(written)}`;
}

function isUnfilled(value: string | undefined): boolean {
  return value === '' || (value !== undefined && /^\{.*\}$/.test(value));
}

export function hashBody(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

export function paramNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** The {param} values of a concrete path or URL that fits the template; {} when it does not. */
export function paramsFromPath(template: string, pathOrUrl: string): Record<string, string> {
  const path = pathOrUrl.trim().replace(/^[A-Z]+\s+/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const full = path.startsWith('/api/') ? path : `/api/v2/conversations${path}`;
  const templateParts = template.split('/');
  const parts = full.replace(/\/+$/, '').split('/');
  if (parts.length !== templateParts.length) return {};
  const found: Record<string, string> = {};
  for (const [i, part] of templateParts.entries()) {
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    const given = parts[i]!;
    if (name !== undefined) found[name] = safeDecode(given);
    else if (part !== given) return {};
  }
  return found;
}

/**
 * A value that cannot stand as one path segment, refused. The HTTP client resolves "." and ".."
 * as steps of the path before sending (PATCH .../participants/.. reached .../calls/{id}/), and
 * encodeURIComponent leaves dots as they are; "/" and "\" go out as %2F and %5C, which a server
 * may decode and split the segment at. The value is judged as it is encoded: one from a path was
 * decoded already, and a "%" of a --param goes out as %25, so "%2e" there stays the text "%2e".
 */
function refuseSegment(name: string, value: string, source: string): Planned | undefined {
  const problem = value === '.' || value === '..' ? 'which a URL reads as a step of the path'
    : /[/\\]/.test(value) ? 'which would split it into more path segments' : undefined;
  if (problem === undefined) return undefined;
  const message = `path parameter ${name} is "${escapeControl(value)}" in ${source}, ${problem}: ` +
    'the request would reach another endpoint';
  return { ok: false, message, hint: `Give the ${name} itself; send refuses ".", ".." and values with ` +
    '"/" or "\\" in them.' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A --param given twice with different values: the name it stands for, and each as written. */
export interface ParamTwice {
  name: string;
  first: { written: string; value: string };
  second: { written: string; value: string };
}

/**
 * The first --param name given twice with different values ("userId=u1" and "userId=u2"): the
 * last had won without a word, and the request went to an id the user may not have meant. A short
 * name and its long one ("pid" and "participantId") are one name.
 */
export function paramGivenTwice(values: readonly string[]): ParamTwice | undefined {
  const seen = new Map<string, { written: string; value: string }>();
  for (const flag of values) {
    const pair = paramPair(flag);
    if (pair === undefined) continue;
    const first = seen.get(pair.name);
    if (first !== undefined && first.value !== pair.value) {
      return { name: pair.name, first, second: { written: pair.written, value: pair.value } };
    }
    seen.set(pair.name, { written: pair.written, value: pair.value });
  }
  return undefined;
}

/** Each --param name as first written, by the long name it stands for. */
export function writtenParamNames(values: readonly string[]): WrittenNames {
  const written = Object.create(null) as Record<string, string>;
  for (const flag of values) {
    const pair = paramPair(flag);
    if (pair !== undefined) written[pair.name] ??= pair.written;
  }
  return written;
}

/**
 * A --param's name, made long, the name as written, and its value; undefined when no name comes
 * before "=".
 */
function paramPair(flag: string): { name: string; written: string; value: string } | undefined {
  const at = flag.indexOf('=');
  if (at <= 0) return undefined;
  const written = flag.slice(0, at);
  return { name: longParamName(written), written, value: flag.slice(at + 1) };
}

/**
 * --param name=value pairs, short names made long; the names are checked against the endpoint
 * later.
 */
export function parseParamFlags(values: readonly string[]): Record<string, string> | string {
  // No prototype: "__proto__=x" is then a name like any other, and is told it is unknown.
  const params = Object.create(null) as Record<string, string>;
  for (const flag of values) {
    const pair = paramPair(flag);
    if (pair === undefined) return flag;
    params[pair.name] = pair.value;
  }
  return params;
}
