// empty-body: nothing to send. Zero bytes, whitespace, null and {} all carry no members, so the
// request can say nothing about whom to call; no other rule is run on such a body. Where the SDKs
// treat the body as optional (wrap-up, post-call action, digits, participant callback), leaving it
// out is allowed, so an empty one is only a warning that the request sets nothing.
import type { SchemaNode } from '../schema/schema-types.js';
import type { Problem, Rule } from './rule.js';
import { firmlyRequired, settableMembers } from './support/endpoint-facts.js';
import { andList, orList } from './support/targets.js';

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
  /** `schema`: the body model of `endpoint` (a short name), whose needs the hint names. */
  describeEmpty(
    kind: EmptyKind,
    schema: SchemaNode,
    endpoint: string,
    isBodyOptional = false,
  ): Problem {
    // A body left out is allowed there, but one that is given (null or {}) must still hold what
    // its model requires: the participant callback's callbackNumbers.
    const required = firmlyRequired(endpoint, schema.required ?? []);
    const needs = needsOf(schema, endpoint, required);
    const isGiven = kind !== 'whitespace' && required.length > 0;
    if (isBodyOptional && !isGiven) {
      return {
        pointer: '',
        severity: 'warning',
        message: `The body is empty: it is ${SHOWN[kind]}. This endpoint may be called without a ` +
          'body, but then the request sets nothing.',
        hint: `Send no body at all if that is what you meant; otherwise send ${needs}.`,
      };
    }
    if (isBodyOptional) {
      return {
        pointer: '',
        message: `The body is empty: it is ${SHOWN[kind]}. This endpoint may be called without a ` +
          `body, but a body that is sent must hold ${andList(required)}.`,
        hint: `Send no body at all, or a JSON object with ${needs}.`,
      };
    }
    return {
      pointer: '',
      message: `The body is empty: it is ${SHOWN[kind]}, so it names nothing to act on.`,
      hint: `Send a JSON object with ${needs}.`,
    };
  },
} satisfies Rule & Record<string, unknown>;

// The call's example number: a fictional +1 317 555 01xx, as in every example of the docs.
const CALL_EXAMPLE = '{"phoneNumber": "+13175550142"}';

/**
 * What the model needs, from its schema: its required members and its targets. One hint for
 * every endpoint, so that a consult is not told to send the phoneNumber only a call takes.
 */
function needsOf(schema: SchemaNode, endpoint: string, required: readonly string[]): string {
  const model = schema['x-model'] ?? 'the body';
  // `required`: firmlyRequired's, since Conversation requires startTime and participants for
  // reads and its PATCH needs neither.
  const needs = [...required];
  const targets = schema['x-targets'];
  if (targets) {
    const [only] = targets.members;
    const some = targets.members.length === 1 && only !== undefined ? only
      : targets.mode === 'at-least-one' ? orList(targets.members)
        : `one of ${orList(targets.members)}`;
    const none = targets.noneAllowedWhenTrue;
    needs.push(none === undefined ? some : `${some} (or "${none}": true)`);
  }
  if (needs.length === 0) {
    const members = settableMembers(endpoint) ?? Object.keys(schema.properties ?? {}).slice(0, 3);
    return `the ${model} members to set, such as ${orList(members)}`;
  }
  const example = targets?.members.includes('phoneNumber') ? `, such as ${CALL_EXAMPLE}` : '';
  return `what ${model} needs: ${andList(needs)}${example}`;
}
