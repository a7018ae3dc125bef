// Facts that hold on one endpoint but not on every endpoint sharing its body model: Conversation
// is both the add-participants body and the PATCH body of a call, MediaParticipantRequest serves
// participants and single communications, TransferRequest serves calls and callbacks. Keyed by
// endpoint short name (src/endpoints/table.ts), then by JSON Pointer; every entry names the rule
// of ../shared/reference/genesys-call-api.md section 4 it comes from.
import type { Severity } from '../../lint/types.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import type { StringVisit } from '../rule.js';
import { analysePhone, isNumeric } from '../../phone/analyse-phone.js';

/** A documented enum whose usable values on this endpoint are fewer than the model lists. */
export interface NarrowedEnum {
  values: readonly string[];
  why: string;
}

const DISCONNECT_ONLY: NarrowedEnum = {
  values: ['disconnected'],
  why: 'an update of the whole conversation only accepts "disconnected", which ends it for ' +
    'everyone',
};

// MPR-1 states connected and disconnected. parked is allowed too: it was added to the enum after
// 2018 together with resumeTime, whose only purpose is to end a park [I].
const PARTICIPANT_STATES: NarrowedEnum = {
  values: ['connected', 'disconnected', 'parked'],
  why: 'a participant can only be set to "connected", "disconnected" or "parked"',
};

const NARROWED_ENUMS: Readonly<Record<string, Readonly<Record<string, NarrowedEnum>>>> = {
  // CONV-PATCH-1.
  'update-call': { '/state': DISCONNECT_ONLY },
  'update-callback-conversation': { '/state': DISCONNECT_ONLY },
  // MPR-1; the 2018 code communication.state.required says a communication only disconnects.
  'update-call-communication': {
    '/state': {
      values: ['disconnected'],
      why: 'a single communication can only be set to "disconnected"',
    },
  },
  'update-call-participant': { '/state': PARTICIPANT_STATES },
  'update-call-participant-for-user': { '/state': PARTICIPANT_STATES },
  'update-participant': { '/state': PARTICIPANT_STATES },
  'update-callback-participant': { '/state': PARTICIPANT_STATES },
};

export function narrowedEnum(endpoint: string, pointer: string): NarrowedEnum | undefined {
  return lookUp(NARROWED_ENUMS, endpoint, pointer);
}

/** A required member (or required non-empty list) that an endpoint needs less firmly. */
export interface RelaxedRequirement {
  severity: Severity | 'off';
  /** Appended to the message: why the severity differs. */
  note: string;
  hint: string;
}

// Conversation lists startTime and participants as required because the model is shared with
// reads. On the PATCH endpoints the documented bodies carry neither ({"state": "disconnected"}),
// so requiring them would reject every real update.
const NOT_ON_UPDATE: RelaxedRequirement = { severity: 'off', note: '', hint: '' };

// CONV-ADD-1: the schema requires startTime, but no source says the server enforces it when
// participants are added, and the reference's own example body leaves it out.
const START_TIME_ON_ADD: RelaxedRequirement = {
  severity: 'warning',
  note: 'the model requires it, but whether Genesys enforces it when adding participants is not ' +
    'documented',
  hint: 'If the request is refused, add "startTime" with the current time, e.g. ' +
    '"2026-01-02T16:59:59.000Z".',
};

const RELAXED_REQUIRED: Readonly<Record<string, Readonly<Record<string, RelaxedRequirement>>>> = {
  'update-call': { '/startTime': NOT_ON_UPDATE, '/participants': NOT_ON_UPDATE },
  'update-callback-conversation': { '/startTime': NOT_ON_UPDATE, '/participants': NOT_ON_UPDATE },
  'add-participants': { '/startTime': START_TIME_ON_ADD },
  'add-participants-for-user': { '/startTime': START_TIME_ON_ADD },
};

export function relaxedRequirement(
  endpoint: string,
  pointer: string,
): RelaxedRequirement | undefined {
  return lookUp(RELAXED_REQUIRED, endpoint, pointer);
}

/** The members the model requires that this endpoint needs firmly (no RELAXED_REQUIRED entry). */
export function firmlyRequired(endpoint: string, required: readonly string[]): string[] {
  return required.filter((member) => {
    const relaxed = relaxedRequirement(endpoint, `/${member}`);
    return relaxed === undefined || relaxed.severity === 'error';
  });
}

// What the PATCH of a call or callback conversation sets, of the many members Conversation has
// for reads: the state (only "disconnected", CONV-PATCH-1), the recording state (PAUSED and
// ACTIVE, the model's description) and conversations to merge in (CONV-PATCH-1).
const SET_ON_UPDATE = ['state', 'recordingState', 'conversationIds'];
const SETTABLE: Readonly<Record<string, readonly string[]>> = {
  'update-call': SET_ON_UPDATE,
  'update-callback-conversation': SET_ON_UPDATE,
};

/** The members an endpoint's body sets, where its model holds many more; undefined elsewhere. */
export function settableMembers(endpoint: string): readonly string[] | undefined {
  return SETTABLE[endpoint];
}

// Conversation marks conversationIds as needing an entry (minItems) for CONV-PATCH-1, which
// states it for PATCH /calls/{id} and PATCH /callbacks/{id} only. The add-participants bodies
// share the model, but no source says their list must be non-empty, so there a blank entry is
// the optional member's noise (empty-value's warning), not a list with nothing in it.
const ENTRY_NOT_STATED: Readonly<Record<string, Readonly<Record<string, true>>>> = {
  'add-participants': { '/conversationIds': true },
  'add-participants-for-user': { '/conversationIds': true },
};

/** Whether the list at this pointer needs an entry on this endpoint (its minItems applies). */
export function needsEntry(endpoint: string, pointer: string, node: SchemaNode): boolean {
  return (node.minItems ?? 0) > 0 && lookUp(ENTRY_NOT_STATED, endpoint, pointer) === undefined;
}

/** A member that only takes ids on this endpoint although the model also allows numbers. */
interface IdOnlyMember {
  entity: string;
  why: string;
}

// XFER-2: the description of TransferRequest.address says phone numbers cannot be used when a
// callback participant is replaced; a user id or queue id is what remains.
const ID_ONLY: Readonly<Record<string, Readonly<Record<string, IdOnlyMember>>>> = {
  'callback-replace': {
    '/address': {
      entity: 'user or queue',
      why: 'a callback participant cannot be replaced by a phone number, only by a user or a queue',
    },
  },
};

/**
 * The field as this endpoint reads it: an id-only member becomes an entity-id, so the id rules
 * judge it and the phone rules leave it alone.
 */
export function fieldOnEndpoint(endpoint: string, field: StringVisit): StringVisit {
  const idOnly = lookUp(ID_ONLY, endpoint, field.pointer);
  if (!idOnly) return field;
  const schema = { ...field.schema, 'x-kind': 'entity-id' as const, 'x-entity': idOnly.entity };
  return { ...field, schema };
}

/** Whether the member at this pointer takes only ids on this endpoint (see ID_ONLY). */
export function isIdOnlyMember(endpoint: string, pointer: string): boolean {
  return lookUp(ID_ONLY, endpoint, pointer) !== undefined;
}

/** Why a phone number is wrong in an id-only member, or undefined when that is not the case. */
export function phoneInIdOnlyMember(endpoint: string, field: StringVisit): string | undefined {
  const idOnly = lookUp(ID_ONLY, endpoint, field.pointer);
  if (!idOnly) return undefined;
  const phone = analysePhone(field.value);
  const isPhone = phone.uriScheme !== undefined || isNumeric(phone.compact);
  return isPhone ? idOnly.why : undefined;
}

function lookUp<T>(
  table: Readonly<Record<string, Readonly<Record<string, T>>>>,
  endpoint: string,
  pointer: string,
): T | undefined {
  const byPointer = has(table, endpoint) ? table[endpoint] : undefined;
  return byPointer && has(byPointer, pointer) ? byPointer[pointer] : undefined;
}

function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Every endpoint short name the tables above mention; a test checks that each one exists. */
export function endpointsWithFacts(): string[] {
  return [...new Set([NARROWED_ENUMS, RELAXED_REQUIRED, ENTRY_NOT_STATED, ID_ONLY].flatMap((t) => Object.keys(t)))];
}
