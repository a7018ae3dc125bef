// The contract every rule module fulfils. A rule sees the parsed body, the schema of its model
// and, for schema-derived kinds, the normalised ajv issues; it reports records, never text
// positions (those are added afterwards from the pointer).
import type { CallerWords } from '../lint/caller-words.js';
import type { Anchor, Fix, Report, Severity } from '../lint/types.js';
import type { SchemaNode } from '../schema/schema-types.js';
import type { RuleId } from './rule-ids.js';

export interface RuleMeta {
  id: RuleId;
  /** The severity of most findings; some rules raise or lower it case by case. */
  severity: Severity;
  /** One line for --help, SARIF and the docs index. */
  summary: string;
}

/** One ajv error, reduced to what rules need. */
export interface SchemaIssue {
  keyword: string;
  /** Pointer of the value the keyword judged (for required: the object lacking the member). */
  pointer: string;
  value: unknown;
  params: Record<string, unknown>;
  /** The schema object holding the failed keyword (ajv's parentSchema). */
  schema: SchemaNode;
}

export interface Problem {
  pointer: string;
  message: string;
  hint: string;
  severity?: Severity;
  anchor?: Anchor;
  /** Only when the result is certainly accepted; the fixer re-lints to make sure. */
  fix?: Fix;
  /**
   * Offset and length in the text, for faults a pointer cannot place: with duplicate members,
   * one pointer names several places (duplicate-key).
   */
  offset?: number;
  length?: number;
}

export interface StringVisit {
  pointer: string;
  value: string;
  schema: SchemaNode;
  /** Whether the member is in its parent's required list. */
  isRequired: boolean;
  /** Name of the model the member belongs to. */
  model: string;
  /** Member name, or the list's member name for list items. */
  member: string;
}

export interface ObjectVisit {
  pointer: string;
  value: Record<string, unknown>;
  schema: SchemaNode;
  model: string;
}

export interface RuleContext {
  /** The parsed body. */
  body: unknown;
  /** The body's text (without a leading BOM), for what parsing loses, such as repeated members. */
  text: string;
  /** Name of the body model being checked. */
  model: string;
  /**
   * Short name of the endpoint the body is sent to (src/endpoints/table.ts), for the few facts
   * that differ between endpoints sharing a model (support/endpoint-facts.ts).
   */
  endpoint: string;
  /**
   * The conversation the request's path names ({conversationId}), when the endpoint was given as
   * a concrete path (--endpoint, or a captured request's URL); undefined for a short name or a
   * template.
   */
  conversationId: string | undefined;
  /** ISO 3166 alpha-2 country for suggesting E.164 forms, if the user set one. */
  defaultCountry: string | undefined;
  /** How hints name an option: as the library's option or the CLI's flag, by who called. */
  words: CallerWords;
  /** Visits every known string member whose value is a string. */
  forEachString(visit: (field: StringVisit) => void): void;
  /** Visits every object that the schema describes as a model. */
  forEachObject(visit: (object: ObjectVisit) => void): void;
  /**
   * Reports a finding; one at or inside a read-only member is dropped while read-only-member,
   * which asks to remove the member, is on (src/lint/read-only-places.ts).
   */
  report(problem: Problem): void;
  /**
   * Counts the rule's finding at pointer, of this severity (the rule's own when not given),
   * without its description, when the body lists no more of the rule's findings of that severity
   * (src/lint/report-sink.ts). True then, when the rule is off, or when the place is left to
   * read-only-member (without counting): the rule reports nothing there. Asked before building
   * a message where findings come by the thousand (a long list of bad values): a hundred are
   * listed, and describing the rest only to drop them was most of the time such a body took (see
   * the README's speed section).
   */
  countWhenFull(pointer: string, severity?: Severity): boolean;
  /**
   * The errors at or inside pointer the body would get with the value there replaced, every rule
   * at its default severity: a hint that suggests a change checks it with the very rules it must
   * satisfy. Inside such a check this finds nothing, so that one check never starts another.
   */
  errorsWith(pointer: string, value: unknown): readonly Report[];
}

export interface Rule extends RuleMeta {
  /** Checks beyond the schema. */
  check?(context: RuleContext): void;
  /** Turns a schema issue into a problem, or returns undefined when the issue is not this rule's. */
  fromSchema?(issue: SchemaIssue, context: RuleContext): Problem | undefined;
}
