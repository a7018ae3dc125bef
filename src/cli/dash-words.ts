// Before "--", yargs reads every word that starts with "-" as options: a file named "-q.json"
// (as the pre-commit framework passes a root-level file) was taken as -q with the value ".json",
// and a bad body was never linted. So each such word must be exactly a short option, a cluster
// of them, or a letter with "=value"; anything else is refused, saying how to name the file.
// Long words ("--quiet.json") are judged by checkFlagShapes() and yargs in args.ts.
import { UsageError } from '../lint/usage-error.js';

/**
 * The short letters of lint and send (send's -y is refused by lint with its own message), and
 * ESLint's -h and -v for --help and --version.
 */
const SHORT_LETTERS: ReadonlySet<string> = new Set(['c', 'e', 'f', 'h', 'o', 'q', 'v', 'y']);
const SHORT_LIST = "The short options are -c, -e, -f, -h, -o, -q, -v and send's -y.";
/** Those that take a value: -c FILE, -e ENDPOINT, -f FORMAT, -o FILE. */
const VALUE_LETTERS: ReadonlySet<string> = new Set(['c', 'e', 'f', 'o']);
// yargs-parser's `negative` pattern: such a word is a number to it, not a flag.
const NEGATIVE_NUMBER = /^-(\d+(\.\d+)?|\.\d+)$/;

/**
 * How to lint a file whose name looks like an option; ends every "unknown option" hint. A word
 * with "=" is not repeated: what follows "=" may be a secret (-client-secret=...).
 */
export function dashFileHint(word: string): string {
  return word.includes('=')
    ? 'For a file whose name starts with "-", write ./ before it, or put -- before the file names.'
    : `For a file named ${word}, write ./${word}, or put -- before the file names.`;
}

/**
 * Refuses the first of `words` (the command line before "--") that starts with one "-" and is
 * not a short option. `takesValue(word)` says whether a flag word takes the next word as its
 * value, where a negative number is a value ("--max-warnings -1"), not an option.
 */
export function checkDashWords(words: readonly string[],
  takesValue: (word: string) => boolean): void {
  words.forEach((word, i) => {
    const isValue = i > 0 && takesValue(words[i - 1]!);
    // yargs takes "--q" for -q and "--Q" for an unknown -Q, also where a flag wants its value
    // ("-e --f"): neither is an option as written.
    if (/^--[a-z](=|$)/i.test(word)) throw oneLetterLong(word);
    if (!word.startsWith('-') || word === '-' || word.startsWith('--')) return;
    if (isShortOption(word)) return;
    if (NEGATIVE_NUMBER.test(word) && isValue) return;
    if (isValue) throw dashValue(word.split('=')[0]!, words[i - 1]!);
    throw unknownShortOption(word);
  });
}

// The flags whose value is a path, where "./-out.txt" names the same file as "-out.txt".
const PATH_FLAGS: ReadonlySet<string> = new Set(['-o', '--output-file', '-c', '--config',
  '--stdin-filename', '--cache-location', '--print-config', '--journal']);

/** "-o -out.txt": meant as the flag's value, which yargs would read as options instead. */
function dashValue(name: string, flag: string): UsageError {
  return new UsageError(`unknown option ${name}`, PATH_FLAGS.has(flag)
    ? `It stands where ${flag} takes its value; a path that starts with "-" needs ./ before it ` +
      `(${flag} ./${name}).`
    : `It stands where ${flag} takes its value, and no value of ${flag} starts with "-".`);
}

function oneLetterLong(word: string): UsageError {
  const name = word.split('=')[0]!;
  const letter = name.slice(2);
  return new UsageError(`unknown option ${name}`, SHORT_LETTERS.has(letter)
    ? `A one-letter option takes one dash: -${letter}. ${dashFileHint(word)}`
    : `${SHORT_LIST} ${dashFileHint(word)}`);
}

/** Whether a short word is -q, a cluster of distinct letters (-qf), or a letter and =value. */
function isShortOption(word: string): boolean {
  if (/^-[a-z]=/.test(word)) return SHORT_LETTERS.has(word[1]!);
  if (!/^-[a-z]+$/.test(word)) return false;
  const letters = [...word.slice(1)];
  return letters.every((letter) => SHORT_LETTERS.has(letter)) &&
    new Set(letters).size === letters.length;
}

/** Whether a short word ends in a letter that takes the next word as its value (-f, -qo). */
export function shortTakesValue(word: string): boolean {
  return /^-[a-z]+$/.test(word) && VALUE_LETTERS.has(word.at(-1)!);
}

function unknownShortOption(word: string): UsageError {
  // What follows "=" is not shown: it may be a secret (-client-secret=...).
  const name = word.split('=')[0]!;
  const fileHint = dashFileHint(word);
  // "-ccfg.json" is -c with its value glued on; "-c.json" looks more like a file.
  if (VALUE_LETTERS.has(word[1]!) && name === word && /^-.[a-z0-9]/i.test(word)) {
    return new UsageError(`unknown option ${word}`, `A short option takes its value after a ` +
      `space: e.g. ${word.slice(0, 2)} ${word.slice(2)}. ${fileHint}`);
  }
  const letters = [...word.slice(1)];
  const isRepeat = /^-[a-z]+$/.test(word) && letters.every((l) => SHORT_LETTERS.has(l));
  return new UsageError(`unknown option ${name}`, isRepeat
    ? `Give each short option once (-${[...new Set(letters)].join('')}). ${fileHint}`
    : `${SHORT_LIST} ${fileHint}`);
}
