// --endpoint parsing: short names, model names, templates, concrete paths and URLs, and the
// messages for what is not a call endpoint.
import { describe, expect, test } from '@jest/globals';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { ENDPOINTS } from '../src/endpoints/table.js';

const CONSULT = '/api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult';
const ID = '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function resolved(spec: string): string {
  const result = resolveEndpoint(spec);
  if (!result.ok) throw new Error(`${spec}: ${result.message}`);
  return `${result.endpoint.method} ${result.endpoint.path}`;
}

describe('resolveEndpoint', () => {
  test.each([
    ['create-call', 'POST /api/v2/conversations/calls'],
    ['CONSULT', `POST ${CONSULT}`],
    ['CreateCallbackCommand', 'POST /api/v2/conversations/callbacks'],
    ['POST /api/v2/conversations/calls', 'POST /api/v2/conversations/calls'],
    [`POST ${CONSULT}`, `POST ${CONSULT}`],
    [`post /api/v2/conversations/calls/${ID}/participants/${ID}/consult`, `POST ${CONSULT}`],
    [`PATCH /api/v2/conversations/calls/${ID}/participants/${ID}/consult`, `PATCH ${CONSULT}`],
    [`https://api.mypurecloud.ie/api/v2/conversations/calls/${ID}/participants/${ID}/consult?x=1`, `POST ${CONSULT}`],
    ['/api/v2/conversations/calls/user/abc', 'POST /api/v2/conversations/calls/user/{userId}'],
    [`POST /api/v2/conversations/${ID}/participants/${ID}/replace`,
      'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace'],
  ])('%s', (spec, want) => {
    expect(resolved(spec)).toBe(want);
  });

  test('a literal segment beats a path parameter', () => {
    // /calls/user/{userId} and /calls/{conversationId}/participants both have three segments.
    expect(resolved('POST /api/v2/conversations/calls/user/u1')).toContain('/calls/user/{userId}');
    expect(resolved('POST /api/v2/conversations/calls/c1/participants')).toContain('/participants');
  });

  test('an unknown path names the nearest known endpoint', () => {
    const result = resolveEndpoint('POST /api/v2/conversations/call');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.hint).toContain('"POST /api/v2/conversations/calls"');
  });

  test('a known path with the wrong method lists the methods it takes', () => {
    const result = resolveEndpoint('GET /api/v2/conversations/callbacks');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('takes POST, PATCH');
  });

  test('a misspelt short name gets a did-you-mean', () => {
    const result = resolveEndpoint('create-cal');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.hint).toContain('endpoint: "create-call"');
  });

  test.each([
    ['createcallrequest', 'endpoint: "create-call" or endpoint: "create-call-for-user"? ' +
      'CreateCallRequest is the body each takes.'],
    ['digits', 'endpoint: "send-digits"? Digits is the body it takes.'],
    ['calls', 'endpoint: "create-call"? Its path ends in /calls.'],
    ['POST replace', 'endpoint: "replace", endpoint: "conversation-replace" or ' +
      'endpoint: "callback-replace"? Their paths end in /replace.'],
    ['voice/consult/', 'endpoint: "consult-address"? Its path ends in /voice/consult.'],
  ])('%s, a model name in another case or a piece of a path, gets a did-you-mean', (spec, hint) => {
    const result = resolveEndpoint(spec);
    expect(result.ok ? '' : result.hint).toBe(`Did you mean ${hint} (ENDPOINTS lists them all.)`);
  });

  // An attack found "/calls/user" taken as call-command with the conversation "user".
  test.each([['/calls/user'], ['POST /api/v2/conversations/calls/user']])(
    '%s, a path cut short of another, is not read as a {conversationId}', (spec) => {
      const result = resolveEndpoint(spec);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toBe('/api/v2/conversations/calls/user stops where another path goes ' +
        'on: it would be /api/v2/conversations/calls/{conversationId} with "user" as its ' +
        '{conversationId}');
      expect(result.hint).toBe('Did you mean endpoint: "create-call-for-user"? Its path is ' +
        '/api/v2/conversations/calls/user/{userId}. (ENDPOINTS lists them all.)');
    });

  test('a whole path, a template or an id where the template has one, still resolves', () => {
    for (const [spec, name] of [['/calls/user/u1', 'create-call-for-user'], ['/calls/c1', 'call-command'],
      ['/calls/{conversationId}', 'call-command'], ['/calls', 'create-call']]) {
      const result = resolveEndpoint(spec!);
      expect([spec, result.ok && result.endpoint.name]).toEqual([spec, name]);
    }
    expect(resolveEndpoint('calls/user')).toMatchObject({ ok: false, hint: 'Did you mean ' +
      'endpoint: "create-call-for-user"? Its path is /api/v2/conversations/calls/user/{userId}. ' +
      '(ENDPOINTS lists them all.)' });
  });

  test('a piece of a path no endpoint ends in gets the general hint', () => {
    const result = resolveEndpoint('PUT replace');
    expect(result.ok ? '' : result.hint).toBe('Give a short name such as create-call, or ' +
      '"POST /api/v2/conversations/calls".');
  });

  test('the table has the 44 endpoints of the reference, with unique names and paths', () => {
    expect(ENDPOINTS).toHaveLength(44);
    expect(new Set(ENDPOINTS.map((e) => e.name)).size).toBe(44);
    expect(new Set(ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size).toBe(44);
  });
});
