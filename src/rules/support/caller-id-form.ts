// A number moved into callerId, which takes strict E.164 only (labelling rule 6 of the cases): a
// hint that moved "317-555-0199" there as written traded unknown-field for invalid-phone. The
// value is shown in E.164 form where that form is certain, and said to be wrong where it is not.
import { analysePhone, isStrictE164, suggestE164 } from '../../phone/analyse-phone.js';
import { plusForPrefix } from '../../phone/international-form.js';
import type { NumberPlace } from '../../phone/number-place.js';
import { phoneFault } from '../invalid-phone.js';

export interface CallerIdForm {
  /** The value to write in callerId: the E.164 form when it could be told, else as written. */
  value: string;
  /** Whether value is the number rewritten, not as written. */
  isRewritten: boolean;
  /** Why value is still no callerId, when it is not. */
  fault: string | undefined;
}

/** place: the default country (--country), the only one that can read a national number. */
export function callerIdForm(written: string, place: NumberPlace | undefined): CallerIdForm {
  const value = e164Of(written, place) ?? written;
  return { value, isRewritten: value !== written, fault: phoneFault('e164', value) };
}

function e164Of(written: string, place: NumberPlace | undefined): string | undefined {
  const phone = analysePhone(written);
  // Letters, an extension or another scheme: which digits make the number is a guess.
  if (phone.hasLetters || phone.extension || (phone.uriScheme && phone.uriScheme !== 'tel')) {
    return undefined;
  }
  if (phone.hasPlus) return isStrictE164(phone.compact) ? phone.compact : undefined;
  const dialled = plusForPrefix(phone.compact);
  if (dialled !== undefined) return isStrictE164(dialled) ? dialled : undefined;
  const suggested = suggestE164(phone.compact, place);
  return suggested?.isValid ? suggested.number : undefined;
}
