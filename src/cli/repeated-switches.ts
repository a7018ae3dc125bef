// A switch given both ways ("--color --no-color", "-q --quiet=0", send's "--yes --no-yes"):
// yargs kept the last without a word, so a CI line that turned a switch on in one place and off
// in another ran with whichever came last. Refused as a one-value flag given two values is
// (checkRepeatedFlags); the same switch twice the same way ("-q --quiet") passes. yargs keeps
// only a switch's last value, not the list it keeps for a value flag, so the words are read here.
import { givenTwice } from './repeated-flags.js';

/** One switch set by the command line: its long name, on or off, and the words that set it. */
interface SwitchWord {
  name: string;
  isOn: boolean;
  written: string;
}

/**
 * Refuses the first switch the words turn both on and off. words: the command line before "--",
 * already accepted by yargs; switches: their long names; letters: the short letters of some.
 */
export function checkRepeatedSwitches(words: readonly string[], switches: ReadonlySet<string>,
  letters: Readonly<Record<string, string>>): void {
  const first = new Map<string, SwitchWord>();
  for (const given of switchWords(words, switches, letters)) {
    const earlier = first.get(given.name);
    if (earlier === undefined) first.set(given.name, given);
    else if (earlier.isOn !== given.isOn) {
      throw givenTwice(given.name, earlier.written, given.written);
    }
  }
}

/** The switches the words set, in order. */
function switchWords(words: readonly string[], switches: ReadonlySet<string>,
  letters: Readonly<Record<string, string>>): SwitchWord[] {
  const found: SwitchWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const set = longSwitch(word, switches) ?? shortSwitches(word, letters);
    if (set.length === 0) continue;
    const last = set.at(-1)!;
    // yargs takes a "true" or "false" after a bare switch as its value ("-q false"), not as a
    // file; never after a --no- form, nor after a cluster whose last letter takes a value (-qf).
    const next = words[i + 1];
    const isBare = !word.includes('=') && !/^--no-/.test(word) &&
      (word.startsWith('--') || letters[word.at(-1)!] !== undefined);
    if (isBare && (next === 'true' || next === 'false')) {
      set[set.length - 1] = { ...last, isOn: next === 'true', written: `${word} ${next}` };
      i++;
    }
    found.push(...set);
  }
  return found;
}

/** "--quiet", "--no-quiet", "--quiet=0" or "=false", or a camelCase spelling ("--fixDryRun"). */
function longSwitch(word: string, switches: ReadonlySet<string>): SwitchWord[] | undefined {
  const long = VALUED.exec(word);
  if (!long) return undefined;
  const spelled = long[1]!.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const isNegated = spelled.startsWith('no-') && switches.has(spelled.slice(3));
  const name = isNegated ? spelled.slice(3) : spelled;
  if (!switches.has(name)) return [];
  return [{ name, isOn: !isNegated && !isOff(long[2]), written: word }];
}

/** The switch letters of "-q", "-qy" or "-q=false" (the value goes to the last letter). */
function shortSwitches(word: string, letters: Readonly<Record<string, string>>): SwitchWord[] {
  const short = /^-([A-Za-z]+)(?:=(true|false|1|0))?$/.exec(word);
  if (!short) return [];
  const cluster = [...short[1]!];
  return cluster.flatMap((letter, i) => {
    const name = letters[letter];
    if (name === undefined) return [];
    const isOn = i < cluster.length - 1 || !isOff(short[2]);
    return [{ name, isOn, written: word }];
  });
}

// Every value a switch takes after "=" (checkSwitchValues refuses the others): 1 and 0 are read
// as true and false are, or "--quiet --quiet=0" passed as the same switch given twice.
const VALUED = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(true|false|1|0))?$/;

function isOff(value: string | undefined): boolean {
  return value === 'false' || value === '0';
}
