// empty-body: nothing to send. Zero bytes, whitespace, null and {} all carry no members, so the
// request can say nothing about whom to call; no other rule is run on such a body.
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
  describeEmpty(kind: EmptyKind): Problem {
    return {
      pointer: '',
      message: `The body is empty: it is ${SHOWN[kind]}, so it names nothing to act on.`,
      hint: 'Send a JSON object with the members the endpoint needs, for a call at least a target ' +
        'such as {"phoneNumber": "+13175550142"}.',
    };
  },
} satisfies Rule & Record<string, unknown>;
