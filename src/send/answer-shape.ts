// What a 2xx answer must hold to count as done. An endpoint documented to answer with an object
// (reference section 2, "response") that answers 200 with nothing was taken for a success with
// no conversation id: a proxy that swallowed the request lost the call without a word, and the
// journal skipped the body for good. Such an answer says nothing of what became of the request,
// as a 2xx that is not JSON says nothing (retry-policy.ts), nor does JSON of another type than
// the documented one: a string where an object is documented, an object where a string is. 202
// and 204 answer without a body by definition; an empty answer is left as it was for endpoints
// documented with no answer, a bare Object or a string.

export interface AnswerShape {
  /** The response model, for the message. */
  model: string;
  /** For endpoints that create something: the member that names what was created. */
  idMember?: string;
  /** The answer is a JSON string (the recording-state endpoints: "paused" and the like). */
  isString?: true;
}

const CREATED_CALL = { model: 'CreateCallResponse', idMember: 'id' };
const CONVERSATION = { model: 'Conversation' };
const CONSULT = { model: 'ConsultTransferResponse' };
const STRING = { model: 'string', isString: true } as const;

/** By endpoint short name (src/endpoints/table.ts); test/send checks each name exists. */
export const ANSWER_SHAPES: ReadonlyMap<string, AnswerShape> = new Map(Object.entries({
  'create-call': CREATED_CALL,
  'create-call-for-user': CREATED_CALL,
  'create-callback': { model: 'CreateCallbackResponse', idMember: 'conversation' },
  'call-command': CONVERSATION,
  'update-call': CONVERSATION,
  'add-participants': CONVERSATION,
  'add-participants-for-user': CONVERSATION,
  'update-callback-conversation': CONVERSATION,
  'update-participant-attributes': { model: 'ParticipantAttributes' },
  consult: CONSULT,
  'update-consult': CONSULT,
  'consult-agent': CONSULT,
  'consult-queue': CONSULT,
  'consult-external': CONSULT,
  'consult-external-contact': CONSULT,
  'consult-address': CONSULT,
  'update-callback': { model: 'PatchCallbackResponse' },
  'bulk-update-callbacks': { model: 'BulkCallbackPatchResponse' },
  'record-snippet': STRING,
  'call-recording-state': STRING,
  'callback-recording-state': STRING,
} satisfies Record<string, AnswerShape>));

const NO_BODY_STATUSES = new Set([202, 204]);

/** Why a 2xx answer, already known to be JSON, is not of the shape expected; else undefined. */
export function describeMissingAnswer(status: number, body: unknown,
  shape: AnswerShape | undefined): string | undefined {
  if (shape?.isString === true) {
    const isEmpty = body === undefined || body === null || body === '';
    return isEmpty || typeof body === 'string' ? undefined
      : `the ${status} answer is ${describeJsonType(body)} where a string was expected`;
  }
  // Before the statuses that need no body: "OK" from a proxy is no more an answer as JSON.
  if (typeof body === 'string' && body.trim() !== '') {
    const where = shape === undefined ? ', which this endpoint is not documented to answer'
      : ` where a ${shape.model} was expected`;
    return `the ${status} answer is a JSON string${where}`;
  }
  if (shape === undefined || NO_BODY_STATUSES.has(status)) return undefined;
  // {} too: the SDK may give an empty answer as an object with no members.
  if (typeof body !== 'object' || body === null || Array.isArray(body) ||
    Object.keys(body).length === 0) {
    return `the ${status} answer is empty where a ${shape.model} was expected`;
  }
  const id = shape.idMember === undefined ? true : (body as Record<string, unknown>)[shape.idMember];
  if (id === undefined || id === null || id === '') {
    return `the ${status} answer has no ${shape.idMember} of what was created (${shape.model})`;
  }
  return undefined;
}

function describeJsonType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
