// Negated globs among the inputs ("!payloads/old/**"): each excludes the files it matches from
// every other input, wherever it stands on the command line, as eslint's --ignore-pattern does
// (globby applies a negation only to the patterns before it, which surprises in a long list).
// Like the other inputs they are relative to the working folder.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { CallerWords } from '../lint/caller-words.js';
import { UsageError } from '../lint/usage-error.js';
import { toPosix } from './config.js';

export interface SplitInputs {
  /** What to lint: paths, folders, globs and "-". */
  inputs: string[];
  /** The negations as written, "!" included. */
  negations: string[];
}

/** Returns the negation that excludes a file (absolute path), or undefined. */
export type ExcludedBy = (file: string) => string | undefined;

/**
 * Takes the negations out of the inputs. A path that exists is an input even if its name starts
 * with "!"; a run of negations alone has nothing to lint and is a usage error.
 */
export function splitNegations(given: readonly string[], cwd: string, words: CallerWords): SplitInputs {
  const inputs: string[] = [];
  const negations: string[] = [];
  for (const input of given) {
    // A lone "!" negates nothing; as a glob it matched only names holding a line break.
    if (input === '!' && !existsSync(resolve(cwd, input))) {
      throw new UsageError('"!" alone is a negation with nothing to exclude',
        'Write the glob to leave out after it, quoted: \'!payloads/old/**\'.');
    }
    const isNegation = input.length > 1 && input.startsWith('!') &&
      !existsSync(resolve(cwd, input));
    (isNegation ? negations : inputs).push(input);
  }
  if (inputs.length === 0 && negations.length > 0) {
    throw new UsageError(`${negations.join(' ')}: a negated glob only excludes files, and no ` +
      'input names files to lint',
      `Add the folders, files or globs to lint, e.g. ${words.lintCall(['.', negations[0]!])}.`);
  }
  return { inputs, negations };
}

export function excludedBy(negations: readonly string[], cwd: string): ExcludedBy {
  if (negations.length === 0) return () => undefined;
  const matchers = negations.map((negation) => {
    const pattern = patternOf(negation.slice(1), cwd);
    // A negation that names a folder excludes all below it, as globby and .gitignore read it.
    return { negation, isMatch: picomatch([pattern, `${pattern}/**`], { dot: true }) };
  });
  return (file) => {
    const path = toPosix(relative(cwd, file));
    return matchers.find(({ isMatch }) => isMatch(path))?.negation;
  };
}

/** The pattern relative to cwd, as the files are matched: "/abs/d/*.json" and "d/" work too. */
function patternOf(written: string, cwd: string): string {
  const pattern = toPosix(isAbsolute(written) ? relative(cwd, written) : written);
  return pattern.replace(/\/+$/, '') || '.';
}
