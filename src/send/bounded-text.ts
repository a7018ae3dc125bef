// How much of an answer's text is kept: an error answer can be any size (a 400 with a 300 MB
// message was printed and journalled whole, and the journal then could not be read). Texts are
// cut only after secrets are scrubbed from them, so a cut never leaves part of a secret that the
// scrubber would no longer recognise.
import type { DecodedError } from './error-hints.js';

/** Characters kept of one text (a message, a code, a contextId). */
export const MAX_TEXT_CHARS = 4096;
/** Nested errors and details kept, one line each, and characters kept of each. */
const MAX_MORE_LINES = 20;
const MAX_MORE_CHARS = 500;

export function clipText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length - end} more characters not kept)`;
}

/** The decoded error with every text scrubbed, then cut to its bound. */
export function boundError(error: DecodedError, scrub: (text: string) => string): DecodedError {
  const bound = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : clipText(scrub(text));
  const more = error.more.slice(0, MAX_MORE_LINES).map((line) => clipText(scrub(line), MAX_MORE_CHARS));
  if (error.more.length > MAX_MORE_LINES) more.push(`… ${error.more.length - MAX_MORE_LINES} more not kept`);
  return { ...error, code: bound(error.code), message: bound(error.message), contextId: bound(error.contextId),
    more };
}
