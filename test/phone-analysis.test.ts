// The shortcut in isPossibleInternational must give libphonenumber's own answer: it skips the
// library only for "+1" and ten digits, claiming every such number possible. Checked here against
// the library for every four-digit start of the national number and a spread of endings, so a
// release of libphonenumber that changed its view of +1 numbers would fail this test.
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { fixText } from '../src/fix/fix-text.js';
import { lintText } from '../src/lint/lint-text.js';
import {
  analysePhone, isNumeric, isPossibleInternational, isStrictE164,
} from '../src/phone/analyse-phone.js';

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

// "+44 (0)20 7946 0958" is how UK numbers are often printed. libphonenumber reads past the "(0)",
// so the compacted "+4402079460958" passed as E.164 and the formatting fix wrote it: a number
// that dials +44 0 20... A trunk 0 kept after the country code is now its own fault, and every
// fix writes the number without it.
describe('a trunk prefix kept after the country code', () => {
  test.each([
    ['+44 (0)20 7946 0958', '+442079460958', '0'],
    ['+4402079460958', '+442079460958', '0'],
    ['+33 (0)1 55 50 01 42', '+33155500142', '0'],
    ['+49 (0)30 901820', '+4930901820', '0'],
    // Trunk prefixes other than 0: 8 in Russia and Lithuania, 06 in Hungary.
    ['+784951234567', '+74951234567', '8'],
    ['+7 8 495 123 45 67', '+74951234567', '8'],
    ['+370852123456', '+37052123456', '8'],
    ['+360612345678', '+3612345678', '06'],
  ])('%s is not E.164; its E.164 form is %s', (value, e164, trunk) => {
    const phone = analysePhone(value);
    expect([phone.isPossibleE164, phone.withoutTrunk, phone.trunk]).toEqual([false, e164, trunk]);
    expect(isStrictE164(value.replace(/[\s()]/g, ''))).toBe(false);
    expect(isStrictE164(e164)).toBe(true);
    const fixed = fixText(`{"phoneNumber":${JSON.stringify(value)}}`);
    expect(fixed.output).toBe(`{"phoneNumber":"${e164}"}`);
    expect(fixed.result.findings).toEqual([]);
  });

  test.each([
    // Italian numbers keep their 0 in E.164; +1 has no trunk prefix to keep.
    ['+390612345678'], ['+442079460958'], ['+13175550142'], ['+33155500142'],
  ])('%s is left alone', (value) => {
    expect(analysePhone(value)).toMatchObject({ isPossibleE164: true, withoutTrunk: undefined });
    expect(lintText(`{"phoneNumber":"${value}","callerId":"${value}"}`).findings).toEqual([]);
  });

  test('a national number whose 0 its plan keeps gets its E.164 form, and the fix', () => {
    const body = '{"phoneNumber":"0612345678"}';
    const [found] = lintText(body, { defaultCountry: 'IT' }).findings;
    expect(found!.hint).toBe('Write "+390612345678" (E.164 for IT).');
    expect(fixText(body, { defaultCountry: 'IT' }).output).toBe('{"phoneNumber":"+390612345678"}');
    // A 0 that the plan does not list stays unfixed: 0755500142 is no US number.
    expect(lintText('{"phoneNumber":"0755500142"}', { defaultCountry: 'US' }).findings[0]!.fix).toBeUndefined();
  });

  test('callerId, which must be strict E.164, says why and names the form', () => {
    const findings = lintText('{"phoneNumber":"+13175550142","callerId":"+4402079460958"}').findings;
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['invalid-phone',
      '/callerId is "+4402079460958", which is not in the E.164 form that "callerId" requires: ' +
      'it keeps the trunk prefix 0 ' +
      'after the country code, which E.164 drops (+442079460958).']]);
  });
});

// The whole-value checks are loops, not regular expressions, since V8 gave up on those over a
// 10 MB value ("Maximum call stack size exceeded"); they must still read values as those did.
describe('whole-value checks read values as the regular expressions they replace', () => {
  const alphabet = ['a', '@', ' ', '\t', '\u00a0', '\u2028', '\u3000', '\u0085', '+', '0', '9', '1', 'x'];
  const samples: string[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 4000; i++) {
    const length = Math.floor(next() * 7);
    samples.push(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  }

  test('user@host', () => {
    for (const value of samples) {
      const trimmed = value.trim();
      const isScheme = /^(tel|sip|sips):/i.test(trimmed);
      const expected = !isScheme && /^[^@\s]+@[^@\s]+$/.test(trimmed);
      expect([value, analysePhone(value).uriScheme === 'user@host']).toEqual([value, expected]);
    }
  });

  test('digits only, with an optional +', () => {
    for (const value of samples) {
      expect([value, isNumeric(value)]).toEqual([value, /^\+?\d+$/.test(value)]);
    }
  });

  test('a 10 MB value is analysed without a regular expression giving up', () => {
    for (const value of [`${'9'.repeat(10_000_000)}x`, `+${'9'.repeat(10_000_000)}`, `a${'b'.repeat(10_000_000)}@`]) {
      expect(() => analysePhone(value)).not.toThrow();
    }
  });
});
