// What a member takes, in words and as JSON to paste, read from its schema alone: a hint that
// asks for a missing member says what shape to give it ("an object naming its party by exactly
// one of ...", "a list of at least one phone number"), not only its name. Only what the schema
// states is said; a value is shown as an example only where one can be given without inventing
// an id (the fictional number other hints show, never a made-up UUID that would pass for one).
import { listAlternatives } from '../../lint/quote.js';
import { deref } from '../../schema/registry.js';
import type { SchemaNode, TargetSpec } from '../../schema/schema-types.js';
import { article } from './article.js';
import { entityPhrase } from './field-names.js';
import { quotedNames } from './targets.js';

export interface MemberShape {
  /** A few words for a message: "a Destination object", "a list of phone numbers", "a UUID". */
  brief: string;
  /** The shape in full, for a hint: "a Destination object naming its party by ...". */
  full: string;
  /** A value of that shape as JSON, where one can be shown: {"address": "+13175550142"}. */
  example?: string;
}

/** One value's words, also as a list's item: "phone number", plural "phone numbers". */
interface ValueWords extends MemberShape {
  /** After "at least one": the singular with what each must be or hold. */
  one: string;
  plural: string;
}

const NUMBER_EXAMPLE = '"+13175550142"';

const PHONE_KINDS: ReadonlySet<string> = new Set([
  'dial-address', 'transfer-address', 'callback-number', 'e164',
]);

const TYPE_WORDS: Readonly<Record<string, { one: string; plural: string }>> = {
  string: { one: 'string', plural: 'strings' },
  integer: { one: 'whole number', plural: 'whole numbers' },
  number: { one: 'number', plural: 'numbers' },
  boolean: { one: 'boolean', plural: 'booleans' },
};

/** root: the schema document the node belongs to, for its references. */
export function memberShape(node: SchemaNode, root: SchemaNode | undefined): MemberShape {
  const model = resolve(node, root);
  if (model.enum) {
    const values = `one of ${listAlternatives(model.enum)}`;
    return { brief: values, full: values };
  }
  if (model.type !== 'array') {
    const { brief, full, example } = valueWords(model, root);
    return { brief, full, ...(example === undefined ? {} : { example }) };
  }
  const item = model.items ? valueWords(model.items, root) : undefined;
  if (!item) return { brief: 'a list', full: 'a list' };
  const least = model.minItems ?? 0;
  const full = least === 0 ? `a list of ${item.plural}` : least === 1
    ? `a list of at least one ${item.one}` : `a list of at least ${least} ${item.plural}`;
  return { brief: `a list of ${item.plural}`, full,
    ...(item.example === undefined ? {} : { example: `[${item.example}]` }) };
}

/**
 * One entry of a list, for a hint that asks for an entry: "a phone number (E.164 form
 * preferred)", with the entry as JSON where one can be shown; undefined for what is no list.
 */
export function entryShape(
  node: SchemaNode,
  root: SchemaNode | undefined,
): MemberShape | undefined {
  const model = resolve(node, root);
  if (model.type !== 'array' || !model.items) return undefined;
  const item = valueWords(model.items, root);
  return { brief: item.brief, full: `${article(item.one)} ${item.one}`,
    ...(item.example === undefined ? {} : { example: item.example }) };
}

function valueWords(node: SchemaNode, root: SchemaNode | undefined): ValueWords {
  const model = resolve(node, root);
  if (model.type === 'object' || model.$ref) return objectWords(model);
  const kind = model['x-kind'];
  if (kind !== undefined && PHONE_KINDS.has(kind)) {
    const one = `phone number${kind === 'e164' ? ' in E.164 form' : ' (E.164 form preferred)'}`;
    return { brief: 'a phone number', full: `a ${one}`, one, plural: 'phone numbers',
      example: NUMBER_EXAMPLE };
  }
  if (kind === 'entity-id') {
    const phrase = entityPhrase(model);
    return { brief: 'a UUID', full: `the ${phrase} (a UUID)`, one: `${phrase} (a UUID)`,
      plural: `${phrase}s (UUIDs)` };
  }
  if (kind === 'datetime' || model.format === 'date-time') {
    return { brief: 'an ISO-8601 date-time', full: 'an ISO-8601 date-time with a time zone',
      one: 'ISO-8601 date-time', plural: 'ISO-8601 date-times' };
  }
  const words = TYPE_WORDS[model.type ?? 'string'] ?? TYPE_WORDS['string']!;
  const brief = `${article(words.one)} ${words.one}`;
  return { brief, full: brief, one: words.one, plural: words.plural };
}

/**
 * An object by its model's name, and what it must hold: the members that name its party
 * (x-targets), else the members it requires; an example where the first of them takes a number.
 */
function objectWords(model: SchemaNode): ValueWords {
  const name = model['x-model'];
  const one = name ? `${name} object` : 'object';
  const brief = `${article(one)} ${one}`;
  const plural = `${one}s`;
  const targets = model['x-targets'];
  const members = targets?.members ?? model.required ?? [];
  if (members.length === 0) return { brief, full: brief, one, plural };
  const inside = targets ? ` naming its party by ${targetWords(targets)}`
    : ` with ${quotedNames(members)}`;
  const first = model.properties?.[members[0]!]?.['x-kind'];
  const example = first !== undefined && PHONE_KINDS.has(first)
    ? { example: `{"${members[0]}": ${NUMBER_EXAMPLE}}` } : {};
  return { brief, full: `${brief}${inside}`, one: `${one}${inside}`, plural, ...example };
}

function targetWords(targets: TargetSpec): string {
  const names = listAlternatives(targets.members);
  if (targets.members.length === 1 || targets.mode === 'at-least-one') return names;
  return `${targets.mode === 'exactly-one' ? 'exactly' : 'at most'} one of ${names}`;
}

function resolve(node: SchemaNode, root: SchemaNode | undefined): SchemaNode {
  return node.$ref && root ? deref(node, root) : node;
}

