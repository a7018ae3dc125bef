// What a fix checks before it puts a value into a real member: the member has room for it, and
// the value is of the kind the member holds. These checks keep fixes that would only trade one
// finding for another from being offered; the fixer also re-lints every result and drops a
// change that brings any new error (src/fix/fix-text.ts), which covers what is not judged here.
import { isPlainObject } from '../../lint/walk-model.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import { phoneFault } from '../invalid-phone.js';
import { presentTargets } from './targets.js';
import { isUuid } from './uuid.js';

/** Whether a value can stand in a member described by this schema node. */
export function fitsMember(node: SchemaNode | undefined, value: unknown): boolean {
  if (!node) return false;
  // A $ref names a model, always an object; what is inside is left to the re-lint.
  if (node.$ref) return isPlainObject(value);
  switch (node.type) {
    case 'string':
      return typeof value === 'string' && fitsString(node, value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return isPlainObject(value);
    case 'array':
      // An empty list counts as no value at all (labelling rule 2), so moving one gains nothing.
      return Array.isArray(value) && value.length > 0 &&
        value.every((item) => node.items === undefined || fitsMember(node.items, item));
    default:
      return false;
  }
}

function fitsString(node: SchemaNode, value: string): boolean {
  if (value.trim() === '') return false;
  // A case-only difference is a warning, which enum-case's own fix then corrects.
  if (node.enum) return node.enum.some((allowed) => allowed.toLowerCase() === value.toLowerCase());
  const kind = node['x-kind'];
  if (kind === 'entity-id') return isUuid(value);
  return phoneFault(kind, value) === undefined;
}

/**
 * Whether a member can be added to an object: it is not there yet, and when it names the
 * object's target, no other target is set (which would make a conflicting-targets error).
 */
export function hasRoomFor(
  object: Record<string, unknown>,
  schema: SchemaNode,
  member: string,
): boolean {
  if (Object.prototype.hasOwnProperty.call(object, member)) return false;
  const targets = schema['x-targets'];
  if (!targets || targets.mode === 'at-least-one' || !targets.members.includes(member)) return true;
  return presentTargets({ pointer: '', value: object, schema, model: '' }, targets).length === 0;
}
