// Values in XML output come from payloads and file names, so they can hold anything. XML 1.0
// (https://www.w3.org/TR/xml/#charsets) forbids most control characters, unpaired surrogates and
// U+FFFE/U+FFFF even as character references; those are shown as \u escapes, the way the other
// formats show control characters, and the five markup characters become entities.
import { escapeControl } from './ansi.js';
import { replaceLoneSurrogates, showCodeUnit } from './unicode.js';

const MARKUP: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Safe in element content and in attribute values alike. Tab, CR and LF are escaped too, since
 * an attribute would fold them into spaces and a value with a line break would read as two.
 */
export function toXmlText(text: string): string {
  const characters = replaceLoneSurrogates(text, showCodeUnit)
    .replace(/[\ufffe\uffff]/g, showCodeUnit);
  return escapeControl(characters).replace(/[&<>"']/g, (c) => MARKUP[c] ?? c);
}
