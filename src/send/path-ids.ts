// Every path parameter of the endpoint table names a Genesys entity by its id, and Genesys ids
// are UUIDs (labelling rule 5 of ../shared/cases/README.md; the invalid-uuid rule holds bodies to
// the same). A value that is none ("not a uuid", a name, a placeholder) was sent percent-encoded
// as a path segment, to be refused by Genesys after the login, or to reach nothing.
import { escapeControl } from '../lint/escape-control.js';
import { templateVariableIn } from '../rules/support/template-variable.js';
import { idWantedAs, isUuid } from '../rules/support/uuid.js';
import type { Refusal } from './build-request.js';

/** The entity each path parameter names, as hints speak of it. */
const ENTITY_OF: Readonly<Record<string, string>> = {
  conversationId: 'conversation',
  participantId: 'participant',
  communicationId: 'communication',
  userId: 'user',
};

/** A value of an id parameter that is not a UUID, refused; source says where it was given. */
export function refuseNonUuid(name: string, value: string, source: string): Refusal | undefined {
  const entity = Object.hasOwn(ENTITY_OF, name) ? ENTITY_OF[name] : undefined;
  if (entity === undefined || isUuid(value)) return undefined;
  return { ok: false, message: `path parameter ${name} is "${escapeControl(value)}" in ${source}, ` +
    'which is not a UUID: Genesys names each conversation, participant, communication and user ' +
    'by one', hint: `Give ${idWantedAs(entity, value, guessOf(value))}.` };
}

/**
 * What a value that is no UUID seems to be, where that can be told; else nothing is said. A
 * conversation or participant has no name to guess at, and "abc" or a UUID cut short is no
 * placeholder: the body rules' guesses ("perhaps its name") do not hold for a path.
 */
function guessOf(value: string): string | undefined {
  if (templateVariableIn(value) !== undefined) return 'a variable left unfilled';
  return isPlaceholder(value) ? 'a placeholder' : undefined;
}

/**
 * Whether the whole value stands in for an id, in a form docs, routers and samples write: a
 * template parameter ({conversationId}, <id>, [id], :id), a capitalised stand-in (YOUR_ID), x's
 * (xxx, xxxxxxxx-xxxx-...), or words that only name the id ("participantId", "your-id-here").
 */
function isPlaceholder(value: string): boolean {
  if (/^(\{.+\}|<.+>|\[.+\]|:[A-Za-z_]\w*)$/.test(value)) return true;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value) || /^x+(-x+)*$/i.test(value)) return true;
  const words = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_ .]+/);
  return words.some((word) => ID_WORDS.has(word)) &&
    words.every((word) => ID_WORDS.has(word) || FILLER_WORDS.has(word));
}

// Words that say "an id goes here" on their own, and those that only go with them.
const ID_WORDS: ReadonlySet<string> = new Set(['id', 'uuid', 'guid', 'placeholder', 'todo']);
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'your', 'my', 'the', 'a', 'an', 'here', 'goes', 'insert', 'put', 'example', 'sample', 'some',
  ...Object.values(ENTITY_OF),
]);
