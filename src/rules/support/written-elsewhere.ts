// A body written for another endpoint ({"speakTo": ..., "to": ...} linted as create-call). Its
// members that another body model has and this one neither has nor knows as an invented shape
// are that model's evidence, as they are to --endpoint auto; when that model also fits the body
// better than this one, by the ranking --endpoint auto uses, translating the rest of the body
// into this model's members ("to" into callUserId) would make a body neither endpoint takes, and
// hide from a later lint against the right endpoint the shape it would have recognised. So such
// a body gets no translation fixes, and its findings name the endpoint to lint it with.
//
// A body linted as create-call, the default, may only lack its --endpoint: {"address": ...} is
// a whole transfer body, and reading its "address" as create-call's invented one renamed it to
// phoneNumber. So there, members invented for create-call count as evidence too, but only when
// another model has every member of the body and takes it as it is (or for its values' content
// only): a tutorial's "address" beside callerId or "to" fits no other model and is still fixed.
// An invented kind word that agrees with the party that model reads ({"address": n, "type":
// "phone"}) says nothing against it: it only restates the member used, as such a word does here.
import type { CallerWords } from '../../lint/caller-words.js';
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { rankModels } from '../../endpoints/infer-endpoint.js';
import type { EndpointInfo } from '../../endpoints/endpoint-info.js';
import { DEFAULT_ENDPOINT } from '../../endpoints/resolve-endpoint.js';
import { ENDPOINTS } from '../../endpoints/table.js';
import { loadModel, supportedModels } from '../../schema/registry.js';
import { isInventedFor } from './invented-members.js';
import { kindClashOf } from './kind-contradiction.js';
import { kindOfWord } from './kind-word.js';
import { isKindMember } from './read-party.js';
import { andList, orList } from './targets.js';

export interface Elsewhere {
  /** The body's members that belong to the other models and not to this one. */
  members: string[];
  /** The endpoints (one per model) the body fits best, each having at least one of them. */
  endpoints: EndpointInfo[];
  /**
   * Those models take every member of the body, members this model knows as invented among them:
   * the translation such a member has here is still worth a hint, for a body meant for this one.
   */
  isWholeFit: boolean;
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
  const others = Object.keys(body).filter((key) => !Object.hasOwn(own, key) &&
    anyModelHas().has(key));
  const strangers = others.filter((key) => !isInventedFor(model, key));
  if (strangers.length === 0) {
    return others.length > 0 && model === defaultModel() ? judgeWhole(body, others) : undefined;
  }
  const ranked = rankModels(body);
  if (ranked.some((candidate) => candidate.endpoint.model === model)) return undefined;
  const endpoints = ranked.map((c) => c.endpoint)
    .filter((endpoint) => strangers.some((key) => Object.hasOwn(propertiesOf(endpoint), key)));
  if (endpoints.length === 0) return undefined;
  const members = strangers
    .filter((key) => endpoints.some((endpoint) => Object.hasOwn(propertiesOf(endpoint), key)));
  return { members, endpoints, isWholeFit: false };
}

function propertiesOf(endpoint: EndpointInfo): Record<string, unknown> {
  return loadModel(endpoint.model ?? '')?.schema.properties ?? {};
}

/** A default-endpoint body all of whose members are another model's, which takes it. */
function judgeWhole(body: Record<string, unknown>, members: string[]): Elsewhere | undefined {
  // A kind word they take only as restating ("type") is no evidence of theirs: one of the
  // members must be their own ({"type": "CALL", "phoneNumber": ...} stays a call).
  const isTheirs = (endpoint: EndpointInfo, key: string) =>
    Object.hasOwn(propertiesOf(endpoint), key);
  const endpoints = rankModels(body).map((c) => c.endpoint)
    .filter((endpoint) => members.some((key) => isTheirs(endpoint, key)) &&
      takesWhole(endpoint.model ?? '', body));
  const theirs = members.filter((key) => endpoints.some((endpoint) => isTheirs(endpoint, key)));
  return endpoints.length === 0 ? undefined
    : { members: theirs, endpoints, isWholeFit: true };
}

// What a body can get wrong and still be that model's body: its values' content. A missing
// required member, a value of the wrong type or a member the model lacks says it is not.
const CONTENT_KEYWORDS = new Set(['enum', 'format', 'pattern', 'minLength', 'maxLength']);

function takesWhole(model: string, body: Record<string, unknown>): boolean {
  const compiled = loadModel(model);
  const properties = compiled?.schema.properties ?? {};
  if (!compiled) return false;
  const restating = (key: string) => !Object.hasOwn(properties, key) && isKindMember(key) &&
    kindOfWord(body[key]) !== undefined && kindClashOf(body, model, properties, key) === undefined;
  const taken = Object.fromEntries(Object.entries(body).filter(([key]) => !restating(key)));
  if (!Object.keys(taken).every((key) => Object.hasOwn(properties, key))) return false;
  if (compiled.validate(taken)) return true;
  return (compiled.validate.errors ?? []).every((error) => CONTENT_KEYWORDS.has(error.keyword));
}

/** The model a body is linted as when no endpoint is given. */
function defaultModel(): string | null | undefined {
  return ENDPOINTS.find((endpoint) => endpoint.name === DEFAULT_ENDPOINT)?.model;
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

