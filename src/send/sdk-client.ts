// The official SDK (purecloud-platform-client-v2, pinned) does the HTTP. It is imported only
// here, on demand, so linting never pays its load time (reference section 9: about 130 ms and
// 37 MB more memory). Three guards wrap it:
// - its user config file (~/.genesyscloudjavascript/config, read when the module loads and
//   watched afterwards) could set another host, a gateway or a request log, so the module is
//   loaded with HOME pointing at a folder that has none, and the file is switched off after;
// - every request passes a host check: the region's API/login hosts or the --gateway, nothing
//   else, whatever the SDK's state;
// - bodies are handed over as text, so what we printed and hashed is what goes out.
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../lint/usage-error.js';
import { cutAnswer, withAnswerBound } from './answer-size.js';
import type { Gateway } from './gateway.js';
import type { Answer } from './retry-policy.js';
import type { Region } from './regions.js';

/** The parts of the SDK we use, typed here instead of loading its 2.5 MB index.d.ts. */
interface SdkHttpOptions {
  url: string;
  method: string;
  headers?: Record<string, string>;
  data?: unknown;
}
interface SdkHttpClient {
  request(options: SdkHttpOptions): Promise<unknown>;
  /** The axios request config the SDK's DefaultHttpClient builds for each request. */
  toAxiosConfig?(options: SdkHttpOptions): Record<string, unknown>;
}
interface SdkApiClient {
  config: { configPath: string; setConfigPath(path: string): void; gateway: unknown; live_reload_config: boolean };
  timeout: number;
  setGateway(gateway: { host: string; protocol: string; port: number } | undefined): void;
  setEnvironment(environment: string): void;
  setReturnExtendedResponses(extended: boolean): void;
  setHttpClient(client: SdkHttpClient): void;
  setAccessToken(token: string): void;
  loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<unknown>;
  callApi(path: string, method: string, pathParams: Record<string, string>, query: object,
    headers: object, form: object, body: unknown, authNames: string[], contentTypes: string[],
    accepts: string[]): Promise<unknown>;
}
interface Sdk {
  ApiClient: SdkApiClient;
  DefaultHttpClient: new (timeout: number) => SdkHttpClient;
}

export const SDK_PACKAGE = 'purecloud-platform-client-v2';

export interface ClientSettings {
  region: Region | undefined;
  gateway: Gateway | undefined;
  timeoutMs: number;
  /** Told about each request and answer, for --verbose. */
  onExchange?: (exchange: Exchange) => void;
}

export interface Exchange {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: unknown;
  status: number | undefined;
  answer: unknown;
}

export interface ApiClient {
  /** The origin requests go to (the gateway or the region's API host). */
  readonly apiOrigin: string;
  readonly loginOrigin: string;
  loginClientCredentials(clientId: string, clientSecret: string): Promise<string>;
  useToken(token: string): void;
  call(method: string, pathTemplate: string, pathParams: Record<string, string>, body: string): Promise<Answer>;
}

export async function createApiClient(settings: ClientSettings): Promise<ApiClient> {
  const sdk = await loadSdk();
  const client = sdk.ApiClient;
  isolateFromConfigFile(client);
  const { apiOrigin, loginOrigin } = origins(settings);
  if (settings.gateway) {
    client.setGateway({ host: settings.gateway.host, protocol: settings.gateway.protocol, port: settings.gateway.port });
  } else {
    client.setGateway(undefined);
    client.setEnvironment(settings.region!.environment);
  }
  client.timeout = settings.timeoutMs;
  client.setReturnExtendedResponses(true);
  client.setHttpClient(guardedHttpClient(sdk, settings, [apiOrigin, loginOrigin]));
  let token = '';
  return {
    apiOrigin,
    loginOrigin,
    async loginClientCredentials(clientId, clientSecret) {
      try {
        const auth = await client.loginClientCredentialsGrant(clientId, clientSecret) as { accessToken?: unknown };
        // A 200 without a token (a proxy's page, an empty object) is no login: calls made with an
        // empty token would only be refused, one by one.
        if (typeof auth?.accessToken !== 'string' || auth.accessToken === '') {
          throw new LoginError(undefined, undefined, 'the answer carried no access token', 'The login ' +
            'server answered, but not with a token: check that --gateway leads to a Genesys login host.');
        }
        token = auth.accessToken;
        return token;
      } catch (error) {
        if (error instanceof BlockedHostError || error instanceof LoginError) throw error;
        if (error instanceof NotConnectedError) throw new LoginError(undefined, undefined, error.message);
        // The SDK rejects with the axios error, whose config holds the Basic credentials: keep
        // only the status and the answer.
        const response = (error as { response?: { status: number; data: unknown } }).response;
        throw new LoginError(response?.status, response?.data, (error as Error).message);
      }
    },
    useToken(value) {
      token = value;
      client.setAccessToken(value);
    },
    async call(method, pathTemplate, pathParams, body) {
      try {
        const answer = await client.callApi(pathTemplate, method, pathParams, {}, {}, {}, body,
          ['PureCloud OAuth'], ['application/json'], ['application/json']);
        return toAnswer(answer);
      } catch (rejection) {
        if (rejection instanceof BlockedHostError) throw rejection;
        return toAnswer(rejection);
      }
    },
  };
}

function origins(settings: ClientSettings): { apiOrigin: string; loginOrigin: string } {
  if (settings.gateway) return { apiOrigin: settings.gateway.origin, loginOrigin: settings.gateway.origin };
  if (!settings.region) throw new Error('createApiClient needs a region or a gateway');
  return { apiOrigin: settings.region.apiBase, loginOrigin: settings.region.loginBase };
}

let loaded: Promise<Sdk> | undefined;

function loadSdk(): Promise<Sdk> {
  loaded ??= importWithoutUserConfig();
  return loaded;
}

/**
 * The SDK's Configuration constructor reads os.homedir()/.genesyscloudjavascript/config as the
 * module loads, before any setter can run; os.homedir() follows HOME (USERPROFILE on Windows),
 * so those point at a folder that does not exist while the module is evaluated.
 */
async function importWithoutUserConfig(): Promise<Sdk> {
  const saved = { HOME: process.env['HOME'], USERPROFILE: process.env['USERPROFILE'] };
  const nowhere = join(tmpdir(), `genesys-call-lint-no-sdk-config-${process.pid}-${Date.now()}`);
  process.env['HOME'] = nowhere;
  process.env['USERPROFILE'] = nowhere;
  try {
    const module = (await import(SDK_PACKAGE)) as { default: Sdk };
    return module.default;
  } catch (error) {
    throw missingModule(error) ?? error;
  } finally {
    restoreEnv('HOME', saved.HOME);
    restoreEnv('USERPROFILE', saved.USERPROFILE);
  }
}

/** Whether the SDK resolves from here (its own dependencies are not looked at). */
export function isSdkInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(SDK_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

/**
 * The SDK and its own dependencies are installed with this package, so one is missing only from a
 * broken or partial install: say which, not "internal error". Undefined for any other error.
 */
function missingModule(error: unknown): UsageError | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  // "Cannot find module 'x'" (require) or "Cannot find package 'x' imported from ..." (import).
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(String((error as Error).message))?.[1];
  const hint = 'Reinstall genesys-call-lint with its dependencies (npm ci in a checkout); linting ' +
    'works without them.';
  if (missing === SDK_PACKAGE) {
    return new UsageError(`send needs the Genesys Cloud SDK (${SDK_PACKAGE}), which is not installed`, hint);
  }
  if (missing === undefined || !String((error as Error).message).includes(SDK_PACKAGE)) return undefined;
  return new UsageError(`the Genesys Cloud SDK (${SDK_PACKAGE}) cannot load "${missing}", which is not ` +
    'installed', hint);
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** No config file from now on, and no watcher that could load one later. */
function isolateFromConfigFile(client: SdkApiClient): void {
  client.config.setConfigPath('');
  client.config.live_reload_config = false;
}

function guardedHttpClient(sdk: Sdk, settings: ClientSettings, allowed: readonly string[]): SdkHttpClient {
  const inner = new sdk.DefaultHttpClient(settings.timeoutMs);
  refuseRedirects(inner);
  setBounds(inner, settings.timeoutMs);
  sendTextAsWritten(inner);
  markTextAnswers(inner);
  const guarded = Object.create(inner) as SdkHttpClient;
  guarded.request = async (options) => {
    assertAllowedOrigin(options.url, allowed);
    let status: number | undefined;
    let answer: unknown;
    try {
      const response = await requestWithinBounds(inner, options, settings.timeoutMs);
      status = response.status;
      answer = response.data;
      return keepAnswerText(response);
    } catch (error) {
      const response = (error as { response?: AxiosAnswer }).response;
      if (response !== undefined) keepAnswerText(response);
      status = response?.status;
      answer = response ? response.data : String((error as Error).message ?? error);
      throw error;
    } finally {
      settings.onExchange?.({ method: options.method, url: options.url, headers: options.headers ?? {},
        body: options.data, status, answer });
    }
  };
  return guarded;
}

/** inner.request, with the failures that setBounds and a missing connection cause said plainly. */
async function requestWithinBounds(inner: SdkHttpClient, options: SdkHttpOptions,
  timeoutMs: number): Promise<{ status: number; data: unknown }> {
  try {
    return await inner.request(options) as { status: number; data: unknown };
  } catch (error) {
    if (isPastDeadline(error)) throw new Error(`no complete answer within the ${timeoutMs} ms of --timeout`);
    const cut = cutAnswer(error);
    if (cut === undefined) throw notConnected(error, options.url) ?? error;
    // As axios settles: a 2xx is the answer, any other status a rejection that carries it.
    if (cut.status >= 200 && cut.status < 300) return cut;
    throw Object.assign(new Error(`status ${cut.status}, ${cut.data}`), { response: cut });
  }
}

/**
 * The host check sees only the URL a request starts at: axios follows a redirect (a 307 from a
 * gateway, say) to any host with the body. So no redirect is followed; a 3xx comes back as the
 * answer. Without the method this relies on (the SDK is pinned), sending stops rather than going
 * on unguarded.
 */
function refuseRedirects(client: SdkHttpClient): void {
  const build = client.toAxiosConfig;
  if (typeof build !== 'function') {
    throw new Error('the Genesys SDK no longer builds requests through toAxiosConfig; redirects cannot be refused');
  }
  client.toAxiosConfig = (options) => ({ ...build.call(client, options), maxRedirects: 0 });
}

/**
 * Bounds on each exchange (called after refuseRedirects, which checks the method exists):
 * - --timeout is a deadline for the whole of it, from sending the request to the end of the
 *   answer. axios's own timeout restarts with each chunk received (a socket idle timer), so an
 *   answer that trickles in a byte at a time never ran out; a signal aborts the request, or the
 *   reading of its answer, when the time is up;
 * - no more than MAX_ANSWER_BYTES of an answer is read (answer-size.ts).
 */
function setBounds(client: SdkHttpClient, timeoutMs: number): void {
  const build = client.toAxiosConfig!;
  client.toAxiosConfig = (options) => withAnswerBound({ ...build.call(client, options),
    signal: AbortSignal.timeout(timeoutMs) });
}

/** An axios rejection caused by the deadline's signal (setBounds). */
function isPastDeadline(error: unknown): boolean {
  const signal = (error as { config?: { signal?: AbortSignal } } | undefined)?.config?.signal;
  return signal?.aborted === true;
}

/**
 * axios's default transformRequest re-encodes a string body that does not parse as JSON into a
 * JSON string literal when the type is JSON, so a body sent with --force went out as
 * "{\"phoneNumber\"..." rather than the text printed and hashed. Strings are handed over as they
 * are; axios still gives the login's form string its type.
 */
function sendTextAsWritten(client: SdkHttpClient): void {
  // refuseRedirects has made sure that the method exists.
  const build = client.toAxiosConfig!;
  client.toAxiosConfig = (options) => ({ ...build.call(client, options),
    ...(typeof options.data === 'string' ? { transformRequest: [(data: string) => data] } : {}) });
}

/** Set on an exchange's axios config when its answer was text that does not parse as JSON. */
const NOT_JSON = Symbol('answer is not JSON');

/** An axios response as far as it is read here; the SDK passes text on as its own. */
interface AxiosAnswer {
  status: number;
  data: unknown;
  text?: string;
  config?: Record<symbol, unknown>;
}

/**
 * A JSON answer can itself be a string ("paused", what the recording-state endpoints answer),
 * which axios parses to the same value as a proxy's text "paused" that is not JSON at all. So
 * answers are parsed here, as axios would, and the exchange remembers which text did not parse
 * (axios calls a transform with its config as `this`, and that config is the response's).
 */
function markTextAnswers(client: SdkHttpClient): void {
  const build = client.toAxiosConfig!;
  client.toAxiosConfig = (options) => ({ ...build.call(client, options),
    transformResponse: [function parseAnswer(this: Record<symbol, unknown>, data: unknown) {
      if (typeof data !== 'string' || data.trim() === '') return data;
      try {
        return JSON.parse(data) as unknown;
      } catch {
        this[NOT_JSON] = true;
        return data;
      }
    }] });
}

/** The answer, with its text as the SDK's `text` when it is not JSON; toAnswer reads it there. */
function keepAnswerText<T extends AxiosAnswer>(response: T): T {
  if (response.config?.[NOT_JSON] === true && typeof response.data === 'string') {
    response.text = response.data;
  }
  return response;
}

export class BlockedHostError extends Error {}

/** No connection could be made, so nothing was sent: "could not connect to <host> (<code>)". */
class NotConnectedError extends Error {}

/**
 * Errors that come before a connection exists: the request cannot have left. A reset or a
 * timeout after connecting is no such proof, and stays a network fault.
 */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function notConnected(error: unknown, url: string): NotConnectedError | undefined {
  const found = error as { code?: unknown; cause?: { code?: unknown }; errors?: Array<{ code?: unknown }> };
  // Node tries each address of a host in turn and reports them together (an AggregateError).
  const code = [found?.code, found?.cause?.code, found?.errors?.[0]?.code]
    .find((c): c is string => typeof c === 'string' && NEVER_CONNECTED.has(c));
  if (code === undefined) return undefined;
  return new NotConnectedError(`could not connect to ${new URL(url).host} (${code})`);
}

/** The token endpoint said no, could not be reached, or gave no token; hint: what to check. */
export class LoginError extends Error {
  constructor(readonly status: number | undefined, readonly answer: unknown, readonly reason: string,
    readonly hint?: string) {
    super(status === undefined ? `login failed: ${reason}` : `login failed with status ${status}`);
  }
}

/** Refuses, before any byte is sent, a request to anything but the allowed origins. */
export function assertAllowedOrigin(url: string, allowed: readonly string[]): void {
  const origin = new URL(url).origin;
  if (!allowed.includes(origin)) {
    throw new BlockedHostError(`refusing to send a request to ${origin}: only ${allowed.join(' and ')} may be contacted`);
  }
}

/** The SDK's extended response or rejection (reference section 9), as an Answer. */
function toAnswer(value: unknown): Answer {
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof object['status'] === 'number') {
    return {
      kind: 'response',
      status: object['status'],
      headers: lowerCaseHeaders(object['headers']),
      body: object['body'] ?? object['text'],
      ...(typeof object['text'] === 'string' ? { isText: true as const } : {}),
    };
  }
  const message = value instanceof Error ? value.message : typeof value === 'string' ? value : 'no answer';
  return { kind: value instanceof NotConnectedError ? 'unreachable' : 'network', message };
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null) return result;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value !== undefined && value !== null) result[name.toLowerCase()] = String(value);
  }
  return result;
}
