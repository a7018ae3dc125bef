// unknown-field: a member that does not exist on the model at this location. For the invented
// shapes that circulate (to/from objects, type, addressType, mediaType, wrapUpCode, ...) the
// message names the real member, worked out from the value where the value decides it.
import { readLoggedDocument } from '../input/captured-request.js';
import { joinPointer } from '../lint/pointer.js';
import { isPlainObject } from '../lint/walk-model.js';
import { quote, quoteHeld } from '../lint/quote.js';
import { nearest } from '../lint/suggest.js';
import { loadModel } from '../schema/registry.js';
import type { SchemaNode } from '../schema/schema-types.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { callerIdForm } from './support/caller-id-form.js';
import {
  callerExtensionNote, extensionNote, extensionsBeside,
} from './support/extension-note.js';
import { where } from './support/field-names.js';
import { nestTakenHint } from './support/into-existing.js';
import {
  clashWithin, clashWithinNote, describeClash, kindClashOf,
} from './support/kind-contradiction.js';
import {
  decideCallerHint, decideKindHint, type CallerNumbers,
} from './support/kind-decision.js';
import { replacementFor } from './support/number-in-name.js';
import { holderModel, memberNode, splitMember } from './support/dotted-member.js';
import { defaultPlace } from './support/numbers-country.js';
import { elsewhereHint, quotedChoices } from './support/party-elsewhere.js';
import { checkedRename, moveFaults, replaced } from './support/checked-move.js';
import { checkedParty } from './support/checked-party.js';
import {
  replacementAdvice, replacementHint, type InventedPlace,
} from './support/replacement-hint.js';
import { andList, isBlank, orList, presentTargets, quotedNames } from './support/targets.js';
import { fixUnknownMember, isRemovableName } from './support/unknown-member-fix.js';
import {
  isKindMember, LIST_MEMBERS, memberInMessage, memberInProse, pastedMember, readParty, shownIn,
  TARGET_MEMBERS, type Party,
} from './support/read-party.js';
import {
  rivalsFor, secondTargetHint, takenHint, targetTakenHint,
} from './support/taken-member.js';
import { severalNumbers } from './support/party-hint.js';
import { placeValue } from './support/place-value.js';
import { namedAgainHint } from './support/routing-queue.js';
import { asStringHint } from './support/quoted-form.js';
import { callerClash, callerName, callerNumbers, readCaller } from './support/read-caller.js';
import {
  describeElsewhere, lintElsewhereAdvice, notFixedElsewhere, writtenElsewhere,
} from './support/written-elsewhere.js';

interface Explanation {
  why: string;
  hint: string;
  /** The hint lifts what the member holds one level up: the member's rename is no fix then. */
  isLift?: boolean;
}

export const unknownField = {
  id: 'unknown-field',
  severity: 'error',
  summary: 'A member that does not exist on the model at this location.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'additionalProperties') return undefined;
    const member = String(issue.params['additionalProperty']);
    const pointer = joinPointer(issue.pointer, member);
    // Past the listed ones (a flood of unknown members), counted: described, it would be dropped.
    if (context.countWhenFull(pointer)) return undefined;
    const model = issue.schema['x-model'] ?? 'This object';
    const object = issue.value as Record<string, unknown>;
    const value = object[member];
    const message = `${model} has no member ${quote(member)} (value ${quoteHeld(member, value)}): `;
    const spec = issue.schema['x-targets'];
    const explanation = explain({
      model, member, value, parentPointer: issue.pointer, parent: object,
      properties: issue.schema.properties ?? {}, root: loadModel(context.model)?.schema,
      errorsWith: context.errorsWith, country: defaultPlace(context),
      ...(spec && spec.mode !== 'at-least-one'
        ? { targets: { members: spec.members, set: setTargets(object, issue.schema) } } : {}),
    }, issue.schema);
    // A logged request ({"method", "url", "body"}) handed over as a body: no member-by-member
    // advice helps; reading it as the capture it is lints the body it carries.
    // A file holding one is read so; text handed over as a body (lintText, the matcher) is not.
    if (issue.pointer === '' && readLoggedDocument(object)) {
      return {
        pointer,
        anchor: 'member',
        message: `${message}this is a logged request (method, URL and body), not a request body.`,
        hint: 'Read it as a capture: saved as a .json file of its own, as a line of a .ndjson ' +
          `log, or with ${context.words.option('inputFormat', 'ndjson')}, it is read for the ` +
          'body it holds, linted against the endpoint of its URL.',
      };
    }
    // Only the body's own members tell its model, as they do for --endpoint auto.
    const elsewhere = issue.pointer === '' ? writtenElsewhere(object, context.model) : undefined;
    if (elsewhere) {
      const advice = lintElsewhereAdvice(elsewhere, context.words);
      // A member the whole-body fit took in has a translation here; a stranger has none.
      const meant = elsewhere.isWholeFit ? lowerFirst(explanation.hint) : `remove ${quote(member)}.`;
      return elsewhere.members.includes(member)
        ? { pointer, anchor: 'member', message: `${message}${describeElsewhere(elsewhere)}.`,
          hint: `${advice} If the body is meant for ${model}, ${meant}` }
        : { pointer, anchor: 'member', message: `${message}${sentence(explanation.why)}`,
          hint: `${explanation.hint} ${notFixedElsewhere(elsewhere, context.words)}` };
    }
    // A kind word that disagrees with a party beside it leaves both to the author, and says why.
    const clash = kindClashOf(object, issue.schema['x-model'] ?? '', issue.schema.properties ?? {},
      member);
    const fix = explanation.isLift || clash ? undefined : fixUnknownMember({
      object, schema: issue.schema, member, pointer, endpoint: context.endpoint,
      errorsWith: context.errorsWith,
    });
    // The word's own finding leads with the choice of party, since removing the word settles
    // it one way only; the party's finding keeps its move first.
    const isSingle = spec !== undefined && spec.mode !== 'at-least-one';
    const hint = !clash ? explanation.hint
      : clash.word === member ? decideKindHint(object, model, clash, isSingle)
      : `${explanation.hint} ${describeClash(object, clash)}`;
    return {
      pointer,
      anchor: 'member',
      message: `${message}${sentence(explanation.why)}`,
      hint,
      ...(fix ? { fix } : {}),
    };
  },
} satisfies Rule;

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Ends the explanation with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The targets the object already sets, where it may set only one. */
function setTargets(object: Readonly<Record<string, unknown>>, schema: SchemaNode): string[] {
  const spec = schema['x-targets'];
  if (!spec || spec.mode === 'at-least-one') return [];
  const value = object as Record<string, unknown>;
  return presentTargets({ pointer: '', value, schema, model: '' }, spec);
}

/** schema: the model of the object holding the member, for the targets it already sets. */
function explain(place: InventedPlace, schema: SchemaNode): Explanation {
  const { model, member, value, properties } = place;
  const known = Object.keys(properties);
  const lower = member.toLowerCase();
  if (lower === 'to' || lower === 'target') return explainTarget(place, schema);
  if (lower === 'from' && model === 'CreateCallRequest') {
    const explained = explainFrom(place, readCaller(value));
    // What stops its fix (unknown-member-fix.ts) leads the hint: a word naming another kind than
    // the party beside it leaves open who is calling, which callerId alone cannot answer.
    // With two numbers, which one is the caller id is asked within that choice.
    const clash = callerClash(value);
    if (!clash || !isPlainObject(value)) return explained;
    const several = numbersChoice(place, 'the one that is the caller id');
    return { ...explained, hint: decideCallerHint(value, member, clash, explained.hint, several) };
  }
  const fixed = replacementFor(model, member, value, properties);
  if (fixed) {
    const { hint, isLift } = replacementAdvice(place, fixed);
    // What the table says of the member ("custom data goes in attributes") is not what to do
    // with it here, where it holds the model's own members.
    const why = isLift && fixed.use !== undefined
      ? `it holds members of ${model} itself, which belong on ${where(place.parentPointer)}; ` +
        `it is not ${fixed.use} (${fixed.why})`
      : fixed.why;
    return { why, hint, isLift };
  }
  const guess = nearest(member, known);
  if (guess) return { why: `did you mean "${guess}"?`, hint: nearMissHint(place, guess) };
  return { why: `${model} members are ${known.join(', ')}`, hint: replacementHint(place, undefined) };
}

/**
 * A rename to the real member the name nearly is, unless that would name a second target, repeat
 * a member, or put a value of the wrong shape there (a list of numbers as "phoneNumber").
 */
function nearMissHint(place: InventedPlace, guess: string): string {
  const { member, value, properties } = place;
  const taken = targetTakenHint(place, guess) ?? takenHint(place, guess, value);
  if (taken !== undefined) return taken;
  const several = severalNumbers(place, guess);
  if (several !== undefined) return several;
  const placed = placeValue(properties[guess], value);
  // Not the value as written ("5" for an integer): the value it becomes there is shown.
  if (!placed.isExact) return `Replace ${quote(member)} with "${guess}": ${placed.shown}.`;
  if (JSON.stringify(placed.value) !== JSON.stringify(value)) {
    return checkedRename(place, guess, placed.value,
      `Replace ${quote(member)} with "${guess}": ${placed.shown}`);
  }
  return checkedRename(place, guess, value, `Rename ${quote(member)} to "${guess}"`);
}

function explainTarget(place: InventedPlace, schema: SchemaNode): Explanation {
  const { model, member, parent: object } = place;
  const party = readParty(object[member]);
  const members = TARGET_MEMBERS[model];
  if (!members) return { why: `${model} names no party`, hint: `Remove ${quote(member)}.` };
  const kinds = (['number', 'user', 'queue'] as const).filter((kind) => members[kind]);
  const list = orList(kinds.map((kind) => `${memberInMessage(members[kind]!)} for a ${kind}`));
  const real = party.kind === 'blocked' ? undefined : members[party.kind];
  if (party.kind === 'blocked' && party.jsonNumber !== undefined && members.number) {
    return unquotedNumber(place, schema, members.number, list, party.jsonNumber);
  }
  if (party.kind === 'blocked' || !real) {
    const reason = party.kind === 'blocked'
      ? party.why
      : `it is a ${party.kind}, which ${model} cannot take`;
    const choices = kinds.map((kind) => members[kind]!);
    const elsewhere = elsewhereHint(place, party, members);
    return {
      why: `the target is named by ${list}; this ${quote(member)} cannot be translated because ${reason}`,
      hint: elsewhere ?? `Replace ${quote(member)} with ` +
        `${choices.length > 1 ? 'exactly one of ' : ''}${quotedChoices(choices)}.`,
    };
  }
  const note = party.note ? ` (${party.note})` : '';
  const read = `the target is named by ${list}; this one is a ${party.kind}${note}`;
  const held = object[member];
  const clash = clashWithin(held, model);
  // A word inside it naming another kind ("type": "user" beside a number): the party is not
  // settled, so the message says what disagrees instead of which member to use.
  if (clash && isPlainObject(held)) {
    return {
      why: `${read}, but its ${quote(clash.word)} is ${quote(held[clash.word])}`,
      hint: `${targetHint(place, schema, party, real)} ${describeClash(held, clash)}`,
    };
  }
  // A word beside it does the same ({"to": "+1...", "type": "agent"}); the rule's hint says why.
  const beside = kindClashOf(object, model, place.properties, member);
  const why = beside
    ? `${read}, but ${quote(beside.word)} beside it is ${quote(object[beside.word])}`
    : `${read}, so use ${memberInMessage(real)}`;
  return { why, hint: targetHint(place, schema, party, real) };
}

/** The move of a "to" read as a party into its real member, or what is in the way of it. */
function targetHint(
  place: InventedPlace,
  schema: SchemaNode,
  party: Exclude<Party, { kind: 'blocked' }>,
  real: string,
): string {
  const { member, parent: object } = place;
  const shown = shownIn(party, real);
  // Moving it beside a target already set would name two, or repeat a key.
  const set = setTargets(object, schema);
  if (set.length === 1 && set[0] === real && object[real] === party.value) {
    return `Remove ${quote(member)}: "${real}" already holds ${quote(party.value)}.`;
  }
  // A different value in the very member it names is a clash of values, which takenHint words.
  if (set.length > 0 && !set.includes(real)) return secondTargetHint(member, set, { real, shown });
  const moved = LIST_MEMBERS.has(real) ? [party.value] : party.value;
  const nested = nestedTakenHint(place, schema, real, moved);
  if (nested !== undefined) return nested;
  const lead = `Replace ${quote(member)} with ${memberInProse(real)}`;
  const again = namedAgainHint(place.model, object, { member, real, moved, shown });
  return takenHint(place, real, moved) ?? again ?? checkedParty(place, party, { real, moved }, {
    hint: `Replace ${quote(member)} with ${pastedMember(real, shown)}` +
      `${leftBehind(object[member], party.value)}.`,
    lead,
  });
}

/**
 * A "to" naming its number as a JSON number: it is a number, but the member takes a string, and
 * the quoted form is the author's to confirm (the + sign is lost), as wrong-type says of a
 * phoneNumber sent so; no fix moves it.
 */
function unquotedNumber(
  place: InventedPlace,
  schema: SchemaNode,
  real: string,
  list: string,
  value: number,
): Explanation {
  // A word in it naming another kind ("type": "agent") leaves the party open, as it does beside
  // a quoted number: quoting alone would not settle who is called.
  const clash = clashWithinNote(place.parent[place.member], place.model);
  const clashNote = clash === undefined ? '' : ` ${clash}`;
  return {
    why: `the target is named by ${list}; this one is a number, but written as the JSON number ` +
      `${value}, and ${memberInMessage(real)} takes it as a string`,
    hint: `Replace ${quote(place.member)} with ${memberInProse(real)}, ` +
      `${asStringHint(value, memberNode(schema, place.root, real))}${clashNote}`,
  };
}

/**
 * A real member inside another ("destination.address" on a consult) where the body has that
 * object already: the hint adds to it, or says it names another target or holds a value there.
 */
function nestedTakenHint(
  place: InventedPlace,
  schema: SchemaNode,
  real: string,
  moved: unknown,
): string | undefined {
  const { holder, key } = splitMember(real);
  if (key === undefined) return undefined;
  const targets = holderModel(schema, place.root, holder)?.['x-targets'];
  return nestTakenHint(place, holder, key, moved, targets);
}

/**
 * What else a "to" object holds besides the party read from it ({"phoneNumber": n, "extension":
 * "123"}): replacing it with the party alone drops these, so the hint says so.
 */
function leftBehind(value: unknown, read: string): string {
  if (!isPlainObject(value)) return '';
  const extensions = extensionsBeside(value, read);
  const note = extensionNote(extensions);
  const extra = Object.keys(value)
    // Members that only name the kind of party say what the member used says already; each
    // extension has the note of its own, saying where it can go instead.
    .filter((key) => !holdsParty(value[key], read) && !isKindMember(key) &&
      !isRemovableName(key) && !isBlank(value[key]) &&
      !extensions.some(({ member }) => member === key));
  if (extra.length === 0) return note;
  const names = andList(extra.map((key) => quote(key)));
  return `; its ${names} ${extra.length === 1 ? 'has' : 'have'} no place in this body and ` +
    `${extra.length === 1 ? 'is' : 'are'} left out${note}`;
}

/** Whether a member holds the party read, as written there ("tel:+1..." or {"phoneNumber"}). */
function holdsParty(held: unknown, read: string): boolean {
  if (held === read) return true;
  const party = readParty(held);
  return party.kind !== 'blocked' && party.value === read;
}

function explainFrom(place: InventedPlace, party: Party): Explanation {
  const { member } = place;
  const base = 'the presented number is callerId (with callerIdName), calling on behalf of a queue ' +
    'is callFromQueueId, and calling on behalf of a user is the POST /api/v2/conversations/calls/' +
    'user/{userId} endpoint';
  switch (party.kind) {
    case 'number':
      return explainFromNumber(place, party.value, base);
    case 'queue':
      return {
        why: `${base}; this one is a queue`,
        hint: takenHint(place, 'callFromQueueId', party.value) ??
          checkedParty(place, party, { real: 'callFromQueueId', moved: party.value }, {
            hint: `Replace ${quote(member)} with "callFromQueueId": ` +
              `${shownIn(party, 'callFromQueueId')}.`,
            lead: `Replace ${quote(member)} with "callFromQueueId"`,
          }),
      };
    case 'user':
      return {
        why: `${base}; this one is a user, which is never a dial address`,
        hint: `Remove ${quote(member)} and POST to /api/v2/conversations/calls/user/${party.value}.`,
      };
    case 'blocked':
      return {
        why: `${base}; this ${quote(member)} cannot be translated because ${party.why}`,
        hint: numbersHint(place) ?? `Remove ${quote(member)}; set callerId, callFromQueueId or ` +
          'use the /calls/user/{userId} endpoint.',
      };
  }
}

/** A "from" holding two different numbers: which is the caller id is asked, not guessed. */
function numbersHint(place: InventedPlace): string | undefined {
  const choice = numbersChoice(place, 'that one');
  return choice && `Decide which number is the caller id: ${choice.held}. ${choice.answer}. ` +
    'Not fixed for you.';
}

/**
 * What a "from" holding two different numbers holds, and the answer once one is chosen (chosen:
 * how the answer names it); undefined for a "from" with one number or none.
 */
function numbersChoice(place: InventedPlace, chosen: string): CallerNumbers | undefined {
  const numbers = callerNumbers(place.value);
  if (numbers.length < 2) return undefined;
  const held = andList(numbers.map(([key, number]) => `${quote(key)} holds ${quote(number)}`));
  const name = callerName(place.value);
  const named = name === undefined ? '' : ` and "callerIdName": ${quote(name)}`;
  return { held: `inside ${quote(place.member)}, ${held}`,
    answer: `Replace ${quote(place.member)} with "callerId" holding ${chosen}${named}` };
}

function explainFromNumber(place: InventedPlace, number: string, base: string): Explanation {
  const { member, country, parent } = place;
  const form = callerIdForm(number, country);
  const how = form.isRewritten ? ' (the number in E.164 form, which callerId takes)' : '';
  const check = form.fault === undefined ? ''
    : `; callerId takes strict E.164 only, and this number is not: ${form.fault}`;
  // callerId holding this very number: the hint says so, and whether it is E.164. A hint
  // that writes it over another value checks it there itself (takenHint). Without callerId, it
  // is taken by another unknown member bound for it ("From" beside "from"): that hint names both,
  // and carries the name where it replaces this member.
  const name = nameMove(place, form.value);
  // What the hint moves with the number, and the extensions it leaves out.
  const left = callerExtensionNote(extensionsBeside(place.value, number));
  const along = `${name.hint}${left}`;
  const hasCallerId = Object.hasOwn(parent, 'callerId');
  const taken = takenHint(place, 'callerId', form.value, hasCallerId ? '' : along);
  const isHeld = parent['callerId'] === form.value;
  const held = parent['callerId'];
  const clash = taken === undefined || isHeld ? ''
    : hasCallerId ? `; "callerId" already holds another number, ${quote(held)}`
    : `; ${quotedNames(rivalsFor(place, 'callerId'))} would be "callerId" as well`;
  const why = `${base}; this one is a number${name.why}${clash}`;
  if (taken === undefined) {
    return {
      why,
      hint: `Replace ${quote(member)} with "callerId": ${quote(form.value)}${how}${along}${check}.`,
    };
  }
  if (!hasCallerId) return { why, hint: taken };
  if (!isHeld) return { why, hint: `${taken.replace(/\.$/, '')}${along}.` };
  // The number is there already: what the "from" adds is its name.
  if (name.isMoved) {
    return {
      why,
      hint: `Replace ${quote(member)} with "callerIdName": ${quote(callerName(place.value))}: ` +
        `"callerId" already holds ${quote(form.value)}${check}${left}.`,
    };
  }
  return { why, hint: `${taken.replace(/\.$/, '')}${along}${check}.` };
}

interface NameMove {
  /** What the message says of the name: where it goes, or that callerIdName is taken. */
  why: string;
  /** What the hint adds: the name moved beside the number, or why it is left out. */
  hint: string;
  isMoved: boolean;
}

/**
 * The display name a "from" carries, moved into callerIdName beside the number: replacing the
 * "from" with callerId alone dropped it. Checked there as every move is; left out, and said to
 * be, where callerIdName holds another name or would not take this one.
 */
function nameMove(place: InventedPlace, callerId: string): NameMove {
  const name = callerName(place.value);
  if (name === undefined) return { why: '', hint: '', isMoved: false };
  const { parent, member } = place;
  const held = parent['callerIdName'];
  const why = `, and its name ${quote(name)} is callerIdName`;
  if (JSON.stringify(held) === JSON.stringify(name)) {
    return { why: `${why}, which holds it already`, hint: '', isMoved: false };
  }
  if (held !== undefined) {
    return {
      why: `${why}, but "callerIdName" already holds another name, ${quote(held)}`,
      hint: ` (its name ${quote(name)} is left out: "callerIdName" already holds ${quote(held)})`,
      isMoved: false,
    };
  }
  const withNumber = replaced(parent, [member], 'callerId', callerId);
  const move = { parent: replaced(withNumber, [], 'callerIdName', name), use: 'callerIdName' };
  const fault = moveFaults(place, move)[0];
  if (fault !== undefined) {
    return {
      why,
      hint: ` (its name ${quote(name)} is left out, as "callerIdName" would not take it: ` +
        `${fault.message.replace(/\.$/, '')})`,
      isMoved: false,
    };
  }
  return { why, hint: ` and "callerIdName": ${quote(name)}`, isMoved: true };
}
