// Server text is scrubbed of secrets as it arrives, before anything decodes, cuts, prints or
// journals it. Scrubbing only at output came too late: a plain-text error cut at 500 characters
// first split the token it quoted, and the scrubber, which knows whole values only, let all of it
// but the last character through.
import type { Secrets } from './redact.js';
import type { Answer } from './retry-policy.js';
import { LoginError, type ApiClient } from './sdk-client.js';

export function scrubAnswers(client: ApiClient, secrets: Secrets): ApiClient {
  return {
    apiOrigin: client.apiOrigin,
    loginOrigin: client.loginOrigin,
    useToken: (token) => client.useToken(token),
    async loginClientCredentials(clientId, clientSecret) {
      try {
        return await client.loginClientCredentials(clientId, clientSecret);
      } catch (error) {
        if (!(error instanceof LoginError)) throw error;
        // A refused login may quote the Basic credentials, decoded or not.
        throw new LoginError(error.status, scrubValue(error.answer, secrets), error.reason, error.hint);
      }
    },
    async call(method, pathTemplate, pathParams, body) {
      return scrubAnswer(await client.call(method, pathTemplate, pathParams, body), secrets);
    },
  };
}

function scrubAnswer(answer: Answer, secrets: Secrets): Answer {
  return answer.kind === 'response' ? { ...answer, body: scrubValue(answer.body, secrets) }
    : { ...answer, message: secrets.scrub(answer.message) };
}

/** Every string in a text or decoded JSON value, member names too, scrubbed. */
export function scrubValue(value: unknown, secrets: Secrets): unknown {
  if (typeof value === 'string') return secrets.scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value)
    .map(([name, item]) => [secrets.scrub(name), scrubValue(item, secrets)]));
}
