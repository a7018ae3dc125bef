// A number moved into callerId, which takes strict E.164 only (labelling rule 6 of the cases): a
// hint that moved "317-555-0199" there as written traded unknown-field for invalid-phone. The
// value is shown in E.164 form where that form is certain, and said to be wrong where it is not.
import { certainE164 } from '../../phone/certain-e164.js';
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
  const value = certainE164(written, place) ?? written;
  return { value, isRewritten: value !== written, fault: phoneFault('e164', value) };
}
