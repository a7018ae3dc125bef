// What each member that circulates in tutorials but exists in no model is replaced by, per
// model. Facts from ../shared/reference/genesys-call-api.md (section 1 and the model tables).
// Shapes whose replacement depends on their content (to, from) are worked out in read-party.ts.
import { foldWord } from './kind-word.js';

/**
 * A fixed explanation, and the real member that replaces the invented one, if any: under a new
 * name (rename), inside another object (nest), as a list's one item (list), or inside the one
 * object of a list (entry). Inside an object the member keeps its name unless key gives another.
 */
export interface Replacement {
  why: string;
  use?: string;
  form?: 'rename' | 'nest' | 'list' | 'entry';
  key?: string;
  /** The sender may have meant another member as well, so --fix leaves the choice to them. */
  isAmbiguous?: boolean;
  /** That other member, when it names no target: the likelier meaning beside a target set. */
  orUse?: string;
  /** For an invented flag: the value the real member takes when the flag is true (hints only). */
  whenTrue?: string;
  /**
   * It names the calling side, so a number or id inside it is no target: lifting it one level up
   * (as a wrapper's members are) would dial the caller's own number.
   */
  isCaller?: boolean;
}

const CALL: Record<string, Replacement> = {
  type: {
    why: 'there is no type discriminator: what is dialled follows from which target member ' +
      '(phoneNumber, callUserId, callQueueId, participants, conversationIds) is set',
  },
  addressType: {
    why: 'the kind of address follows from the member used: phoneNumber for a number, callUserId ' +
      'for a user, callQueueId for a queue',
  },
  mediaType: { why: 'this endpoint only creates voice calls, so there is no media type' },
  provider: {
    why: 'the telephony provider is chosen by the org\'s sites and outbound routes, not by the ' +
      'request',
  },
  wrapUpCode: {
    why: 'wrap-up is applied to a participant after the call, through the participant wrap-up ' +
      'endpoints',
  },
  routingData: {
    why: 'routingData belongs to callbacks; a queue call uses callQueueId with routingSkillsIds, ' +
      'languageId and priority beside it',
    use: 'callQueueId',
  },
  queueId: {
    why: 'the queue to call is callQueueId; the queue to call on behalf of is callFromQueueId',
    use: 'callQueueId',
    isAmbiguous: true,
    orUse: 'callFromQueueId',
  },
  userId: { why: 'the user to call is callUserId', use: 'callUserId' },
  address: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  number: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  destination: {
    why: 'the number to dial is phoneNumber (or callUserId / callQueueId for internal targets)',
    use: 'phoneNumber',
  },
  toAddress: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  fromAddress: { why: 'the presented number is callerId', use: 'callerId' },
  callerIdNumber: { why: 'the presented number is callerId', use: 'callerId' },
  callerName: { why: 'the presented name is callerIdName', use: 'callerIdName' },
  skills: {
    why: 'routing skills are routingSkillsIds (a list of skill ids)',
    use: 'routingSkillsIds',
  },
  skillIds: {
    why: 'routing skills are routingSkillsIds (a list of skill ids)',
    use: 'routingSkillsIds',
  },
  conversationId: { why: 'calls to merge are listed in conversationIds', use: 'conversationIds' },
  customerData: { why: 'custom data goes in attributes, a map of text values', use: 'attributes' },
  data: { why: 'custom data goes in attributes, a map of text values', use: 'attributes' },
  // Too far from uuiData for a near miss; the set-uui-data table renames it, so this one does too.
  uui: { why: 'the User-to-User Information is uuiData', use: 'uuiData' },
  agentId: {
    why: 'to place a call on behalf of a user, POST /api/v2/conversations/calls/user/{userId}',
  },
};
CALL['wrapupCode'] = CALL['wrapUpCode']!;
CALL['wrapup'] = CALL['wrapUpCode']!;

const DESTINATION: Record<string, Replacement> = {
  type: { why: 'the kind of party follows from whether address, userId or queueId is used' },
  addressType: { why: 'the kind of party follows from whether address, userId or queueId is used' },
  phoneNumber: { why: 'a number goes in address', use: 'address' },
  number: { why: 'a number goes in address', use: 'address' },
  from: {
    why: 'an entry only says whom to reach (address, userId or queueId, plus an optional name); ' +
      'the presented number is the request\'s callerId',
    isCaller: true,
  },
  displayName: { why: 'the display label is name', use: 'name' },
};

const CONSULT: Record<string, Replacement> = {
  address: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  userId: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  queueId: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  type: { why: 'there is no type; the kind of target follows from the destination member used' },
  from: { why: 'a consult keeps the call\'s own caller; there is nothing to set', isCaller: true },
};

// The transfer endpoints all keep the call's caller: a from there has nothing to replace it.
const TRANSFER_FROM: Replacement = {
  why: 'a transfer keeps the call\'s own caller; there is nothing to set', isCaller: true,
};

const TRANSFER: Record<string, Replacement> = {
  type: { why: 'there is no type; the target kind follows from userId, address or queueId' },
  phoneNumber: { why: 'a number to transfer to goes in address', use: 'address' },
  destination: {
    why: 'the target is named directly by userId, address or queueId',
    use: 'address',
  },
  queueName: { why: 'this model takes the queue\'s id, queueId', use: 'queueId' },
  from: TRANSFER_FROM,
};

// A number written under any of a callback's usual names belongs in its list of numbers.
const TO_CALLBACK_NUMBERS: Replacement = {
  why: 'numbers to call back go in the list callbackNumbers', use: 'callbackNumbers', form: 'list',
};

const CALLBACK_CALLER_ID: Replacement = {
  why: 'the number presented when the callback is placed is callerId', use: 'callerId',
};

const CALLBACK: Record<string, Replacement> = {
  phoneNumber: TO_CALLBACK_NUMBERS,
  callbackNumber: TO_CALLBACK_NUMBERS,
  number: TO_CALLBACK_NUMBERS,
  skillIds: { why: 'routing skills go inside routingData', use: 'routingData', form: 'nest' },
  priority: {
    why: 'the routing priority goes inside routingData',
    use: 'routingData',
    form: 'nest',
  },
  languageId: {
    why: 'the routing language goes inside routingData',
    use: 'routingData',
    form: 'nest',
  },
  scheduledTime: { why: 'the time is callbackScheduledTime', use: 'callbackScheduledTime' },
  customerName: { why: 'the person\'s name is callbackUserName', use: 'callbackUserName' },
  attributes: { why: 'custom data for callbacks is data', use: 'data' },
  // The create-call names for the caller ID, carried over: without them "callerIdNumber" was
  // taken for a near miss of callerIdName, and a number was put in the name.
  from: CALLBACK_CALLER_ID,
  fromAddress: CALLBACK_CALLER_ID,
  callerIdNumber: CALLBACK_CALLER_ID,
  callerName: {
    why: 'the name presented when the callback is placed is callerIdName',
    use: 'callerIdName',
  },
};

// Tutorials carry the create-call habits (phoneNumber, to, wrapUpCode) over to the other bodies;
// these tables answer the names most likely to be tried on each.

const CALL_COMMAND: Record<string, Replacement> = {
  phoneNumber: { why: 'the number to dial is callNumber', use: 'callNumber' },
  number: { why: 'the number to dial is callNumber', use: 'callNumber' },
  address: { why: 'the number to dial is callNumber', use: 'callNumber' },
  callbackNumber: { why: 'the number to dial is callNumber', use: 'callNumber' },
  destination: { why: 'the number to dial is callNumber', use: 'callNumber' },
};

const CONVERSATION: Record<string, Replacement> = {
  participant: {
    why: 'parties to add are listed in participants',
    use: 'participants',
    form: 'list',
  },
  address: {
    why: 'a party to add is an entry of participants',
    use: 'participants',
    form: 'entry',
  },
  phoneNumber: {
    why: 'a number to add goes in a participants entry as address',
    use: 'participants',
    form: 'entry',
    key: 'address',
  },
  userId: { why: 'a user to add is an entry of participants', use: 'participants', form: 'entry' },
  queueId: {
    why: 'a queue to add is an entry of participants',
    use: 'participants',
    form: 'entry',
  },
  status: {
    why: 'the conversation\'s state is state; on an update only "disconnected" is taken',
    use: 'state',
  },
  recording: {
    why: 'recording is paused and resumed through recordingState (PAUSED, ACTIVE)',
    use: 'recordingState',
  },
  conversationId: {
    why: 'calls to merge are listed in conversationIds',
    use: 'conversationIds',
    form: 'list',
  },
};
// Participant entries exist on the Conversation model too (address, userId, queueId).
const PARTICIPANT: Record<string, Replacement> = {
  ...DESTINATION,
  type: { why: 'the kind of party follows from whether address, userId or queueId is used' },
  displayName: { why: 'the display label is name', use: 'name' },
};

const CONFERENCE: Record<string, Replacement> = {
  conversationId: {
    why: 'calls to merge are listed in conversationIds',
    use: 'conversationIds',
    form: 'list',
  },
  participants: {
    why: 'this endpoint merges existing calls by their conversationIds; new parties are added ' +
      'through POST .../calls/{conversationId}/participants',
  },
};

const WRAPUP_CODE: Replacement = {
  why: 'the wrap-up code id goes inside wrapup, as code',
  use: 'wrapup',
  form: 'nest',
  key: 'code',
};
const MEDIA_PARTICIPANT: Record<string, Replacement> = {
  wrapupCode: WRAPUP_CODE,
  wrapUpCode: WRAPUP_CODE,
  wrapupCodeId: WRAPUP_CODE,
  notes: { why: 'wrap-up notes go inside wrapup', use: 'wrapup', form: 'nest' },
  wrapupNotes: {
    why: 'wrap-up notes go inside wrapup, as notes',
    use: 'wrapup',
    form: 'nest',
    key: 'notes',
  },
  hold: { why: 'hold is the boolean held', use: 'held' },
  onHold: { why: 'hold is the boolean held', use: 'held' },
  mute: { why: 'mute is the boolean muted', use: 'muted' },
  record: { why: 'ad-hoc recording is the boolean recording', use: 'recording' },
  recordingState: {
    why: 'a participant\'s recording is switched with the boolean recording; recordingState ' +
      'belongs to the conversation',
    use: 'recording',
  },
  status: { why: 'the new state is state (connected or disconnected)', use: 'state' },
  disconnect: {
    why: 'a participant is disconnected with "state": "disconnected"',
    use: 'state',
    whenTrue: 'disconnected',
  },
  disconnected: {
    why: 'a participant is disconnected with "state": "disconnected"',
    use: 'state',
    whenTrue: 'disconnected',
  },
};

const WRAPUP: Record<string, Replacement> = {
  wrapupCode: { why: 'the wrap-up code id is code', use: 'code' },
  wrapUpCode: { why: 'the wrap-up code id is code', use: 'code' },
  codeId: { why: 'the wrap-up code id is code', use: 'code' },
  wrapupCodeId: { why: 'the wrap-up code id is code', use: 'code' },
  wrapupName: {
    why: 'the wrap-up code\'s name is name (only a label; code is what counts)',
    use: 'name',
  },
  duration: { why: 'the after-call work time is durationSeconds', use: 'durationSeconds' },
  wrapup: { why: 'this body is the wrap-up itself; its members go at the top level' },
};

const CONSULT_COMMON: Record<string, Replacement> = {
  type: { why: 'there is no type; each consult endpoint takes one kind of target' },
  from: { why: 'a consult keeps the call\'s own caller; there is nothing to set', isCaller: true },
  destination: {
    why: 'these consult endpoints name their target directly, not inside destination',
  },
};
const CONSULT_AGENT: Record<string, Replacement> = {
  ...CONSULT_COMMON,
  agentId: { why: 'the user to consult is userId', use: 'userId' },
  userName: { why: 'the user to consult is named by userId; userDisplayName is only a label' },
  queueId: { why: 'a queue is consulted through POST .../consult/queue' },
  address: { why: 'a number is consulted through POST .../voice/consult' },
};
const CONSULT_QUEUE: Record<string, Replacement> = {
  ...CONSULT_COMMON,
  userId: { why: 'a user is consulted through POST .../consult/agent' },
  address: { why: 'a number is consulted through POST .../voice/consult' },
};
const CONSULT_ADDRESS: Record<string, Replacement> = {
  ...CONSULT_COMMON,
  phoneNumber: { why: 'the number to consult is address', use: 'address' },
  number: { why: 'the number to consult is address', use: 'address' },
  userId: { why: 'a user is consulted through POST .../consult/agent' },
  queueId: { why: 'a queue is consulted through POST .../consult/queue' },
};
const EXTERNAL_CONTACT: Record<string, Replacement> = {
  externalContactId: { why: 'the external contact is contactId', use: 'contactId' },
  type: { why: 'which of the contact\'s numbers to use is phoneType', use: 'phoneType' },
  phoneNumber: {
    why: 'the number is taken from the contact: choose it with phoneType (WorkPhone, CellPhone, ' +
      'HomePhone, OtherPhone)',
    use: 'phoneType',
  },
};

const TRANSFER_AGENT: Record<string, Replacement> = {
  from: TRANSFER_FROM,
  type: { why: 'there is no type; this endpoint always transfers to a user' },
  agentId: { why: 'the user to transfer to is userId', use: 'userId' },
  queueId: { why: 'a queue takes a transfer through POST .../replace/queue' },
  address: {
    why: 'a number takes a transfer through POST .../transfer or .../replace/contact/external',
  },
};
const TRANSFER_QUEUE: Record<string, Replacement> = {
  from: TRANSFER_FROM,
  type: { why: 'there is no type; this endpoint always transfers to a queue' },
  userId: { why: 'a user takes a transfer through POST .../replace/agent' },
  address: {
    why: 'a number takes a transfer through POST .../transfer or .../replace/contact/external',
  },
};
const TRANSFER_ADDRESS: Record<string, Replacement> = {
  from: TRANSFER_FROM,
  type: { why: 'there is no type; address alone names the target' },
  phoneNumber: { why: 'the number to transfer to is address', use: 'address' },
  number: { why: 'the number to transfer to is address', use: 'address' },
  destination: { why: 'the target is address', use: 'address' },
};

const PATCH_CALLBACK: Record<string, Replacement> = {
  userId: { why: 'the agent is agentId', use: 'agentId' },
  scheduledTime: { why: 'the time is callbackScheduledTime', use: 'callbackScheduledTime' },
  phoneNumber: TO_CALLBACK_NUMBERS,
  callbackNumber: TO_CALLBACK_NUMBERS,
};
const BULK_PATCH: Record<string, Replacement> = {
  callbacks: {
    why: 'the changes are listed in patchCallbackRequests',
    use: 'patchCallbackRequests',
  },
  requests: {
    why: 'the changes are listed in patchCallbackRequests',
    use: 'patchCallbackRequests',
  },
};
const BULK_DISCONNECT: Record<string, Replacement> = {
  callbackIds: {
    why: 'each callback is named by conversationId and callbackId inside ' +
      'callbackDisconnectIdentifiers',
  },
  conversationIds: {
    why: 'each callback is named by conversationId and callbackId inside ' +
      'callbackDisconnectIdentifiers',
  },
};

const RECORDING_STATE: Record<string, Replacement> = {
  state: { why: 'the new state is recordingState (ACTIVE, PAUSED or NONE)', use: 'recordingState' },
  recording: {
    why: 'the new state is recordingState (ACTIVE, PAUSED or NONE)',
    use: 'recordingState',
  },
};
const SNIPPET: Record<string, Replacement> = {
  recordingType: { why: 'the kind of recording is type (snippet or adhoc)', use: 'type' },
  start: { why: 'starting and stopping is the boolean record', use: 'record' },
  enabled: { why: 'starting and stopping is the boolean record', use: 'record' },
};
const DIGITS: Record<string, Replacement> = {
  dtmf: { why: 'the tones to play are digits', use: 'digits' },
  tones: { why: 'the tones to play are digits', use: 'digits' },
};
const UUI: Record<string, Replacement> = {
  uui: { why: 'the value is uuiData', use: 'uuiData' },
};
const POST_CALL: Record<string, Replacement> = {
  phoneNumber: { why: 'the number the caller goes to is destination', use: 'destination' },
  address: { why: 'the number the caller goes to is destination', use: 'destination' },
  data: { why: 'data for the destination is invocationData', use: 'invocationData' },
};
// Any other member sent here is most likely an attribute that belongs inside the map.
const ATTRIBUTES: Record<string, Replacement> = {
  data: { why: 'attributes to set go in attributes', use: 'attributes' },
  '*': { why: 'attributes to set go inside the attributes map', use: 'attributes', form: 'nest' },
};

const BY_MODEL: Record<string, Record<string, Replacement>> = {
  CreateCallRequest: CALL,
  Destination: DESTINATION,
  ConsultTransfer: CONSULT,
  TransferRequest: TRANSFER,
  CreateCallbackCommand: CALLBACK,
  CreateCallbackOnConversationCommand: CALLBACK,
  CallCommand: CALL_COMMAND,
  Conversation: CONVERSATION,
  Participant: PARTICIPANT,
  UpdateConferenceRequest: CONFERENCE,
  MediaParticipantRequest: MEDIA_PARTICIPANT,
  WrapupInput: WRAPUP,
  ConsultTransferUpdate: CONSULT_COMMON,
  ConsultTransferToAgent: CONSULT_AGENT,
  ConsultTransferToQueue: CONSULT_QUEUE,
  ConsultTransferToExternal: CONSULT_ADDRESS,
  ConsultTransferToAddress: CONSULT_ADDRESS,
  ConsultTransferToExternalContact: { ...CONSULT_COMMON, ...EXTERNAL_CONTACT },
  TransferToAgentRequest: TRANSFER_AGENT,
  TransferToQueueRequest: TRANSFER_QUEUE,
  TransferToExternalRequest: TRANSFER_ADDRESS,
  TransferToAddressRequest: TRANSFER_ADDRESS,
  TransferToExternalContactRequest: EXTERNAL_CONTACT,
  PatchCallbackRequest: PATCH_CALLBACK,
  BulkCallbackPatchRequest: BULK_PATCH,
  BulkCallbackDisconnectRequest: BULK_DISCONNECT,
  SetRecordingState: RECORDING_STATE,
  SnippetRecordingRequest: SNIPPET,
  Digits: DIGITS,
  SetUuiDataRequest: UUI,
  MandatoryPostCallActionInput: POST_CALL,
  ParticipantAttributes: ATTRIBUTES,
};

/**
 * The explanation for an invented member, by its exact name, else by its name in any letter
 * case ("phonenumber", "PhoneNumber": hand-typed bodies vary it, and a fix that missed them
 * could not see them as rivals either); "*" in a model's table answers any other name.
 */
export function knownReplacement(model: string, member: string): Replacement | undefined {
  const table = BY_MODEL[model];
  if (!table) return undefined;
  if (Object.prototype.hasOwnProperty.call(table, member)) return table[member];
  const byCase = caseFolded(model, table).get(member.toLowerCase());
  if (byCase) return byCase;
  // A kind member written with separators ("address_type", "Media-Type") is the one the table
  // knows, as the kind checks read it (read-party.ts isKindMember).
  const spelled = KIND_SPELLINGS.get(foldWord(member));
  if (spelled !== undefined && Object.hasOwn(table, spelled)) return table[spelled];
  return Object.prototype.hasOwnProperty.call(table, '*') ? table['*'] : undefined;
}

// The members naming a kind (of party, or of medium), by their folded spelling.
const KIND_SPELLINGS: ReadonlyMap<string, string> = new Map(
  ['type', 'addressType', 'kind', 'targetType', 'mediaType'].map((name) => [foldWord(name), name]),
);

const FOLDED = new Map<string, Map<string, Replacement | undefined>>();

/** A table's entries by lower-case name; undefined where two entries differing in case disagree. */
function caseFolded(
  model: string,
  table: Record<string, Replacement>,
): Map<string, Replacement | undefined> {
  let folded = FOLDED.get(model);
  if (folded) return folded;
  folded = new Map();
  for (const [name, replacement] of Object.entries(table)) {
    if (name === '*') continue;
    const lower = name.toLowerCase();
    const seen = folded.get(lower);
    const isSame =
      seen !== undefined && seen.why === replacement.why && seen.use === replacement.use;
    // Moved inside another object, it goes under the name the table knows, not as written:
    // "Priority" is routingData's "priority".
    const named = replacement.form === 'nest' || replacement.form === 'entry'
      ? { ...replacement, key: replacement.key ?? name } : replacement;
    folded.set(lower, folded.has(lower) && !isSame ? undefined : named);
  }
  FOLDED.set(model, folded);
  return folded;
}

/** Whether a member name is one the invented shapes for this model use (no catch-all entries). */
export function isInventedFor(model: string, member: string): boolean {
  const table = BY_MODEL[model];
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, member);
}
