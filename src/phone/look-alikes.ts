// Characters that a number pasted from a word processor, a chat or a web page carries in place of
// the ASCII it shows: other scripts' digits, typographic dashes, fullwidth forms, and marks no
// screen shows (zero-width spaces, direction marks). The phone rules judge the ASCII number these
// spell and name each one: a reader comparing the value on screen sees nothing wrong with it.

/** One kind of look-alike in a value: a character, or one script's digits. */
export interface LookAlike {
  /** "U+2011 NON-BREAKING HYPHEN", or "Arabic-Indic digits (U+0660 to U+0669)". */
  name: string;
  /** The ASCII it stands for ("-", "+", a digit), or "" for an invisible character. */
  ascii: string;
  /** Where it stands in the value, 1-based, counted in characters (code points). */
  places: number[];
}

/** A value with its look-alikes in ASCII, and which ones it held. */
export interface AsciiReading {
  ascii: string;
  lookAlikes: LookAlike[];
}

// Unicode names (UnicodeData.txt), so that a reader can search for the character.
const SINGLES: ReadonlyMap<number, readonly [ascii: string, name: string]> = new Map([
  [0x00ad, ['', 'SOFT HYPHEN']],
  [0x061c, ['', 'ARABIC LETTER MARK']],
  [0x200b, ['', 'ZERO WIDTH SPACE']],
  [0x200c, ['', 'ZERO WIDTH NON-JOINER']],
  [0x200d, ['', 'ZERO WIDTH JOINER']],
  [0x200e, ['', 'LEFT-TO-RIGHT MARK']],
  [0x200f, ['', 'RIGHT-TO-LEFT MARK']],
  [0x202a, ['', 'LEFT-TO-RIGHT EMBEDDING']],
  [0x202b, ['', 'RIGHT-TO-LEFT EMBEDDING']],
  [0x202c, ['', 'POP DIRECTIONAL FORMATTING']],
  [0x202d, ['', 'LEFT-TO-RIGHT OVERRIDE']],
  [0x202e, ['', 'RIGHT-TO-LEFT OVERRIDE']],
  [0x2060, ['', 'WORD JOINER']],
  [0x2066, ['', 'LEFT-TO-RIGHT ISOLATE']],
  [0x2067, ['', 'RIGHT-TO-LEFT ISOLATE']],
  [0x2068, ['', 'FIRST STRONG ISOLATE']],
  [0x2069, ['', 'POP DIRECTIONAL ISOLATE']],
  [0x2010, ['-', 'HYPHEN']],
  [0x2011, ['-', 'NON-BREAKING HYPHEN']],
  [0x2012, ['-', 'FIGURE DASH']],
  [0x2013, ['-', 'EN DASH']],
  [0x2014, ['-', 'EM DASH']],
  [0x2015, ['-', 'HORIZONTAL BAR']],
  [0x2212, ['-', 'MINUS SIGN']],
  [0xfe58, ['-', 'SMALL EM DASH']],
  [0xfe63, ['-', 'SMALL HYPHEN-MINUS']],
  [0xff0d, ['-', 'FULLWIDTH HYPHEN-MINUS']],
  [0xfe62, ['+', 'SMALL PLUS SIGN']],
  [0xff0b, ['+', 'FULLWIDTH PLUS SIGN']],
  [0xff08, ['(', 'FULLWIDTH LEFT PARENTHESIS']],
  [0xff09, [')', 'FULLWIDTH RIGHT PARENTHESIS']],
  [0xff0e, ['.', 'FULLWIDTH FULL STOP']],
]);

// The digits of the scripts and keyboards numbers are most often typed in besides ASCII, by the
// code point of their zero: each script's ten digits are consecutive.
const DIGIT_SCRIPTS: ReadonlyArray<readonly [zero: number, script: string]> = [
  [0x0660, 'Arabic-Indic'],
  [0x06f0, 'Extended Arabic-Indic'],
  [0x0966, 'Devanagari'],
  [0x09e6, 'Bengali'],
  [0x0e50, 'Thai'],
  [0xff10, 'Fullwidth'],
];

// Longer values are no number (one is written in far fewer characters, see one-number.ts): they
// are left as they are, so that a hostile megabyte value costs no reading (issue 6).
export const MAX_READ = 1000;

/** The value in ASCII, with what was changed; the value itself when it is ASCII already. */
export function readAscii(value: string): AsciiReading {
  // Nearly every value is ASCII: answered without building anything (issue 6).
  if (value.length > MAX_READ || isAscii(value)) return { ascii: value, lookAlikes: [] };
  // By kind (a single character's code, a script's zero), with the first character of each.
  const found = new Map<number, { first: number; ascii: string; places: number[] }>();
  let ascii = '';
  let copied = 0;
  let place = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // The second half of a surrogate pair is no character of its own. Every look-alike is in
    // the Basic Multilingual Plane, so a code unit is enough to tell one.
    if (isLowSurrogate(code) && i > 0 && isHighSurrogate(value.charCodeAt(i - 1))) continue;
    place++;
    const kind = code > 0x7e ? kindOf(code) : undefined;
    if (kind === undefined) continue;
    ascii += value.slice(copied, i) + kind.ascii;
    copied = i + 1;
    const seen = found.get(kind.key);
    if (seen) seen.places.push(place);
    else found.set(kind.key, { first: code, ascii: kind.ascii, places: [place] });
  }
  const lookAlikes = [...found.entries()].map(([key, { first, ascii: stands, places }]) =>
    ({ name: nameOf(key, first, places.length), ascii: stands, places }));
  return { ascii: ascii + value.slice(copied), lookAlikes };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** The ASCII a character stands for, and the kind it is named by: itself, or its script. */
function kindOf(code: number): { key: number; ascii: string } | undefined {
  const single = SINGLES.get(code);
  if (single) return { key: code, ascii: single[0] };
  for (const [zero] of DIGIT_SCRIPTS) {
    if (code >= zero && code <= zero + 9) return { key: zero, ascii: String(code - zero) };
  }
  return undefined;
}

/** "U+2011 NON-BREAKING HYPHEN"; a script's digits by their range once there are several. */
function nameOf(key: number, first: number, count: number): string {
  const single = SINGLES.get(key);
  if (single) return `${codeOf(key)} ${single[1]}`;
  const script = DIGIT_SCRIPTS.find(([zero]) => zero === key)?.[1] ?? '';
  return count === 1 ? `${codeOf(first)} ${script.toUpperCase()} DIGIT ${DIGIT_NAMES[first - key]!}`
    : `${script} digits (${codeOf(key)} to ${codeOf(key + 9)})`;
}

/** Whether the rules read the character as ASCII, or as nothing (SINGLES, DIGIT_SCRIPTS). */
export function isLookAlike(code: number): boolean {
  return kindOf(code) !== undefined;
}

/** "U+200B", as Unicode writes a code point. */
export function codeOf(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7e) return false;
  return true;
}

/**
 * The look-alikes for a message: "an invisible character: U+200B ZERO WIDTH SPACE at character
 * 13", "look-alike characters: U+2011 NON-BREAKING HYPHEN, for "-", at characters 3, 7 and 11".
 */
export function describeLookAlikes(lookAlikes: readonly LookAlike[]): string {
  const count = lookAlikes.reduce((sum, { places }) => sum + places.length, 0);
  const isHidden = lookAlikes.every(({ ascii }) => ascii === '');
  const isShown = lookAlikes.every(({ ascii }) => ascii !== '');
  const what = isHidden ? 'invisible' : isShown ? 'look-alike' : 'look-alike and invisible';
  const which = lookAlikes.map(({ name, ascii, places }) =>
    `${name}${ascii === '' || name.includes(' digits (') ? '' : `, for "${ascii}",`} at ` +
    placesOf(places)).join('; ');
  return `${count === 1 ? `a${isShown ? '' : 'n'} ${what} character` : `${what} characters`}: ` +
    which;
}

/** "character 13", "characters 2 to 12", "characters 3, 7 and 11", "characters 1, 4, 9, ...". */
function placesOf(places: readonly number[]): string {
  if (places.length === 1) return `character ${places[0]}`;
  const first = places[0]!;
  const last = places.at(-1)!;
  if (last - first === places.length - 1) return `characters ${first} to ${last}`;
  if (places.length <= 4) {
    return `characters ${places.slice(0, -1).join(', ')} and ${last}`;
  }
  return `characters ${places.slice(0, 3).join(', ')} and ${places.length - 3} more`;
}
