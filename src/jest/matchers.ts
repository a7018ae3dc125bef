// A jest matcher for integrators: expect(body).toBeValidCallRequest('consult') passes when the
// body (an object, JSON text or its bytes) has no error findings for that endpoint, and otherwise
// fails listing every finding. Import 'genesys-call-lint/jest' and call
// expect.extend(callRequestMatchers), or import 'genesys-call-lint/jest/setup' to register it on
// the global expect.
import { describeEndpoint, resolveEndpointFor } from '../endpoints/resolve-endpoint.js';
import { chooseEndpoint, lintTextFor } from '../lint/lint-text.js';
import type { Finding } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import { describeOmitted } from '../reporters/reporter.js';
import { MATCHER_WORDS } from './matcher-words.js';
import { receivedText } from './received-text.js';

// The matcher's types for TypeScript users (src/jest/matcher-types.ts).
export type {} from './matcher-types.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

interface MatcherContext {
  isNot?: boolean;
}

/**
 * lintText's result, or its UsageError (an endpoint that is none) thrown with the hint in the
 * message: Jest prints an error's message alone, and the hint says what to pass instead.
 */
function lintedOrThrown(text: string, endpoint: string): ReturnType<typeof lintTextFor> {
  try {
    return lintTextFor(text, { endpoint, filePath: 'body' }, MATCHER_WORDS);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${error.message}\n${error.hint}`, error.hint);
    throw error;
  }
}

/**
 * "a valid POST /api/v2/conversations/calls request (CreateCallRequest)", as the other failures
 * name the endpoint, for a failure found before any lint; the endpoint as given when it names
 * none yet ("auto"; an unknown one makes the lint throw its usage error instead).
 */
function aValid(endpoint: string): string {
  const resolved = typeof endpoint === 'string' ? resolveEndpointFor(endpoint, MATCHER_WORDS)
    : undefined;
  if (resolved?.ok !== true) return `a valid ${endpoint} request`;
  const { model } = resolved.endpoint;
  return `a valid ${describeEndpoint(resolved.endpoint)} request${model === null ? '' : ` (${model})`}`;
}

export const callRequestMatchers = {
  toBeValidCallRequest(this: MatcherContext, received: unknown, endpoint = 'create-call'): MatcherResult {
    // What JSON.stringify would throw on, or silently send as something else, is the failure
    // itself: linting what it makes of it would report an empty body, or a null the test never
    // wrote. So are bytes that are no text.
    const sent = receivedText(received);
    if ('unsendable' in sent) {
      return {
        pass: false,
        message: () => `expected ${aValid(endpoint)}, but the body cannot be sent as JSON: ` +
          `${sent.unsendable}`,
      };
    }
    const text = sent.text;
    const result = lintedOrThrown(text, endpoint);
    // With 'auto', a body whose models tie with different findings is not linted at all: an
    // error notice says so, and a body nobody checked must not pass.
    const undecided = result.notices.find((n) => n.severity === 'error');
    if (undecided) {
      // The notice ends with how to choose; said again here, with a model name taken too.
      const choose = chooseEndpoint(MATCHER_WORDS);
      const why = undecided.message.endsWith(choose)
        ? undecided.message.slice(0, -choose.length) : `${undecided.message} `;
      return {
        pass: false,
        message: () => `expected ${aValid(endpoint)}, but it was not linted: ${why}Pass ` +
          'the one meant to toBeValidCallRequest (a model name is taken too).',
      };
    }
    // The count, not the findings listed: past 100 of a rule the rest are only counted.
    const pass = result.errorCount === 0;
    // An object is linted as JSON.stringify(body, null, 2), a text the test never sees: say so,
    // or "2:3" points nowhere.
    const where = sent.isWritten ? ''
      : ' (lines and columns in JSON.stringify(body, null, 2))';
    return {
      pass,
      message: () => pass
        ? `expected the body not to be a valid ${result.endpoint} request, but it has no errors` +
          `${result.warningCount > 0 ? `${where}\n${list(result.findings)}` : ''}`
        : `expected a valid ${result.endpoint} request (${result.model}), but found${where}:\n` +
          list(result.findings) +
          (result.omitted ?? []).map((o) => `\n  ${describeOmitted(o)}`).join(''),
    };
  },
};

function list(findings: readonly Finding[]): string {
  return findings
    .map((f) => `  ${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.pointer || '(body)'}: ${f.message}\n` +
      `      hint: ${f.hint}`)
    .join('\n');
}
