// --endpoint auto: which body model a body fits best, judged from its top-level members. Members
// a model has count most, members the invented shapes for that model use count a little, and
// required members that are missing count against it. An invented name that another model has
// for real counts neither way: it is that model's evidence, so {"conversationId": ...} reads as
// a callback update (PatchCallbackRequest has it) rather than create-call's near-miss of
// conversationIds, while {"speakTo": ..., "agentId": ...} still reads as a consult to an agent. Ties are returned as ties: the caller
// decides whether they matter (they do not when every tied model gives the same findings).
import { isPlainObject } from '../lint/walk-model.js';
import { isInventedFor } from '../rules/support/invented-members.js';
import { TARGET_MEMBERS } from '../rules/support/read-party.js';
import { loadModel, supportedModels } from '../schema/registry.js';
import type { EndpointInfo } from './endpoint-info.js';
import { ENDPOINTS } from './table.js';

export interface Candidate {
  endpoint: EndpointInfo;
  score: number;
  known: string[];
  invented: string[];
}

/** Best-scoring candidates, highest first; empty when the body gives nothing to go on. */
export function rankModels(body: unknown): Candidate[] {
  if (!isPlainObject(body) || Object.keys(body).length === 0) return [];
  const keys = Object.keys(body);
  const scored = representativeEndpoints().map((endpoint) => score(endpoint, keys));
  const best = Math.max(...scored.map((c) => c.score));
  if (scored.every((c) => c.known.length === 0 && c.score <= 0)) return [];
  // Among equals, endpoints Genesys has not deprecated come first: the first is the one linted
  // when all tied models agree, and a body that fits a current endpoint as well is best not
  // told to move off a deprecated one. Then those whose body is required: an optional body (a
  // participant's callback) is the less likely reading of the same members.
  return scored.filter((c) => c.score === best)
    .sort((a, b) => Number(isDeprecated(a.endpoint)) - Number(isDeprecated(b.endpoint)) ||
      Number(b.endpoint.bodyRequired) - Number(a.endpoint.bodyRequired));
}

function isDeprecated(endpoint: EndpointInfo): boolean {
  return endpoint.replacedBy !== undefined;
}

function score(endpoint: EndpointInfo, keys: string[]): Candidate {
  const schema = loadModel(endpoint.model!)!.schema;
  const properties = schema.properties ?? {};
  const model = endpoint.model!;
  const known = keys.filter((k) => Object.prototype.hasOwnProperty.call(properties, k));
  const invented = keys.filter((k) => !known.includes(k) &&
    (isInventedFor(model, k) || (/^(to|target)$/i.test(k) && TARGET_MEMBERS[model] !== undefined)));
  const realElsewhere = invented.filter((k) => realMemberNames().has(k)).length;
  // The to/from objects of the circulating tutorials are all written for create-call
  // (reference, section 1), so on a create-call body they are strong evidence.
  const tutorialShape = model === 'CreateCallRequest' ? keys.filter((k) => /^(to|from)$/i.test(k)).length : 0;
  const unknown = keys.length - known.length - invented.length;
  const missing = (schema.required ?? []).filter((r) => !keys.includes(r)).length;
  const value = 4 * known.length + 2 * (invented.length - realElsewhere) + 2 * tutorialShape -
    3 * missing - unknown;
  const shapes = [...invented, ...keys.filter((k) => tutorialShape > 0 && /^(to|from)$/i.test(k) && !invented.includes(k))];
  return { endpoint, known, invented: shapes, score: value };
}

let realNames: Set<string> | undefined;

/** Every top-level member name of every body model, gathered on first use. */
function realMemberNames(): Set<string> {
  realNames ??= new Set(representativeEndpoints()
    .flatMap((e) => Object.keys(loadModel(e.model!)!.schema.properties ?? {})));
  return realNames;
}

/**
 * One endpoint per body model: the first in the table that is not deprecated (endpoints sharing
 * a model take the same body; the deprecated consult is the only one for ConsultTransfer).
 */
function representativeEndpoints(): EndpointInfo[] {
  const models = new Set(supportedModels());
  const chosen = new Map<string, EndpointInfo>();
  for (const endpoint of ENDPOINTS) {
    if (endpoint.model === null || !models.has(endpoint.model)) continue;
    const current = chosen.get(endpoint.model);
    if (!current || (current.replacedBy && !endpoint.replacedBy)) chosen.set(endpoint.model, endpoint);
  }
  return [...chosen.values()];
}
