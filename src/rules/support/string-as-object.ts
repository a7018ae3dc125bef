// Which member of a model a lone string belongs in, when the object was written as that string
// alone: "destination": "+13175550142" for {"address": ...}, "wrapup": "<uuid>" for {"code":
// ...}. Only members whose kind the value can be judged by are guessed (an id, a number, an enum
// value): free text, date-times and the like take any string, so they say nothing of its meaning.
import type { FieldKind, SchemaNode } from '../../schema/schema-types.js';
import type { RuleContext } from '../rule.js';
import { fitsMember } from './fit-member.js';

const TELLING_KINDS: ReadonlySet<FieldKind> = new Set([
  'entity-id', 'dial-address', 'transfer-address', 'callback-number', 'e164', 'enum',
]);

/**
 * The members the value fits, each checked by the rules it must satisfy there: the ones that
 * name the object's party (x-targets) when it has such, else any; the required ones among them
 * when there are some (a routing queue's id before a language skill's).
 */
export function membersForString(
  model: SchemaNode,
  pointer: string,
  value: string,
  context: RuleContext,
): string[] {
  const properties = model.properties ?? {};
  const names = model['x-targets']?.members ?? Object.keys(properties);
  const fitting = names.filter((name) => {
    const node = properties[name];
    const kind = node?.['x-kind'];
    return node?.type === 'string' && kind !== undefined && TELLING_KINDS.has(kind) &&
      fitsMember(node, value) && context.errorsWith(pointer, { [name]: value }).length === 0;
  });
  const required = fitting.filter((name) => model.required?.includes(name));
  return required.length > 0 ? required : fitting;
}

/**
 * The member a model names its entity by, when it has exactly one id member (the required one
 * first): "code" of a wrap-up, "queueId" of routing data. Undefined for none, or a choice.
 */
export function idMemberOf(model: SchemaNode): string | undefined {
  const properties = model.properties ?? {};
  const ids = Object.keys(properties).filter((name) => properties[name]?.['x-kind'] === 'entity-id');
  const required = ids.filter((name) => model.required?.includes(name));
  const chosen = required.length > 0 ? required : ids;
  return chosen.length === 1 ? chosen[0] : undefined;
}
