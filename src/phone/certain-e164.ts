// The E.164 form of a number written another way, where no digit has to be guessed: separators
// and a tel: scheme dropped, the international prefix 00 read as "+", or a national number read in
// a known country. Hints show it so that following them gives a number E.164 members accept.
import { analysePhone, isStrictE164, suggestE164 } from './analyse-phone.js';
import { dialledForm } from './international-form.js';
import type { NumberPlace } from './number-place.js';

/** place: the country a national number is read in (--country); undefined reads none. */
export function certainE164(written: string, place: NumberPlace | undefined): string | undefined {
  const phone = analysePhone(written);
  // Letters, an extension or another scheme: which digits make the number is a guess.
  if (phone.hasLetters || phone.extension || (phone.uriScheme && phone.uriScheme !== 'tel')) {
    return undefined;
  }
  return certainE164OfDigits(phone.compact, place);
}

/** The same for digits already compacted, with an optional "+" (a number before its extension). */
export function certainE164OfDigits(
  compact: string,
  place: NumberPlace | undefined,
): string | undefined {
  if (compact.startsWith('+')) return isStrictE164(compact) ? compact : undefined;
  // "0044 (0)20 ..." as a "+" number is read: 00 for "+", a kept trunk prefix dropped.
  const dialled = dialledForm(compact)?.number;
  if (dialled !== undefined) return isStrictE164(dialled) ? dialled : undefined;
  const suggested = suggestE164(compact, place);
  return suggested?.isValid && suggested.alternative === undefined ? suggested.number : undefined;
}

/**
 * The E.164 number a value holds whole, "+" and country code included, only dressed
 * ("tel:+13175550199", "+1 (317) 555-0199"); undefined for anything that needs a digit read in
 * (00, a national number) or left out (an extension). What --fix may write in a callerId.
 */
export function plainE164(written: string): string | undefined {
  const phone = analysePhone(written);
  if (!phone.hasPlus || phone.hasLetters || phone.extension) return undefined;
  if (phone.uriScheme !== undefined && phone.uriScheme !== 'tel') return undefined;
  return isStrictE164(phone.compact) ? phone.compact : undefined;
}
