// Text from payloads and file names may hold UTF-16 code units that are not characters: a high
// surrogate without its low half, or the reverse. XML cannot carry them at all and
// encodeURIComponent throws on them, so reporters that need well-formed text pass it through here.

// Without the u flag a regex sees code units, which is what finding an unpaired half needs.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces each unpaired surrogate with what `replace` returns for it. */
export function replaceLoneSurrogates(text: string, replace: (unit: string) => string): string {
  return text.replace(LONE_SURROGATE, replace);
}

/** "\ud800": how an unpaired surrogate or a non-character is shown, like escapeControl does. */
export function showCodeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
