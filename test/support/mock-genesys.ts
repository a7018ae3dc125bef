// A stand-in for Genesys Cloud on 127.0.0.1 and an ephemeral port: the client-credentials token
// endpoint and the conversation endpoints, answering with ErrorBody shapes from the reference
// (section 5), 429 with Retry-After, 5xx, slow answers and dropped connections on command. It
// counts, per body hash, the requests it accepted, which is what "sent exactly once" means.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** An answer: JSON from body, or text sent as it is (a plain-text error, a proxy's page). */
export interface Answer {
  status: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** What the mock does with one API request; undefined means: accept it. */
export type Reply =
  | (Answer & { delayMs?: number })
  | { drop: true }
  /** hold: the answer is written once it settles (the request is accepted at once). */
  | { accept: true; delayMs?: number; hold?: Promise<unknown> };

export interface MockGenesys {
  port: number;
  gateway: string;
  requests: MockRequest[];
  /** Accepted (2xx) API requests per sha256 of the body. */
  accepted: Map<string, number>;
  logins: number;
  /** Decides each API request's fate; the default accepts everything. */
  reply: (request: MockRequest, index: number) => Reply | undefined;
  /** Called as an API request is accepted, before its answer is written. */
  onAccept: (request: MockRequest, total: number) => void;
  /** When set, answers every login in place of the credentials check. */
  loginReply: ((request: MockRequest) => Answer) | undefined;
  /** Makes every token issued so far invalid (answers 401 bad.credentials). */
  expireTokens(): void;
  close(): Promise<void>;
}

export const CLIENT_ID = 'mock-client-id-4f1d';
export const CLIENT_SECRET = 'mock-client-secret-9a7c2e51b3d0';

export function errorBody(status: number, code: string, message: string, extra: object = {}): object {
  return { message, code, status, contextId: randomUUID(), details: [], errors: [], ...extra };
}

export async function startMockGenesys(): Promise<MockGenesys> {
  const valid = new Set<string>();
  let apiIndex = 0;
  let acceptedTotal = 0;
  const mock: MockGenesys = {
    port: 0,
    gateway: '',
    requests: [],
    accepted: new Map(),
    logins: 0,
    reply: () => undefined,
    onAccept: () => undefined,
    loginReply: undefined,
    expireTokens: () => valid.clear(),
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8') };
      mock.requests.push(request);
      if (request.url === '/oauth/token') return token(request, res);
      return api(request, res);
    });
  });

  function token(request: MockRequest, res: ServerResponse): void {
    const reply = mock.loginReply?.(request);
    if (reply) return respond(res, reply);
    const expected = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
    const isForm = String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (request.method !== 'POST' || request.headers.authorization !== expected || !isForm ||
      request.body !== 'grant_type=client_credentials') {
      return json(res, 401, { error: 'invalid_client', description: 'client credentials are invalid' });
    }
    mock.logins++;
    const accessToken = `mock-token-${mock.logins}-${randomUUID()}`;
    valid.add(accessToken);
    json(res, 200, { access_token: accessToken, token_type: 'bearer', expires_in: 86400 });
  }

  function api(request: MockRequest, res: ServerResponse): void {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer === undefined) {
      return json(res, 401, errorBody(401, 'authentication.required', 'No authentication bearer token specified in authorization header.'));
    }
    if (!valid.has(bearer) && !bearer.startsWith('user-token-')) {
      return json(res, 401, errorBody(401, 'bad.credentials', 'Invalid login credentials.'));
    }
    const reply = mock.reply(request, apiIndex++) ?? { accept: true };
    if ('drop' in reply) {
      res.socket?.destroy();
      return;
    }
    const delay = reply.delayMs ?? 0;
    if ('accept' in reply) {
      const hash = createHash('sha256').update(request.body, 'utf8').digest('hex');
      mock.accepted.set(hash, (mock.accepted.get(hash) ?? 0) + 1);
      mock.onAccept(request, ++acceptedTotal);
      const id = randomUUID();
      const answer = () => later(delay, () => json(res, 200, { id, selfUri: `/api/v2/conversations/calls/${id}` }));
      if (reply.hold === undefined) return answer();
      void reply.hold.then(answer);
      return undefined;
    }
    later(delay, () => respond(res, reply));
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  mock.port = (server.address() as AddressInfo).port;
  mock.gateway = `http://127.0.0.1:${mock.port}`;
  return mock;
}

function later(ms: number, action: () => void): void {
  // unref: a held answer must not keep jest alive after its test has ended.
  if (ms > 0) setTimeout(action, ms).unref();
  else action();
}

function respond(res: ServerResponse, answer: Answer): void {
  if (answer.text === undefined) return json(res, answer.status, answer.body ?? {}, answer.headers);
  if (res.destroyed) return;
  res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers });
  res.end(answer.text);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json', 'inin-correlation-id': randomUUID(), ...headers });
  res.end(JSON.stringify(body));
}

/** Rate limit answer as Genesys words it (reference section 5.2 and 8). */
export function tooManyRequests(retryAfterSeconds: number): Reply {
  return { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) },
    body: errorBody(429, 'too.many.requests', 'Rate limit exceeded the maximum. [300] requests for [60] seconds',
      { limit: { namespace: 'platform.api', key: 'client.credentials.token.rate.per.minute', value: 300 } }) };
}

export function serverError(status = 503): Reply {
  return { status, body: errorBody(status, status === 503 ? 'service.unavailable' : 'internal.server.error',
    'The service is currently unavailable.') };
}
