// Payload text (values, member names, file names) must never drive a terminal or break a line:
// control characters become \uXXXX escapes. One definition for messages, reporters and JSON.

// C0 and C1 controls, DEL, the JavaScript line separators (U+009B alone starts an escape
// sequence on some terminals), and the bidirectional overrides, isolates and marks (U+061C,
// U+200E, U+200F), which can make a file name or value read in a different order than it is
// ("Trojan Source").
const CONTROLS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// In JSON.stringify output C0 controls only occur as structure (indentation newlines) or are
// escaped already; the rest can only stand inside strings, where an escape keeps the value.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// The same less line feed and tab, for text shown as its lines (a body about to be sent).
const CONTROLS_BUT_LAYOUT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// Characters a terminal shows as a plain space, or not at all: the no-break and other fixed-width
// spaces, zero-width ones, joiners, the soft hyphen and the byte-order mark. Quoted as they are,
// "+1317\u00a05550142" reads as "+1317 5550142" and a message about it as a message about a
// space; escaped, the reader sees which character is there.
const INVISIBLE =
  /[\u00a0\u00ad\u034f\u115f\u1160\u1680\u180e\u2000-\u200d\u202f\u205f\u2060-\u2064\u3000\u3164\ufeff]/g;

const asEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function escapeControl(text: string): string {
  return text.replace(CONTROLS, asEscape);
}

/** The same for text that JSON.stringify produced, keeping its layout. */
export function escapeJsonOutput(json: string): string {
  return json.replace(RAW_IN_JSON, asEscape);
}

/**
 * The same for text shown over several lines: line feeds and tabs stay, a carriage return is
 * escaped too (\u000d), since it would send the cursor back to overprint the line it ends.
 */
export function escapeControlKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_LAYOUT, asEscape);
}

/**
 * A name shown to a reader (a file's, a member's pointer) with its control and invisible
 * characters as escapes: "n\u00a0b.json" would read as "n b.json", and "b\u200b.json" as "b.json".
 * JSON and SARIF keep file names exact; a reader of those decodes them.
 */
export function escapeName(text: string): string {
  return escapeInvisible(escapeControl(text));
}

/** Invisible and look-alike space characters as \uXXXX escapes, for text quoted in messages. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, asEscape);
}

/** The text without its invisible characters: what a reader sees on screen, for a second look. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// The few a body is likely to hold (pasted from a chat, a word processor or a web page), named
// so a reader knows what to search for; others are named by their code point alone.
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
};

/** The distinct invisible characters of a text, as "U+200B (zero-width space)", in order. */
export function invisibleCharactersIn(text: string): string[] {
  const found = new Set(text.match(INVISIBLE) ?? []);
  return [...found].map((c) => {
    const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const name = INVISIBLE_NAMES[c];
    return name === undefined ? code : `${code} (${name})`;
  });
}
