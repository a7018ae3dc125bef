// A hint that moves a value into a real member is followed as written, so the member must take
// that value: a national number renamed into callerId, skill names into routingSkillsIds or
// {"a": 1} into the text map attributes only trade unknown-field for another error. The body is
// linted as the hint leaves it, by the rules themselves rather than a copy of their checks; where
// the value fails there, the hint says what the member takes instead of a bare rename.
import { joinPointer, splitPointer, valueAt } from '../../lint/pointer.js';
import { describeValue, quote } from '../../lint/quote.js';
import type { Report } from '../../lint/types.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { deref } from '../../schema/registry.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleContext } from '../rule.js';
import { callerIdForm } from './caller-id-form.js';
import { entityPhrase } from './field-names.js';
import type { InventedPlace } from './replacement-hint.js';
import { quotedNames } from './targets.js';
import { templateVariableIn } from './template-variable.js';

/** A change a hint suggests: the holding object as the hint leaves it, and the member filled. */
export interface Move {
  parent: Readonly<Record<string, unknown>>;
  use: string;
  /**
   * The member filled, where that is inside use ("address" for use "destination"): a refusal
   * names the member the value was meant for, not the object around it. Its name alone: the
   * hint's lead says where it is, and a dotted "destination.address" reads as a member of its own.
   */
  named?: string;
}

/** The holding object with member renamed to use where it stands, holding value. */
export function renamed(
  parent: Readonly<Record<string, unknown>>,
  member: string,
  use: string,
  value: unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parent)
    .map(([name, held]) => (name === member ? [use, value] : [name, held])));
}

/**
 * The holding object without the members dropped, and with use holding value: in its place when
 * the object has it, else last ("remove both and write ..." over a member already there).
 */
export function replaced(
  parent: Readonly<Record<string, unknown>>,
  dropped: readonly string[],
  use: string,
  value: unknown,
): Record<string, unknown> {
  const kept = Object.entries(parent).filter(([name]) => !dropped.includes(name));
  const isThere = kept.some(([name]) => name === use);
  return Object.fromEntries([...kept.map(([name, held]) => [name, name === use ? value : held]),
    ...(isThere ? [] : [[use, value]])]);
}

/** The holding object with members taken out and put, as inside, into a new object use. */
export function nested(
  parent: Readonly<Record<string, unknown>>,
  members: readonly string[],
  use: string,
  inside: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  // A Set: a group moved together may be a map's worth of members (replacement-hint.ts).
  const moved = new Set(members);
  const kept = Object.entries(parent).filter(([name]) => !moved.has(name));
  return Object.fromEntries([...kept, [use, inside]]);
}

/**
 * The errors the body gets with the move made, at the member filled or inside it.
 * parentPointer: where the holding object is; errorsWith: the rule context's.
 */
export function faultsAfter(
  errorsWith: RuleContext['errorsWith'],
  parentPointer: string,
  move: Move,
): readonly Report[] {
  const at = joinPointer(parentPointer, move.use);
  return errorsWith(parentPointer, move.parent)
    .filter((report) => report.pointer === at || report.pointer.startsWith(`${at}/`));
}

/** faultsAfter, for a hint's place. */
export function moveFaults(place: InventedPlace, move: Move): readonly Report[] {
  return faultsAfter(place.errorsWith, place.parentPointer, move);
}

/**
 * The hint as written when the move it suggests is accepted, else what the member takes.
 * lead: the move alone, for the hint to go on from ("Use "callerId" instead of "from"").
 */
export function checkedMove(place: InventedPlace, move: Move, hint: string, lead: string): string {
  const faults = moveFaults(place, move);
  const first = faults[0];
  if (first === undefined) return hint;
  const wanted = { place, move, faults, lead };
  return WHAT_IT_TAKES[first.ruleId]?.(wanted) ?? stringValues(wanted) ??
    `${lead}, with a value ${quote(move.named ?? move.use)} takes: as it is, ${first.message}`;
}

/** A rename to use, checked: the hint is lead, unless use does not take the value. */
export function checkedRename(
  place: InventedPlace,
  use: string,
  value: unknown,
  lead: string,
): string {
  const move = { parent: renamed(place.parent, place.member, use, value), use };
  return checkedMove(place, move, `${lead}.`, lead);
}

interface Wanted {
  place: InventedPlace;
  move: Move;
  /** What the rules found wrong with the move; never empty. */
  faults: readonly Report[];
  lead: string;
}

/** A hint per rule whose finding says what the member takes; undefined where it cannot tell. */
type Takes = (wanted: Wanted) => string | undefined;

const e164: Takes = ({ place, move, faults, lead }) => {
  const at = joinPointer(place.parentPointer, move.use);
  const value = move.parent[move.use];
  if (faults[0]!.pointer !== at || typeof value !== 'string') return undefined;
  if (nodeAt(place, move.use, [])?.['x-kind'] !== 'e164') return undefined;
  const form = callerIdForm(value, place.country);
  const written = { parent: { ...move.parent, [move.use]: form.value }, use: move.use };
  if (form.isRewritten && moveFaults(place, written).length === 0) {
    return `${lead}, written in E.164: ${quote(form.value)}.`;
  }
  const fault = form.fault ?? 'it is not a number';
  return `${lead}, written in E.164 ("+", country code and number): ${quote(move.use)} takes ` +
    `strict E.164 only, and ${quote(value)} is not: ${fault}.`;
};

const ids: Takes = ({ place, move, faults, lead }) => {
  const wrong = faults.filter((fault) => fault.ruleId === 'invalid-uuid');
  const node = nodeAt(place, move.use, keysBelow(place, move, wrong[0]!));
  const held = wrong.map((fault) => valueOf(place, move, fault));
  const phrase = node ? entityPhrase(node) : 'id';
  // An unfilled "{{skill}}" is no name: what it becomes is known only once it is filled in.
  const unfilled = held.filter(isUnfilled).map((value) => quote(value));
  const names = held.filter((value) => !isUnfilled(value)).map((value) => quote(value));
  const notIds = names.length === 0 ? ''
    : `, not names: ${names.join(', ')} ${names.length === 1 ? 'is not one' : 'are not'}`;
  const isOne = unfilled.length === 1;
  const variables = unfilled.length === 0 ? ''
    : `; ${unfilled.join(', ')} ${isOne ? 'holds a variable' : 'hold variables'} left unfilled: ` +
      `lint the body as sent, with ${isOne ? 'it' : 'them'} filled in`;
  return `${lead}, with ${phrase}s (UUIDs)${notIds}${variables}.`;
};

function isUnfilled(value: unknown): boolean {
  return typeof value === 'string' && templateVariableIn(value) !== undefined;
}

const dateTime: Takes = ({ place, move, faults, lead }) => {
  const first = faults[0]!;
  return `${lead}, with an ISO-8601 date-time: ${quote(valueOf(place, move, first))} is not one. ` +
    first.hint;
};

/**
 * A new object without a member its model requires (routingData without queueId): the one the
 * holding object has under that name is copied in, where it is accepted there, else named.
 */
const required: Takes = ({ place, move, faults, lead }) => {
  // The finding names the missing member; the object lacking it is one level up.
  const keys = keysBelow(place, move, faults[0]!).slice(0, -1);
  const inside = move.parent[move.use];
  const model = nodeAt(place, move.use, keys);
  const held = valueAt(inside, pointerOf(keys));
  if (!isPlainObject(inside) || !isPlainObject(held) || !model) return undefined;
  const schema = model.$ref && place.root ? deref(model, place.root) : model;
  const missing = (schema.required ?? []).filter((key) => !Object.hasOwn(held, key));
  if (missing.length === 0) return undefined;
  const names = quotedNames(missing);
  const hasAll = missing.every((key) => Object.hasOwn(place.parent, key));
  const added = Object.fromEntries(missing.map((key) => [key, place.parent[key]]));
  const filled = hasAll && keys.length === 0
    ? { parent: { ...move.parent, [move.use]: { ...added, ...inside } }, use: move.use } : undefined;
  if (filled && moveFaults(place, filled).length === 0) {
    return `${lead}, with the ${names} it requires, as the body gives it: ${quote(move.use)}: ` +
      `${shownObject(filled.parent[move.use] as Record<string, unknown>)}.`;
  }
  return `${lead}, adding the ${names} it requires.`;
};

const WHAT_IT_TAKES: Partial<Record<RuleId, Takes>> = {
  'missing-required': required,
  'invalid-phone': e164,
  'non-e164': e164,
  'phone-formatting': e164,
  'invalid-uuid': ids,
  'invalid-datetime': dateTime,
};

/**
 * A map of text values given other values ({"vip": true} as attributes): the map with numbers
 * and booleans written as text, where that is all that was wrong, else which entries hold no text.
 */
function stringValues({ place, move, faults, lead }: Wanted): string | undefined {
  const map = move.parent[move.use];
  const node = nodeAt(place, move.use, []);
  const isTextMap = isPlainObject(map) && valuesOf(node)?.type === 'string';
  const entries = faults.map((fault) => keysBelow(place, move, fault));
  if (!isTextMap || !faults.every((fault, i) => fault.ruleId === 'wrong-type' &&
    entries[i]!.length === 1)) return undefined;
  const wrong = entries.map(([key]) => key!);
  const written = Object.fromEntries(Object.entries(map)
    .map(([key, held]) => [key, isScalar(held) && wrong.includes(key) ? String(held) : held]));
  const rewritten = { parent: { ...move.parent, [move.use]: written }, use: move.use };
  if (moveFaults(place, rewritten).length === 0) {
    return `${lead}, with string values: ${quote(move.use)}: ${shownObject(written)}.`;
  }
  const held = wrong.map((key) => `${quote(key)} holds ${describeValue(map[key])}`);
  return `${lead}, with string values: ${quote(move.use)} maps names to text, and ` +
    `${held.join(', ')}.`;
}

/** An object as hints write one: {"a": "1", "b": 2}. */
function shownObject(object: Readonly<Record<string, unknown>>): string {
  return `{${Object.entries(object).map(([key, held]) => `${quote(key)}: ${quote(held)}`).join(', ')}}`;
}

function isScalar(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

/** The keys from the member filled down to where a fault is. */
function keysBelow(place: InventedPlace, move: Move, fault: Report): string[] {
  const at = joinPointer(place.parentPointer, move.use);
  return splitPointer(fault.pointer.slice(at.length));
}

function valueOf(place: InventedPlace, move: Move, fault: Report): unknown {
  return valueAt(move.parent[move.use], pointerOf(keysBelow(place, move, fault)));
}

function pointerOf(keys: readonly string[]): string {
  return keys.reduce((at, key) => joinPointer(at, key), '');
}

/** The schema of the value reached from member use by keys: list items, map values, members. */
function nodeAt(place: InventedPlace, use: string, keys: readonly string[]): SchemaNode | undefined {
  let node = place.properties[use];
  for (const key of keys) {
    if (node === undefined) return undefined;
    const model = node.$ref && place.root ? deref(node, place.root) : node;
    node = model.type === 'array' ? model.items : model.properties?.[key] ?? valuesOf(model);
  }
  return node;
}

/** The schema of a map's values, for an object that is a map. */
function valuesOf(node: SchemaNode | undefined): SchemaNode | undefined {
  const values = node?.additionalProperties;
  return typeof values === 'object' ? values : undefined;
}
