// Loads the body schemas shipped in schemas/ and compiles them with ajv, once per model.
import { createRequire } from 'node:module';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SchemaNode } from './schema-types.js';

// ajv and ajv-formats are CommonJS with a default export; under NodeNext that arrives wrapped.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
const require = createRequire(import.meta.url);

/** Body models we have schemas for (every call endpoint that takes a body), and their files. */
const SCHEMA_FILES: Readonly<Record<string, string>> = {
  CreateCallRequest: 'create-call-request.schema.json',
  CallCommand: 'call-command.schema.json',
  Conversation: 'conversation.schema.json',
  UpdateConferenceRequest: 'update-conference-request.schema.json',
  MediaParticipantRequest: 'media-participant-request.schema.json',
  ParticipantAttributes: 'participant-attributes.schema.json',
  ConsultTransfer: 'consult-transfer.schema.json',
  ConsultTransferUpdate: 'consult-transfer-update.schema.json',
  ConsultTransferToAgent: 'consult-transfer-to-agent.schema.json',
  ConsultTransferToQueue: 'consult-transfer-to-queue.schema.json',
  ConsultTransferToExternal: 'consult-transfer-to-external.schema.json',
  ConsultTransferToExternalContact: 'consult-transfer-to-external-contact.schema.json',
  ConsultTransferToAddress: 'consult-transfer-to-address.schema.json',
  TransferRequest: 'transfer-request.schema.json',
  TransferToAgentRequest: 'transfer-to-agent-request.schema.json',
  TransferToQueueRequest: 'transfer-to-queue-request.schema.json',
  TransferToExternalRequest: 'transfer-to-external-request.schema.json',
  TransferToExternalContactRequest: 'transfer-to-external-contact-request.schema.json',
  TransferToAddressRequest: 'transfer-to-address-request.schema.json',
  WrapupInput: 'wrapup-input.schema.json',
  MandatoryPostCallActionInput: 'mandatory-post-call-action-input.schema.json',
  SetUuiDataRequest: 'set-uui-data-request.schema.json',
  SnippetRecordingRequest: 'snippet-recording-request.schema.json',
  SetRecordingState: 'set-recording-state.schema.json',
  Digits: 'digits.schema.json',
  CreateCallbackCommand: 'create-callback-command.schema.json',
  CreateCallbackOnConversationCommand: 'create-callback-on-conversation-command.schema.json',
  PatchCallbackRequest: 'patch-callback-request.schema.json',
  BulkCallbackPatchRequest: 'bulk-callback-patch-request.schema.json',
  BulkCallbackDisconnectRequest: 'bulk-callback-disconnect-request.schema.json',
};

export interface CompiledModel {
  name: string;
  schema: SchemaNode;
  validate: ValidateFunction;
}

const ANNOTATIONS = ['x-kind', 'x-entity', 'x-model', 'x-targets'];
let ajv: InstanceType<typeof Ajv> | undefined;
const compiled = new Map<string, CompiledModel>();

export function supportedModels(): string[] {
  return Object.keys(SCHEMA_FILES);
}

export function schemaFileOf(model: string): string | undefined {
  return SCHEMA_FILES[model];
}

export function loadModel(model: string): CompiledModel | undefined {
  const cached = compiled.get(model);
  if (cached) return cached;
  const file = SCHEMA_FILES[model];
  if (!file) return undefined;
  // dist/src/schema/ -> package root; schemas/ ships beside dist/.
  const schema = require(`../../../schemas/${file}`) as SchemaNode;
  ajv ??= createAjv();
  const entry = { name: model, schema, validate: ajv.compile(schema) };
  compiled.set(model, entry);
  return entry;
}

function createAjv(): InstanceType<typeof Ajv> {
  // allErrors: users want every problem in one run; verbose: errors carry the schema that failed,
  // which is where our x-* annotations live. validateSchema off: checking our own shipped schemas
  // against the draft-07 meta-schema took half of the first compile (about 20 ms of every start,
  // issue 6); test/schemas-meta-schema.test.ts does that check once, in the test suite.
  const instance = new Ajv({ allErrors: true, verbose: true, strict: true, validateSchema: false });
  addFormats(instance, ['int32']);
  instance.addFormat('date-time', { type: 'string', validate: isIsoDateTime });
  instance.addVocabulary(ANNOTATIONS);
  return instance;
}

// ISO-8601 date-time as Genesys documents it (2026-01-02T16:59:59.000Z): a T between date and
// time, and a zone, since a zoneless time cannot be scheduled unambiguously. Stricter than
// ajv-formats' RFC 3339 check, which also takes a space for the T.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function isIsoDateTime(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const [hour, minute] = [Number(value.slice(11, 13)), Number(value.slice(14, 16))];
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
}

/** Follows a local "#/definitions/Name" reference inside the schema document. */
export function deref(node: SchemaNode, root: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/definitions\//, '');
  const target = root.definitions?.[name];
  if (!target) throw new Error(`schema reference ${node.$ref} does not resolve`);
  return target;
}

export type { ErrorObject };
