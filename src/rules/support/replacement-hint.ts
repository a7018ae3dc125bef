// The hint for an invented member that the tables in invented-members.ts explain. A hint is
// followed literally, so it must not give a body that is wrong again: an object renamed into a
// text member ({"routingData": {...}} as callQueueId), a flag renamed into an enum ("disconnect":
// true as state), or a wrapper removed together with the target it holds.
import { joinPointer, splitPointer } from '../../lint/pointer.js';
import { describeValue, listAlternatives, quote } from '../../lint/quote.js';
import type { Report } from '../../lint/types.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { deref } from '../../schema/registry.js';
import type { NumberPlace } from '../../phone/number-place.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import type { RuleContext } from '../rule.js';
import {
  checkedMove, checkedRename, moveFaults, nested, renamed,
} from './checked-move.js';
import { where } from './field-names.js';
import { knownReplacement, type Replacement } from './invented-members.js';
import { entryTakenHint, flagTakenHint, nestTakenHint } from './into-existing.js';
import { partyHint } from './party-hint.js';
import { placeValue, type Placed } from './place-value.js';
import { secondTargetHint, takenHint, targetTakenHint } from './taken-member.js';
import { quotedNames } from './targets.js';
import { wrapperPartyMember } from './wrapper-party.js';

/** Where the unknown member sits: its name and value, and the object that holds it. */
export interface InventedPlace {
  model: string;
  member: string;
  value: unknown;
  /** Pointer and members of the object holding the unknown member, and that model's members. */
  parentPointer: string;
  parent: Readonly<Record<string, unknown>>;
  properties: Readonly<Record<string, SchemaNode>>;
  /** The body's schema document, for the models a nested member refers to (wrapup). */
  root: SchemaNode | undefined;
  /**
   * Where the holding object may name only one target: the members that name one, and those it
   * already sets. A hint must not add a second.
   */
  targets?: { members: readonly string[]; set: readonly string[] };
  /** RuleContext.errorsWith: what a hint suggests is linted before it is suggested. */
  errorsWith: RuleContext['errorsWith'];
  /** The default country, which alone can read a national number as E.164. */
  country: NumberPlace | undefined;
}

export function replacementHint(place: InventedPlace, fixed: Replacement | undefined): string {
  return replacementAdvice(place, fixed).hint;
}

/**
 * The hint, and whether it lifts what the member holds into the object around it: then the
 * member is a wrapper, and renaming it as the table says ({"data": {"phoneNumber": ...}} to
 * attributes) would file the body's own members away as something else.
 */
export function replacementAdvice(
  place: InventedPlace,
  fixed: Replacement | undefined,
): { hint: string; isLift: boolean } {
  // A list or an entry of one is the form the real member takes: an object that happens to hold
  // a member of the model ({"participant": {"address": ...}}, a party, not Conversation.address)
  // goes into it whole.
  const isWrapped = fixed?.form === 'list' || fixed?.form === 'entry';
  const lifted = isWrapped ? undefined : liftHint(place, fixed);
  return lifted ? { hint: lifted, isLift: true } : { hint: unliftedHint(place, fixed), isLift: false };
}

function unliftedHint(place: InventedPlace, fixed: Replacement | undefined): string {
  const { member, value } = place;
  const target = fixed?.use === undefined ? undefined : place.properties[fixed.use];
  const isRename = fixed?.form === undefined || fixed.form === 'rename';
  const second = fixed?.use && isRename ? targetTakenHint(place, fixed.use, fixed.orUse) : undefined;
  if (second) return second;
  const party = fixed?.use && isRename ? partyHint(place, fixed.use, target) : undefined;
  if (party) return party;
  // {"wrapupCode": {"id": "..."}}: the real member takes the id itself, not the object around it.
  const id = isRename ? idFor(target, value) : undefined;
  if (fixed?.use && id !== undefined) {
    return takenHint(place, fixed.use, id) ??
      `Use "${fixed.use}": ${quote(id)} instead of ${quote(member)}: the id alone, as a string.`;
  }
  if (!fixed?.use) {
    return fixed ? `Remove ${quote(member)}${whereInnerGoes(place)}.`
      : `Remove ${quote(member)} or move its value to the matching ${place.model} member.`;
  }
  const shown = quote(value);
  switch (fixed.form) {
    case 'nest':
      return nestHint(place, fixed.use, fixed.key ?? member, target);
    case 'list':
      if (!fitsType(target?.items, value)) {
        return mismatchHint(member, fixed.use, target?.items, value, true);
      }
      return takenHint(place, fixed.use, [value]) ?? checkedMove(place,
        { parent: renamed(place.parent, member, fixed.use, [value]), use: fixed.use },
        `Replace it with a list: "${fixed.use}": [${shown}].`,
        `Replace ${quote(member)} with a list, "${fixed.use}"`);
    case 'entry': {
      const entry = `{${quote(fixed.key ?? member)}: ${shown}}`;
      const moved = [{ [fixed.key ?? member]: value }];
      return entryTakenHint(place, fixed.use, entry) ?? checkedMove(place,
        { parent: renamed(place.parent, member, fixed.use, moved), use: fixed.use },
        `Move it into an entry of ${fixed.use}: "${fixed.use}": [${entry}].`,
        `Move it into an entry of ${fixed.use}`);
    }
    default:
      if (fixed.whenTrue !== undefined) {
        const taken = value === true ? flagTakenHint(place, fixed.use, fixed.whenTrue) : undefined;
        return taken ?? flagHint(member, fixed.use, fixed.whenTrue, value);
      }
      if (!fitsType(target, value)) return mismatchHint(member, fixed.use, target, value, false);
      // A name where only an id member exists ("queueName" on a transfer): ask for the id.
      if (!placeValue(target, value).isExact) {
        return `Replace ${quote(member)} with "${fixed.use}": ${placeValue(target, value).shown}.`;
      }
      return takenHint(place, fixed.use, value) ?? checkedRename(place, fixed.use, value,
        `Use "${fixed.use}" instead of ${quote(member)}`);
  }
}

/**
 * An object holding members of the enclosing model ({"destination": {"userId": ...}} on a
 * transfer, {"routingData": {"queueId": ...}} on a call): they belong one level up. A name inside
 * that is itself an alias of the suggested member (queueId for callQueueId) is lifted under the
 * real name. Members already set one level up are left alone.
 */
function liftHint(place: InventedPlace, fixed: Replacement | undefined): string | undefined {
  const { member, value, parent, properties } = place;
  if (!isPlainObject(value) || fixed?.isCaller) return undefined;
  // By real name, in the body's order: two inner members may land on one name (skills and
  // skillIds both as routingSkillsIds), and a hint that wrote it twice would repeat a key.
  const moves = new Map<string, Placed[]>();
  const others: string[] = [];
  const taken: string[] = [];
  const rival: string[] = [];
  const merged = new Set<string>();
  const undecided: string[] = [];
  let firstTaken: string | undefined;
  let firstRival: { key: string; real: string; shown: string } | undefined;
  const set = place.targets?.set ?? [];
  for (const [key, inner] of Object.entries(value)) {
    const real = liftedName(place, key, fixed);
    // In the type of its new place: {"id": u} in a text member is u, ["5"] in a number is 5.
    const placed = real === undefined ? undefined : placeValue(properties[real], inner);
    const isThere = real !== undefined && Object.prototype.hasOwnProperty.call(parent, real);
    // A list there takes what is lifted too, in one list that replaces it: leaving the lifted
    // entries out would drop them without a word.
    if (isThere && placed?.isExact && Array.isArray(parent[real]) && Array.isArray(placed.value)) {
      const held = parent[real] as unknown[];
      moves.set(real, [...(moves.get(real) ?? [{ shown: quote(held), isExact: true, value: held }]),
        placed]);
      merged.add(real);
      continue;
    }
    const there = isThere
      ? takenHint(place, real!, placed?.isExact ? placed.value : inner) : undefined;
    if (there !== undefined) {
      firstTaken ??= there;
      taken.push(`${quote(key)} (${quote(real)} is already there)`);
    } else if (real !== undefined && placed && set.length > 0 &&
      place.targets?.members.includes(real)) {
      // A second target beside the one set would trade this finding for conflicting-targets.
      firstRival ??= { key, real, shown: placed.shown };
      rival.push(quote(key));
    } else if (real !== undefined && placed) {
      moves.set(real, [...(moves.get(real) ?? []), placed]);
    } else {
      // A name with a place that depends on what was meant (queueId: the queue to call, or to
      // call on behalf of): "no place there" would be untrue.
      const alias = knownReplacement(place.model, key);
      if (alias?.use !== undefined) undecided.push(`${quote(key)} (${alias.why})`);
      else others.push(quote(key));
    }
  }
  const named = quotedNames(set);
  if (moves.size === 0 && firstRival !== undefined && taken.length === 0) {
    return secondTargetHint(member, set, { real: firstRival.real, shown: firstRival.shown });
  }
  // Only what is already set one level up: say so, rather than send it there a second time.
  if (moves.size === 0) return firstTaken;
  const rest = others.length === 0 ? ''
    : `; drop ${listWords(others)}, which ${others.length === 1 ? 'has' : 'have'} no place there`;
  const kept = taken.length === 0 ? '' : `; leave out ${listWords(taken)}`;
  const second = rival.length === 0 ? ''
    : `; leave out ${listWords(rival)}: the body already names its target with ${named}`;
  const open = undecided.length === 0 ? '' : `; decide where ${listWords(undecided)} goes`;
  const shown = new Map([...moves].map(([real, placed]) => [real,
    `${quote(real)}: ${joined(properties[real], placed)}` +
    (merged.has(real) ? ` (in place of the ${quote(real)} there)` : '')]));
  const tail = `${kept}${second}${open}${rest}.`;
  // Two targets out of one wrapper ({"destination": {"queueId", "phoneNumber"}}): setting both
  // trades this finding for conflicting-targets, so the hint asks for one of them.
  const targets = [...shown.keys()].filter((real) => place.targets?.members.includes(real));
  if (targets.length > 1) {
    const rest = [...shown].filter(([real]) => !targets.includes(real)).map(([, text]) => text);
    const choices = targets.map((real) => shown.get(real)).join(' or ');
    const also = rest.length === 0 ? '' : `, and set ${rest.join(', ')}`;
    return `Replace ${quote(member)} with one of ${choices}: the body may name only one ` +
      `target${also}${tail}`;
  }
  const lead = `Replace ${quote(member)} with what it holds, set on ${where(place.parentPointer)} ` +
    `itself: ${[...shown.values()].join(', ')}${tail.slice(0, -1)}`;
  return checkedLift(place, moves, lead);
}

/**
 * The lifted members linted where they land ({"routingData": {"skills": ["Spanish"]}} gives
 * routingSkillsIds names): the hint goes on to say what the first that fails takes. Where a
 * member is left to choose between values there is no one body to lint, so no check is made.
 */
function checkedLift(place: InventedPlace, moves: ReadonlyMap<string, Placed[]>, lead: string) {
  const lifted: [string, unknown][] = [];
  for (const [real, placed] of moves) {
    const value = placed.length === 1 ? placed[0]!.value
      : placed.every((one) => Array.isArray(one.value))
        ? placed.flatMap((one) => one.value as unknown[]) : undefined;
    if (value === undefined || !placed.every((one) => one.isExact)) return `${lead}.`;
    lifted.push([real, value]);
  }
  const rest = Object.entries(place.parent).filter(([name]) => name !== place.member &&
    !moves.has(name));
  const parent = Object.fromEntries([...rest, ...lifted]);
  const failing = lifted.find(([real]) => moveFaults(place, { parent, use: real }).length > 0);
  return failing ? checkedMove(place, { parent, use: failing[0] }, `${lead}.`, lead) : `${lead}.`;
}

/** Values bound for one member: a list takes them all in one list, a single value asks for one. */
function joined(node: SchemaNode | undefined, placed: readonly Placed[]): string {
  if (placed.length === 1) return placed[0]!.shown;
  if (node?.type === 'array' && placed.every((one) => one.isExact && Array.isArray(one.value))) {
    const items = placed.flatMap((one) => one.value as unknown[]);
    return `[${items.map((item) => quote(item)).join(', ')}]`;
  }
  return `${placed.map((one) => one.shown).join(' or ')} (it takes one value: choose one)`;
}

/** The name an inner member takes one level up; a party wrapper's id is read for its party. */
function liftedName(
  place: InventedPlace,
  key: string,
  fixed: Replacement | undefined,
): string | undefined {
  const party = wrapperPartyMember(place.model, place.member, key, place.properties);
  if (party !== undefined) return party ?? undefined;
  return realName(place.model, key, place.properties, fixed);
}

/**
 * Why what a removed wrapper holds has no place here either, so that removing it does not drop a
 * target without a word: {"destination": {"userId": ...}} on the address consult.
 */
function whereInnerGoes(place: InventedPlace): string {
  if (!isPlainObject(place.value)) return '';
  for (const key of Object.keys(place.value)) {
    const inner = knownReplacement(place.model, key);
    if (inner && !inner.use) return `; its ${quote(key)} cannot go here either: ${inner.why}`;
  }
  return '';
}

/**
 * The name an inner member takes one level up: its own when the model has it, else the one the
 * model's alias table renames it to (skillIds as routingSkillsIds on a call). An alias that may
 * mean two members (queueId: callQueueId or callFromQueueId) is read as the member the wrapper
 * stands for; an alias that moves or recodes its value (nest, entry, a flag) is not lifted.
 */
function realName(
  model: string,
  key: string,
  properties: Readonly<Record<string, SchemaNode>>,
  fixed: Replacement | undefined,
): string | undefined {
  if (Object.prototype.hasOwnProperty.call(properties, key)) return key;
  const alias = knownReplacement(model, key);
  if (alias?.use === undefined || alias.whenTrue !== undefined) return undefined;
  const moves = alias.form === 'nest' || alias.form === 'entry';
  if (moves) return undefined;
  if (alias.isAmbiguous) return alias.use === fixed?.use ? alias.use : undefined;
  return alias.use;
}

/**
 * Into the object a member holds, under the name it takes there: {"wrapupCode": {"id": u}} on a
 * participant update is "wrapup": {"code": u}, since WrapupInput.code is the id itself.
 */
function nestHint(place: InventedPlace, use: string, key: string, target: SchemaNode | undefined) {
  const model = target && place.root ? deref(target, place.root) : undefined;
  const inner = model?.properties?.[key];
  const id = idFor(inner, place.value);
  const moved = id ?? place.value;
  const taken = fitsType(inner, moved)
    ? nestTakenHint(place, use, key, moved, model?.['x-targets']) : undefined;
  if (taken !== undefined) return taken;
  if (!fitsType(inner, moved)) {
    return `Move it inside ${use} as ${quote(key)}, with a value of its kind: ${quote(key)} ` +
      `takes ${expectedShape(inner)}, not ${describeValue(place.value)}.`;
  }
  const together = nestedTogether(place, use, key, target);
  if (together !== undefined) return together;
  const move = { parent: nested(place.parent, [place.member], use, { [key]: moved }), use };
  if (id !== undefined) {
    return checkedMove(place, move, `Move the id inside ${use}: "${use}": {${quote(key)}: ` +
      `${quote(id)}}: the id alone, as a string.`, `Move the id inside ${use} as ${quote(key)}`);
  }
  return checkedMove(place, move, `Move it inside ${use}: "${use}": {${quote(key)}: ` +
    `${quote(place.value)}}.`, `Move it inside ${use} as ${quote(key)}`);
}

/**
 * Several unknown members bound for one object the body does not have yet ("priority" and
 * "languageId" for a callback's routingData): a hint each that wrote its own object would, once
 * both were followed, repeat the key. Each hint instead gives the one object holding them all, in
 * the body's order. Members whose value does not fit, or two bound for one key, keep their own.
 */
function nestedTogether(
  place: InventedPlace,
  use: string,
  /** The member's name inside use. */
  key: string,
  target: SchemaNode | undefined,
): string | undefined {
  const group = nestGroup(place, use, target);
  if (group?.clash?.members.includes(quote(place.member))) {
    const { key, members, values } = group.clash;
    return `${listWords(members)} would both be ${quote(key)} inside ${use}, which holds one ` +
      `value: keep one of ${listWords(values.map((value) => quote(value)))} and move it there, ` +
      `in one "${use}" object.`;
  }
  if (group === undefined || group.members.length < 2) return undefined;
  if (group.members.length > MAX_LISTED) return manyTogether(place, use, key, group);
  // A key two members clash on is shown with both values, to keep one: showing the first alone
  // would choose for the author.
  const clash = group.clash;
  const shown = [...group.inside].map(([key, value]) => `${quote(key)}: ` + (key === clash?.key
    ? `${clash.values.map((one) => quote(one)).join(' or ')} (keep one)` : quote(value)))
    .join(', ');
  const members = clash ? [...group.members, ...clash.members.slice(1)] : group.members;
  const lead = `Move ${listWords(members)} together inside one ${use}`;
  if (clash) return `${lead}: "${use}": {${shown}}.`;
  const move = { parent: nested(place.parent, group.names, use, Object.fromEntries(group.inside)), use };
  return checkedMove(place, move, `${lead}: "${use}": {${shown}}.`, lead);
}

interface NestGroup {
  /** The members, quoted for the hint, and as named. */
  members: string[];
  names: string[];
  inside: Map<string, unknown>;
  /** Two members bound for one key ("priority" and "Priority"): the author must choose. */
  clash?: { key: string; members: string[]; values: unknown[] };
  /** The object they make, linted where it goes: once for the group (manyTogether). */
  checked?: GroupCheck;
}

interface GroupCheck {
  faults: readonly Report[];
  /** The first fault inside each key. */
  byKey: ReadonlyMap<string, Report>;
  /** The members whose values it refuses, quoted, in the body's order, and the first's fault. */
  refused: readonly string[];
  example: Report | undefined;
}

/**
 * More members bound for one object than a hint lists (a map's worth of attributes sent flat):
 * the object they make is checked, and the hint says what it refuses, this member's value first.
 * The check is made once for the group, not once for each of its thousands of members.
 */
function manyTogether(place: InventedPlace, use: string, key: string, group: NestGroup): string {
  const lead = `Move it inside ${use}, in one "${use}" object together with the ` +
    `${group.members.length - 1} other members bound there, not one "${use}" each`;
  const { faults, byKey, refused, example } = group.checked ??= checkGroup(place, use, group);
  const own = byKey.get(key);
  const first = faults[0];
  if (first === undefined) return `${lead}.`;
  if (own !== undefined || example === undefined) {
    return `${lead}, with a value ${quote(use)} takes: as it is, ${(own ?? first).message}`;
  }
  // The check lists a rule's first hundred findings only: past a few, the rest are "others".
  const named = refused.length > MAX_LISTED ? [...refused.slice(0, MAX_LISTED), 'others'] : refused;
  return `${lead}, with values ${quote(use)} takes: as they are, it refuses ` +
    `${listWords(named)}: ${example.message}`;
}

function checkGroup(place: InventedPlace, use: string, group: NestGroup): GroupCheck {
  const inside = Object.fromEntries(group.inside);
  const faults = moveFaults(place, { parent: nested(place.parent, group.names, use, inside), use });
  const at = joinPointer(place.parentPointer, use);
  const byKey = new Map<string, Report>();
  for (const fault of faults) {
    const [key] = splitPointer(fault.pointer.slice(at.length));
    if (key !== undefined && !byKey.has(key)) byKey.set(key, fault);
  }
  // The members and the keys they go under were listed together, in the same order.
  const keys = [...group.inside.keys()];
  const refused = group.members.filter((_, index) => byKey.has(keys[index]!));
  const firstKey = keys.find((one) => byKey.has(one));
  const example = firstKey === undefined ? undefined : byKey.get(firstKey);
  return { faults, byKey, refused, example };
}

// Each member's hint needs the same group; worked out once per object and member, or a body with
// many unknown members (a map's worth of attributes sent flat) would cost their count squared.
const GROUPS = new WeakMap<object, Map<string, NestGroup | undefined>>();

function nestGroup(
  place: InventedPlace,
  use: string,
  target: SchemaNode | undefined,
): NestGroup | undefined {
  let byUse = GROUPS.get(place.parent);
  if (byUse === undefined) GROUPS.set(place.parent, byUse = new Map());
  if (byUse.has(use)) return byUse.get(use);
  const group: NestGroup = { members: [], names: [], inside: new Map() };
  const names = new Map<string, string>();
  const root = target && place.root ? deref(target, place.root) : undefined;
  for (const [name, value] of Object.entries(place.parent)) {
    if (Object.prototype.hasOwnProperty.call(place.properties, name)) continue;
    const fixed = knownReplacement(place.model, name);
    if (fixed?.form !== 'nest' || fixed.use !== use) continue;
    const key = fixed.key ?? name;
    const inner = root?.properties?.[key];
    const moved = idFor(inner, value) ?? value;
    if (!fitsType(inner, moved)) continue;
    if (group.inside.has(key)) {
      group.clash ??= { key, members: [quote(names.get(key)!)], values: [group.inside.get(key)] };
      if (group.clash.key === key) {
        group.clash.members.push(quote(name));
        group.clash.values.push(moved);
      }
      continue;
    }
    names.set(key, name);
    group.members.push(quote(name));
    group.names.push(name);
    group.inside.set(key, moved);
  }
  byUse.set(use, group);
  return group;
}

/** The id of {"id": "..."} where a member takes the id itself, as a string. */
function idFor(node: SchemaNode | undefined, value: unknown): string | undefined {
  if (node?.type !== 'string' || !isPlainObject(value)) return undefined;
  return typeof value['id'] === 'string' ? value['id'] : undefined;
}

/** "disconnect": true means "state": "disconnected"; false asks for nothing. */
function flagHint(member: string, use: string, whenTrue: string, value: unknown): string {
  const wanted = `${quote(use)}: ${quote(whenTrue)}`;
  return value === true ? `Replace ${quote(member)} with ${wanted}.`
    : `Remove ${quote(member)}; to ask for it, send ${wanted}.`;
}

function mismatchHint(
  member: string,
  use: string,
  target: SchemaNode | undefined,
  value: unknown,
  isList: boolean,
): string {
  const takes = isList ? 'its entries are' : `${quote(use)} takes`;
  return `Replace ${quote(member)} with ${quote(use)} and a value of its kind: ${takes} ` +
    `${expectedShape(target)}, not ${describeValue(value)}.`;
}

/** Whether the value has the JSON type the member takes; content is for the other rules. */
function fitsType(node: SchemaNode | undefined, value: unknown): boolean {
  if (!node) return true;
  if (node.$ref) return isPlainObject(value);
  switch (node.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return true;
  }
}

const MAX_LISTED = 5;

function expectedShape(node: SchemaNode | undefined): string {
  if (!node || node.$ref || node.type === 'object') return 'an object';
  if (node.enum) {
    return node.enum.length <= MAX_LISTED ? `one of ${listAlternatives(node.enum)}`
      : 'one of its documented values, as a string';
  }
  switch (node.type) {
    case 'string':
      return node['x-kind'] === 'entity-id' ? 'an id (UUID) as a string' : 'a string';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    default:
      return 'a list';
  }
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

