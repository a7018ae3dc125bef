// self-merge: conversationIds names the very conversation the request's path updates. Merging a
// conversation into itself is refused (CONV-PATCH-1, stated; conversation.error.cannot.conference
// .self, reference §5.3). Only known when the endpoint was given as a concrete path: from
// --endpoint, or from a captured request's URL.
import { quote } from '../lint/quote.js';
import { isPlainObject } from '../lint/walk-model.js';
import type { Rule, RuleContext } from './rule.js';
import { where } from './support/field-names.js';

// The endpoints whose conversationIds are merged into the conversation of the path: the call and
// callback PATCH (CONV-PATCH-1) and the conference update, which merges in the same way [I].
const MERGING_ENDPOINTS = new Set(['update-call', 'update-callback-conversation', 'update-conference']);

export const selfMerge = {
  id: 'self-merge',
  severity: 'error',
  summary: 'conversationIds names the conversation the request updates.',
  check(context: RuleContext): void {
    const own = context.conversationId;
    if (own === undefined || !MERGING_ENDPOINTS.has(context.endpoint)) return;
    const list = isPlainObject(context.body) ? context.body['conversationIds'] : undefined;
    if (!Array.isArray(list)) return;
    const isOwn = (entry: unknown) => typeof entry === 'string' && isSameId(entry, own);
    const hasOthers = list.some((entry) => typeof entry === 'string' && entry !== '' && !isOwn(entry));
    list.forEach((entry, index) => {
      if (!isOwn(entry)) return;
      const pointer = `/conversationIds/${index}`;
      if (context.countWhenFull(pointer)) return;
      context.report({
        pointer,
        message: `${where(pointer)} is ${quote(entry)}, the conversation the request's path ` +
          'names; a conversation cannot be merged into itself, only other conversations into it.',
        hint: hasOthers
          ? 'Remove this entry: the other ids are the calls merged in.'
          : 'List the ids of the other calls to merge; this one is already named by the path.',
      });
    });
  },
} satisfies Rule;

/** Ids are UUIDs, whose hex digits may come in either case. */
function isSameId(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
