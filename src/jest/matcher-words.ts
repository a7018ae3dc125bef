// How the matcher's failures name what to change (see src/lint/caller-words.ts). The matcher
// takes the endpoint as its one argument and nothing else: a hint naming the endpoint option
// names that argument, and one naming what it cannot take (a default country, a log's format)
// names the library call that takes it, rather than an option the matcher would not read.
// The rest (ENDPOINTS, lintFiles for files) holds for a matcher user as it does for a caller.
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';

const MATCHER = 'toBeValidCallRequest';

export const MATCHER_WORDS: CallerWords = {
  ...LIBRARY_WORDS,
  option: (name, value) => {
    if (name === 'endpoint') {
      return typeof value === 'string' ? `${MATCHER}(${JSON.stringify(value)})`
        : `the endpoint as ${MATCHER}'s argument`;
    }
    if (name === 'defaultCountry') {
      return typeof value === 'string'
        ? `lintText(text, { defaultCountry: ${JSON.stringify(value)} })`
        : "lintText's defaultCountry option";
    }
    return LIBRARY_WORDS.option(name, value);
  },
  readAsLog: `check each value by itself with ${MATCHER}, or save the text as a .ndjson file ` +
    'and lint it with lintFiles',
};
