// A reader that consumed an input's byte-order mark hands its text to lintText, which drops one
// more, as a body may begin with one. A second mark, which no JSON parser takes, would then pass
// unseen: it is handed over with the first, so that lintText reports it at 1:1. The same holds
// for a mark where none may stand (an NDJSON line after the first).

/** The text after the input's own mark, with a mark put in front when another one follows. */
export function withSecondMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? `\uFEFF${text}` : text;
}

/**
 * A second mark at the start of a HAR or HTTP dump, where no single body takes the syntax error
 * a body gets: an input failure, with the hint that body's error has, since editors hide it.
 */
export const SECOND_MARK = {
  what: 'begins with a second byte-order mark (U+FEFF)',
  hint: 'Remove the byte-order mark (U+FEFF) at the start of the file; a file takes at most one, ' +
    'and editors do not show it.',
};
