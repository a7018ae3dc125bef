// missing-required: a member the model requires is absent, or a required list is empty
// (callbackNumbers: []). The pointer names the missing member; the location is the object that
// lacks it. Where a model is shared by several endpoints, one endpoint may need a required member
// less (support/endpoint-facts.ts): Conversation's startTime is a warning when adding participants
// and is not asked for on the PATCH endpoints.
import { joinPointer, lastToken, splitPointer } from '../lint/pointer.js';
import { isPlainObject } from '../lint/walk-model.js';
import { deref, loadModel } from '../schema/registry.js';
import type { SchemaNode } from '../schema/schema-types.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { needsEntry, relaxedRequirement } from './support/endpoint-facts.js';
import { where } from './support/field-names.js';
import { moveFromToHint } from './support/move-from-to.js';
import { writtenElsewhere } from './support/written-elsewhere.js';
import { entryShape, memberShape, type MemberShape } from './support/member-shape.js';

export const missingRequired = {
  id: 'missing-required',
  severity: 'error',
  summary: 'A member the model requires is absent, or a required list is empty.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    const pointer = pointerOf(issue);
    if (pointer === undefined) return undefined;
    // Conversation's conversationIds needs an entry on the PATCH endpoints only (CONV-PATCH-1):
    // when adding participants an empty list merges nothing, which is noise, not an error.
    const isMergeList = issue.keyword === 'minItems' &&
      !needsEntry(context.endpoint, issue.pointer, issue.schema);
    const relaxed = isMergeList ? undefined : relaxedRequirement(context.endpoint, pointer);
    if (relaxed?.severity === 'off') return undefined;
    const severity = isMergeList ? 'warning' : relaxed?.severity;
    if (context.countWhenFull(pointer, severity)) return undefined;
    const problem = describe(issue, pointer, context);
    if (isMergeList) {
      return {
        ...problem,
        severity: 'warning',
        message: `${where(issue.pointer)} is an empty list, which names nothing to merge.`,
        hint: 'Leave the list out unless calls are to be merged.',
      };
    }
    if (!relaxed) return problem;
    return {
      ...problem,
      severity: relaxed.severity,
      message: `${problem.message.replace(/\.$/, '')}: ${relaxed.note}.`,
      hint: relaxed.hint,
    };
  },
} satisfies Rule;

/** Where the issue's finding is: the empty list, or the missing member; undefined if not ours. */
function pointerOf(issue: SchemaIssue): string | undefined {
  if (issue.keyword === 'minItems') return issue.pointer;
  if (issue.keyword !== 'required') return undefined;
  return joinPointer(issue.pointer, String(issue.params['missingProperty']));
}

function describe(issue: SchemaIssue, pointer: string, context: RuleContext): Problem {
  if (issue.keyword === 'minItems') {
    return {
      pointer,
      message: `${where(issue.pointer)} is an empty list; at least one entry is required.`,
      hint: emptyListHint(issue, context),
    };
  }
  const member = String(issue.params['missingProperty']);
  const model = issue.schema['x-model'] ?? 'This object';
  const property = issue.schema.properties?.[member];
  const shape = property && memberShape(property, loadModel(context.model)?.schema);
  return {
    pointer,
    anchor: 'parent',
    message: `${model} at ${where(issue.pointer)} requires "${member}"` +
      `${shape ? ` (${shape.brief})` : ''}, which is missing.`,
    hint: movedHint(issue, member, context) ?? hintFor(member, property, shape),
  };
}

/**
 * A consult's "destination" that its "to" stands for: the move into it, as missing-target gives
 * a call's, not "Add" with an example number while the body holds the number meant.
 */
function movedHint(issue: SchemaIssue, member: string, context: RuleContext): string | undefined {
  const { value, pointer, schema } = issue;
  if (!isPlainObject(value)) return undefined;
  // A body written for another endpoint gets the advice to lint it there, not this model's move.
  if (pointer === '' && writtenElsewhere(value, context.model)) return undefined;
  const object = { pointer, value, schema, model: schema['x-model'] ?? '' };
  return moveFromToHint(object, context, (real) => real.startsWith(`${member}.`));
}

/**
 * What to add, in the shape the schema gives it, with a value to paste where one can be shown.
 * An enum's values are in the message already; its hint says what they choose between.
 */
function hintFor(
  member: string,
  property: SchemaNode | undefined,
  shape: MemberShape | undefined,
): string {
  if (!shape || property?.enum) return `Add "${member}"${describeMember(property?.description)}.`;
  const example = shape.example === undefined ? '' : `, e.g. "${member}": ${shape.example}`;
  return `Add "${member}": ${shape.full}${example}.`;
}

/**
 * What entry an empty list needs, in the shape its items take; leaving the list out is offered
 * only where the object holding it does not require it (conversationIds on a call update).
 */
function emptyListHint(issue: SchemaIssue, context: RuleContext): string {
  const member = lastToken(issue.pointer) ?? '';
  const root = loadModel(context.model)?.schema;
  const entry = entryShape(issue.schema, root);
  const example = entry?.example === undefined ? '' : `, e.g. "${member}": [${entry.example}]`;
  const add = `Add at least one entry to "${member}"${entry ? `: ${entry.full}` : ''}${example}`;
  return isRequiredAt(root, issue.pointer) ? `${add}.`
    : `${add}; or leave "${member}" out, as the model does not require it.`;
}

/** Whether the object holding the member at pointer lists it as required, read from root. */
function isRequiredAt(root: SchemaNode | undefined, pointer: string): boolean {
  const tokens = splitPointer(pointer);
  const member = tokens.pop();
  let node = root;
  for (const token of tokens) {
    const model = node && root ? deref(node, root) : node;
    node = model?.type === 'array' ? model.items : model?.properties?.[token];
  }
  const holder = node && root ? deref(node, root) : node;
  return member !== undefined && (holder?.required?.includes(member) ?? false);
}

/** " (number to call back; ...)" from a schema description, or nothing. */
function describeMember(description: string | undefined): string {
  if (!description) return '';
  const text = description.replace(/\.$/, '');
  return ` (${text.charAt(0).toLowerCase()}${text.slice(1)})`;
}
