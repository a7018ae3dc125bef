// What each member that circulates in tutorials but exists in no model is replaced by, per
// model. Facts from ../shared/reference/genesys-call-api.md (section 1 and the model tables).
// Shapes whose replacement depends on their content (to, from) are worked out in read-party.ts.

/**
 * A fixed explanation, and the real member that replaces the invented one, if any: under a new
 * name (rename), inside another object under the same name (nest), or as a list's one item.
 */
export interface Replacement {
  why: string;
  use?: string;
  form?: 'rename' | 'nest' | 'list';
}

const CALL: Record<string, Replacement> = {
  type: { why: 'there is no type discriminator: what is dialled follows from which target member (phoneNumber, callUserId, callQueueId, participants, conversationIds) is set' },
  addressType: { why: 'the kind of address follows from the member used: phoneNumber for a number, callUserId for a user, callQueueId for a queue' },
  mediaType: { why: 'this endpoint only creates voice calls, so there is no media type' },
  provider: { why: 'the telephony provider is chosen by the org\'s sites and outbound routes, not by the request' },
  wrapUpCode: { why: 'wrap-up is applied to a participant after the call, through the participant wrap-up endpoints' },
  routingData: { why: 'routingData belongs to callbacks; a queue call uses callQueueId with routingSkillsIds, languageId and priority beside it', use: 'callQueueId' },
  queueId: { why: 'the queue to call is callQueueId; the queue to call on behalf of is callFromQueueId', use: 'callQueueId' },
  userId: { why: 'the user to call is callUserId', use: 'callUserId' },
  address: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  number: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  destination: { why: 'the number to dial is phoneNumber (or callUserId / callQueueId for internal targets)', use: 'phoneNumber' },
  toAddress: { why: 'the number to dial is phoneNumber', use: 'phoneNumber' },
  fromAddress: { why: 'the presented number is callerId', use: 'callerId' },
  callerIdNumber: { why: 'the presented number is callerId', use: 'callerId' },
  callerName: { why: 'the presented name is callerIdName', use: 'callerIdName' },
  skills: { why: 'routing skills are routingSkillsIds (a list of skill ids)', use: 'routingSkillsIds' },
  skillIds: { why: 'routing skills are routingSkillsIds (a list of skill ids)', use: 'routingSkillsIds' },
  conversationId: { why: 'calls to merge are listed in conversationIds', use: 'conversationIds' },
  customerData: { why: 'custom data goes in attributes, a map of text values', use: 'attributes' },
  data: { why: 'custom data goes in attributes, a map of text values', use: 'attributes' },
  agentId: { why: 'to place a call on behalf of a user, POST /api/v2/conversations/calls/user/{userId}' },
};
CALL['wrapupCode'] = CALL['wrapUpCode']!;
CALL['wrapup'] = CALL['wrapUpCode']!;

const DESTINATION: Record<string, Replacement> = {
  type: { why: 'the kind of party follows from whether address, userId or queueId is used' },
  addressType: { why: 'the kind of party follows from whether address, userId or queueId is used' },
  phoneNumber: { why: 'a number goes in address', use: 'address' },
  number: { why: 'a number goes in address', use: 'address' },
  from: { why: 'an entry only says whom to reach (address, userId or queueId, plus an optional name); the presented number is the request\'s callerId' },
  displayName: { why: 'the display label is name', use: 'name' },
};

const CONSULT: Record<string, Replacement> = {
  address: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  userId: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  queueId: { why: 'the consult target goes inside destination', use: 'destination', form: 'nest' },
  type: { why: 'there is no type; the kind of target follows from the destination member used' },
  from: { why: 'a consult keeps the call\'s own caller; there is nothing to set' },
};

const TRANSFER: Record<string, Replacement> = {
  type: { why: 'there is no type; the target kind follows from userId, address or queueId' },
  phoneNumber: { why: 'a number to transfer to goes in address', use: 'address' },
  destination: { why: 'the target is named directly by userId, address or queueId', use: 'address' },
  queueName: { why: 'this model takes the queue\'s id, queueId', use: 'queueId' },
  from: { why: 'a transfer keeps the call\'s own caller; there is nothing to set' },
};

const CALLBACK: Record<string, Replacement> = {
  phoneNumber: { why: 'numbers to call back go in the list callbackNumbers', use: 'callbackNumbers', form: 'list' },
  callbackNumber: { why: 'numbers to call back go in the list callbackNumbers', use: 'callbackNumbers', form: 'list' },
  number: { why: 'numbers to call back go in the list callbackNumbers', use: 'callbackNumbers', form: 'list' },
  skillIds: { why: 'routing skills go inside routingData', use: 'routingData', form: 'nest' },
  priority: { why: 'the routing priority goes inside routingData', use: 'routingData', form: 'nest' },
  languageId: { why: 'the routing language goes inside routingData', use: 'routingData', form: 'nest' },
  scheduledTime: { why: 'the time is callbackScheduledTime', use: 'callbackScheduledTime' },
  customerName: { why: 'the person\'s name is callbackUserName', use: 'callbackUserName' },
  attributes: { why: 'custom data for callbacks is data', use: 'data' },
  from: { why: 'the number presented when the callback is placed is callerId', use: 'callerId' },
};

const BY_MODEL: Record<string, Record<string, Replacement>> = {
  CreateCallRequest: CALL,
  Destination: DESTINATION,
  ConsultTransfer: CONSULT,
  TransferRequest: TRANSFER,
  CreateCallbackCommand: CALLBACK,
};

export function knownReplacement(model: string, member: string): Replacement | undefined {
  const table = BY_MODEL[model];
  return table && Object.prototype.hasOwnProperty.call(table, member) ? table[member] : undefined;
}
