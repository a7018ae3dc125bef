// missing-required: a member the model requires is absent, or a required list is empty
// (callbackNumbers: []). The pointer names the missing member; the location is the object that
// lacks it.
import { listAlternatives } from '../lint/quote.js';
import { joinPointer } from '../lint/pointer.js';
import type { Problem, Rule, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const missingRequired = {
  id: 'missing-required',
  severity: 'error',
  summary: 'A member the model requires is absent, or a required list is empty.',
  fromSchema(issue: SchemaIssue): Problem | undefined {
    if (issue.keyword === 'minItems') {
      return {
        pointer: issue.pointer,
        message: `${where(issue.pointer)} is an empty list; at least one entry is required.`,
        hint: 'Add at least one entry, for callbackNumbers a number such as "+13175550142".',
      };
    }
    if (issue.keyword !== 'required') return undefined;
    const member = String(issue.params['missingProperty']);
    const model = issue.schema['x-model'] ?? 'This object';
    const property = issue.schema.properties?.[member];
    const allowed = property?.enum ? ` (one of ${listAlternatives(property.enum)})` : '';
    return {
      pointer: joinPointer(issue.pointer, member),
      anchor: 'parent',
      message: `${model} at ${where(issue.pointer)} requires "${member}"${allowed}, which is missing.`,
      hint: `Add "${member}"${describe(property?.description)}.`,
    };
  },
} satisfies Rule;

/** " (number to call back; ...)" from a schema description, or nothing. */
function describe(description: string | undefined): string {
  if (!description) return '';
  const text = description.replace(/\.$/, '');
  return ` (${text.charAt(0).toLowerCase()}${text.slice(1)})`;
}
