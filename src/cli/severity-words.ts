// The words a rule's severity may be written with, on the command line (--rule id:word) and in a
// config file's "rules". Our own reports call a finding a "warning", and stylelint configs write
// "warning" too: taken as warn, so the word the output uses is not refused as a typo.
import type { RuleSetting } from '../lint/types.js';

const SEVERITY_WORDS: Readonly<Record<string, RuleSetting>> = {
  off: 'off',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
};

/** The setting a word stands for, or undefined for a word that is none. */
export function readSeverity(word: string): RuleSetting | undefined {
  return Object.hasOwn(SEVERITY_WORDS, word) ? SEVERITY_WORDS[word] : undefined;
}
