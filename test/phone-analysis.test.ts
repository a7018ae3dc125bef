// The shortcut in isPossibleInternational must give libphonenumber's own answer: it skips the
// library only for "+1" and ten digits, claiming every such number possible. Checked here against
// the library for every four-digit start of the national number and a spread of endings, so a
// release of libphonenumber that changed its view of +1 numbers would fail this test.
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { analysePhone, isPossibleInternational, isStrictE164 } from '../src/phone/analyse-phone.js';

const library = createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js');
const byLibrary = (number: string): boolean =>
  library.parsePhoneNumberFromString(number)?.isPossible() ?? false;

describe('isPossibleInternational', () => {
  test('agrees with libphonenumber on +1 and ten digits, for every four-digit start', () => {
    const disagreements: string[] = [];
    for (let start = 0; start < 10_000; start++) {
      for (const end of ['000000', '123456', '555010', '999999']) {
        const number = `+1${String(start).padStart(4, '0')}${end}`;
        if (isPossibleInternational(number) !== byLibrary(number)) disagreements.push(number);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test.each([
    '+1317555010', // nine national digits
    '+131755501000', // eleven
    '+1',
    '+442079460142',
    '+4420794601',
    '+33612345678',
    '+8613812345678',
    '+999123456',
  ])('other numbers go to libphonenumber: %s', (number) => {
    expect(isPossibleInternational(number)).toBe(byLibrary(number));
  });

  test('analysePhone and isStrictE164 use it', () => {
    expect(analysePhone('+13175550142').isPossibleE164).toBe(true);
    expect(analysePhone('+1317555014').isPossibleE164).toBe(false);
    expect(analysePhone('tel:+13175550142').isPossibleE164).toBe(true);
    expect(analysePhone('13175550142').isPossibleE164).toBe(false);
    expect(isStrictE164('+13175550142')).toBe(true);
    expect(isStrictE164('+1317555014')).toBe(false);
    expect(isStrictE164('+442079460142')).toBe(true);
  });
});
