// A body written for another endpoint ({"speakTo": ..., "to": ...} linted as create-call). Its
// members that another body model has and this one neither has nor knows as an invented shape
// are that model's evidence, as they are to --endpoint auto; when that model also fits the body
// better than this one, by the ranking --endpoint auto uses, translating the rest of the body
// into this model's members ("to" into callUserId) would make a body neither endpoint takes, and
// hide from a later lint against the right endpoint the shape it would have recognised. So such
// a body gets no translation fixes, and its findings name the endpoint to lint it with.
import type { CallerWords } from '../../lint/caller-words.js';
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { rankModels } from '../../endpoints/infer-endpoint.js';
import type { EndpointInfo } from '../../endpoints/endpoint-info.js';
import { loadModel, supportedModels } from '../../schema/registry.js';
import { isInventedFor } from './invented-members.js';
import { andList, orList } from './targets.js';

export interface Elsewhere {
  /** The body's members that belong to the other models and not to this one. */
  members: string[];
  /** The endpoints (one per model) the body fits best, each having at least one of them. */
  endpoints: EndpointInfo[];
}

// Asked once per unknown member of the body: the answer depends only on the body and the model.
const SEEN = new WeakMap<object, Map<string, Elsewhere | undefined>>();

/** The endpoints a top-level body looks written for instead of model's, if it does. */
export function writtenElsewhere(body: unknown, model: string): Elsewhere | undefined {
  if (!isPlainObject(body)) return undefined;
  let byModel = SEEN.get(body);
  if (!byModel) SEEN.set(body, byModel = new Map());
  if (!byModel.has(model)) byModel.set(model, judge(body, model));
  return byModel.get(model);
}

function judge(body: Record<string, unknown>, model: string): Elsewhere | undefined {
  const own = loadModel(model)?.schema.properties ?? {};
  // Most unknown members (a misspelling, an invented name) are no model's, so no evidence: asked
  // first, as ranking every model for them cost a 100,000-line log ~50 ms (issue 6).
  const strangers = Object.keys(body).filter((key) => !Object.hasOwn(own, key) &&
    anyModelHas().has(key) && !isInventedFor(model, key));
  if (strangers.length === 0) return undefined;
  const ranked = rankModels(body);
  if (ranked.some((candidate) => candidate.endpoint.model === model)) return undefined;
  const propertiesOf = (endpoint: EndpointInfo) =>
    loadModel(endpoint.model ?? '')?.schema.properties ?? {};
  const endpoints = ranked.map((c) => c.endpoint)
    .filter((endpoint) => strangers.some((key) => Object.hasOwn(propertiesOf(endpoint), key)));
  if (endpoints.length === 0) return undefined;
  const members = strangers
    .filter((key) => endpoints.some((endpoint) => Object.hasOwn(propertiesOf(endpoint), key)));
  return { members, endpoints };
}

let allMembers: Set<string> | undefined;
/** Every member some body model has: a member none has is no model's evidence. */
function anyModelHas(): Set<string> {
  allMembers ??= new Set(supportedModels()
    .flatMap((model) => Object.keys(loadModel(model)?.schema.properties ?? {})));
  return allMembers;
}

/** For a finding left unfixed: which members make the body look written for another endpoint. */
export function notFixedElsewhere(elsewhere: Elsewhere, words: CallerWords): string {
  const names = andList(elsewhere.members.map((member) => quote(member)));
  return `Not fixed for you: its ${names} ${elsewhere.members.length === 1 ? 'makes' : 'make'} ` +
    `the body look written for another endpoint. ${lintElsewhereAdvice(elsewhere, words)}`;
}

/** Why: the members and whose they are ("speakTo" is ConsultTransferToAgent's, ...). */
export function describeElsewhere(elsewhere: Elsewhere): string {
  const listed = andList(elsewhere.members.map((member) => quote(member)));
  const models = [...new Set(elsewhere.endpoints.map((e) => e.model ?? ''))];
  const whose = elsewhere.members.length === 1 ? 'is a member' : 'are members';
  return `the body looks written for another endpoint: ${listed} ${whose} of ${orList(models)}, ` +
    `which ${models.length === 1 ? 'fits' : 'fit'} the body better`;
}

/** What to do: lint it against that endpoint, by flag (or option) or in the config. */
export function lintElsewhereAdvice(elsewhere: Elsewhere, words: CallerWords): string {
  const [first, ...others] = elsewhere.endpoints.map((e) => e.name);
  const also = others.length === 0 ? '' : ` (or ${orList(others)})`;
  return `Lint it with ${words.option('endpoint', first)}${also}, or map such files to that ` +
    'endpoint in the config\'s "endpoints".';
}

