// empty-body: nothing to send. Zero bytes, whitespace, null and {} all carry no members, so the
// request can say nothing about whom to call; no other rule is run on such a body. Where the SDKs
// treat the body as optional (wrap-up, post-call action, digits, participant callback), leaving it
// out is allowed, so an empty one is only a warning that the request sets nothing.
import type { Problem, Rule } from './rule.js';

export type EmptyKind = 'whitespace' | 'null' | '{}';

const SHOWN: Record<EmptyKind, string> = {
  whitespace: 'no text, or only white space',
  null: 'the JSON value null',
  '{}': 'an object with no members ({})',
};

export const emptyBody = {
  id: 'empty-body',
  severity: 'error',
  summary: 'The body carries no members: empty text, white space, null or {}.',
  describeEmpty(kind: EmptyKind, isBodyOptional = false): Problem {
    if (isBodyOptional) {
      return {
        pointer: '',
        severity: 'warning',
        message: `The body is empty: it is ${SHOWN[kind]}. This endpoint may be called without a ` +
          'body, but then the request sets nothing.',
        hint: 'Send no body at all if that is what you meant; otherwise add the members to set.',
      };
    }
    return {
      pointer: '',
      message: `The body is empty: it is ${SHOWN[kind]}, so it names nothing to act on.`,
      hint: 'Send a JSON object with the members the endpoint needs, for a call at least a target ' +
        'such as {"phoneNumber": "+13175550142"}.',
    };
  },
} satisfies Rule & Record<string, unknown>;
