// invalid-phone: letters, names or UUIDs in number fields, and callerId that is not strict E.164
// (labelling rule 6 in ../shared/cases/README.md).
import { describe, expect, test } from '@jest/globals';
import { fixText } from '../../src/fix/fix-text.js';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';
const USER = '3f1c2a9e-5b7d-4e08-9a61-2c4d8e0f7b35';

ruleTable('invalid-phone', {
  accept: [
    { name: 'an E.164 phoneNumber', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a strict E.164 callerId on a call',
      body: '{"phoneNumber":"+13175550142","callerId":"+13175550100"}',
    },
    {
      name: 'a user UUID in TransferRequest.address (documented to accept ids)',
      endpoint: 'replace',
      body: `{"address":"${USER}"}`,
    },
    {
      name: 'a queue UUID in TransferRequest.address (media-independent replace)',
      endpoint: 'conversation-replace',
      body: `{"address":"${QUEUE}"}`,
    },
    {
      name: 'a sip: URI in phoneNumber (uri-address instead)',
      body: '{"phoneNumber":"sip:agent@example.com"}',
    },
    {
      name: 'a user@host participant address (uri-address instead)',
      body: '{"participants":[{"address":"reception@pbx.example.com"}]}',
    },
    {
      name: 'a national callback number (non-e164 instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["3175550142"]}`,
    },
    // Keypad keys are a number's form, not letters (labelling rule 6); non-e164 warns instead.
    { name: 'a feature code in phoneNumber (non-e164 instead)', body: '{"phoneNumber":"*86"}' },
    {
      name: 'a feature code around a "+" number (non-e164 instead)',
      body: '{"participants":[{"address":"#31#+13175550100"},{"address":"+13175550100#"}]}',
    },
    {
      name: 'a keypad code in a callback number (non-e164 instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["#31#3175550142"]}`,
    },
    {
      name: 'an empty callerId (empty-value instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"callerId":""}`,
    },
  ],
  reject: [
    // An editor HTTP client or Postman fills "{{number}}" in as it sends: no letters to hunt for.
    {
      name: 'an unfilled template variable in phoneNumber, told so rather than of its letters',
      body: '{"phoneNumber":"{{number}}"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'error',
        message:
          /^\/phoneNumber is "\{\{number\}\}", which holds the template variable \{\{number\}\} /u,
      }],
    },
    // "${PHONE}" from a shell script or heredoc was told it "contains letters".
    ...[
      ['${PHONE}', 'shell variable ${PHONE}', 'a shell or template step'],
      ['$PHONE', 'shell variable $PHONE', 'a shell or template step'],
      ['+1$LOCAL', 'shell variable $LOCAL', 'a shell or template step'],
      ['%PHONE%', 'batch variable %PHONE%', 'a Windows batch file'],
      ['+1%LOCAL%', 'batch variable %LOCAL%', 'a Windows batch file'],
      ['%C3%A9%PHONE%', 'batch variable %PHONE%', 'a Windows batch file'],
    ].map(([value, variable, filler]) => ({
      name: `${value}: an unfilled ${variable}, told so rather than of its letters`,
      body: `{"phoneNumber":"${value}"}`,
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'error' as const,
        message: `which holds the ${variable} unfilled: ${filler}` }],
    })),
    {
      name: 'a template variable after a "+" in callerId, told so rather than of letters or E.164',
      body: '{"phoneNumber":"+13175550142","callerId":"+1{{ caller }}"}',
      findings: [{ pointer: '/callerId', line: 1, column: 42, severity: 'error',
        message: /the template variable \{\{ caller \}\} unfilled: [^]*not known here\.$/ }],
    },
    {
      name: 'a feature code as callerId, told why E.164 has no place for it',
      body: '{"phoneNumber":"+13175550142","callerId":"*86"}',
      findings: [{ pointer: '/callerId', line: 1, column: 42, severity: 'error',
        message: 'it holds "*" or "#", keys of a phone\'s keypad that E.164 has no place for' }],
    },
    {
      name: 'a callerId with a mark that is no digit, told so rather than that it lacks the "+"',
      body: '{"phoneNumber":"+13175550142","callerId":"3175550100!"}',
      findings: [{ pointer: '/callerId', line: 1, column: 42, severity: 'error',
        message: 'it contains characters other than digits and "+"' }],
    },
    {
      name: 'a "+" after the start, told so rather than of other characters',
      body: '{"phoneNumber":"1317+5550142"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'error',
        message: 'it has a "+" after its start, where a number has none' }],
    },
    {
      name: 'a mark that is no keypad key in phoneNumber',
      body: '{"phoneNumber":"317555!0142"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'error',
        message: 'it contains characters other than digits and "+": "!" (U+0021) at character 7.' }],
    },
    {
      // An attack found " " told of "characters other than digits", which a space is not.
      name: 'white space alone in phoneNumber, told that no digit is there',
      body: '{"phoneNumber":" "}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'error',
        message: 'it holds no digits, only white space or separators' }],
    },
    {
      name: 'separators alone in callerId, told the same',
      body: '{"phoneNumber":"+13175550142","callerId":" - "}',
      findings: [{ pointer: '/callerId', line: 1, column: 42, severity: 'error',
        message: 'it holds no digits, only white space or separators' }],
    },
    {
      name: 'a name in phoneNumber',
      body: '{"phoneNumber":"John Smith"}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'error',
          message: '"John Smith"',
        },
      ],
    },
    {
      name: 'a UUID in phoneNumber',
      endpoint: 'create-call-for-user',
      body: `{"phoneNumber":"${USER}"}`,
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'error',
          message: USER,
        },
      ],
    },
    {
      name: 'letters in the second participant address',
      body: [
        '{',
        '  "participants": [',
        '    { "address": "+13175550142" },',
        '    { "address": "front desk" }',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/participants/1/address',
          line: 4,
          column: 18,
          severity: 'error',
          message: '"front desk"',
        },
      ],
    },
    {
      name: 'letters in the consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"ext 1234"}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 51,
          severity: 'error',
          message: '"ext 1234"',
        },
      ],
    },
    {
      name: 'a UUID in the consult destination address (only TransferRequest takes ids there)',
      endpoint: 'consult',
      body: `{"speakTo":"BOTH","destination":{"address":"${USER}"}}`,
      findings: [
        { pointer: '/destination/address', line: 1, column: 44, severity: 'error', message: USER },
      ],
    },
    {
      name: 'a person\'s name in TransferRequest.address',
      endpoint: 'conversation-replace',
      body: '{"address":"Jane Doe"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'error',
          message: '"Jane Doe"',
        },
      ],
    },
    {
      name: 'letters in the second callback number',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": [',
        '    "+13175550142",',
        '    "call me after 5"',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackNumbers/1',
          line: 5,
          column: 5,
          severity: 'error',
          message: '"call me after 5"',
        },
      ],
    },
    {
      name: 'a tel: URI in callbackNumbers (letters)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["tel:+13175550142"]}`,
      findings: [
        {
          pointer: '/callbackNumbers/0',
          line: 1,
          column: 70,
          severity: 'error',
          message: '"tel:+13175550142"',
        },
      ],
    },
    {
      name: 'a national callerId on a call',
      body: '{"phoneNumber":"+13175550142","callerId":"3175550100"}',
      findings: [
        {
          pointer: '/callerId',
          line: 1,
          column: 42,
          severity: 'error',
          // It is a phone number, only not the E.164 one callerId requires (labelling rule 6).
          message: /"3175550100", which is not in the E\.164 form that "callerId" requires: it lacks the "\+"/,
        },
      ],
    },
    {
      name: 'a formatted callerId on a callback',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "callerId": "+1 317-555-0100"',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callerId',
          line: 4,
          column: 15,
          severity: 'error',
          message: '"+1 317-555-0100"',
        },
      ],
    },
    {
      name: 'a +1 callerId one digit short on a callback',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "callerId": "+1317555010"',
        '}',
      ].join('\n'),
      findings: [
        { pointer: '/callerId', line: 4, column: 15, severity: 'error', message: 'E.164 form' },
      ],
    },
    {
      name: 'a tel: URI callerId on a call',
      body: '{"callUserId":"' + USER + '","callerId":"tel:+13175550100"}',
      findings: [
        {
          pointer: '/callerId',
          line: 1,
          column: 65,
          severity: 'error',
          message: '"tel:+13175550100", which is not in the E.164 form',
        },
      ],
    },
  ],
});

// The reason names what is really missing: "0044..." has a country code, after the international
// prefix 00; "+" alone has none, so its length cannot be what does not fit.
describe('invalid-phone reasons for a callerId written for dialling abroad', () => {
  const found = (callerId: string) =>
    lintText(`{"phoneNumber":"+13175550142","callerId":"${callerId}"}`)
      .findings.find((f) => f.ruleId === 'invalid-phone')!;

  test('00 and a country code: the prefix E.164 writes as "+", and the E.164 form', () => {
    const { message, hint } = found('00442079460018');
    expect(message).toBe('/callerId is "00442079460018", which is not in the E.164 form that ' +
      '"callerId" requires: it starts with the international prefix 00 where E.164 has "+".');
    expect(hint).toBe('Write "+442079460018": E.164 writes "+" where the international prefix 00 ' +
      'is dialled.');
  });

  test('00 before digits no plan lists: the same reason, but no number is made up', () => {
    const { message, hint } = found('0044207946');
    expect(message).toContain('the international prefix 00 where E.164 has "+"');
    expect(hint).toContain('Write the number in E.164 form');
  });

  test('00 before no country code, and a doubled "+", are named as such', () => {
    expect(found('00999123456').message).toContain('the international prefix 00, but no country ' +
      'code follows it');
    expect(found('++442079460018').message).toContain('it starts with "+" twice; E.164 has one');
  });

  test('a national number starting with 0 is still told it lacks the country code', () => {
    expect(found('02079460018').message).toContain('it lacks the "+" and the country code');
  });

  test.each([
    ['+', 'it is a "+" alone, with no country code and no number.'],
    ['+0123456', 'no country code follows the "+".'],
    ['+999123456', 'no country code follows the "+".'],
  ])('%s has no country code', (callerId, reason) => {
    expect(found(callerId).message).toMatch(new RegExp(`requires: ${reason.replace(/[+.]/g, '\\$&')}$`));
  });

  test('a "+" number too short for its country code is still told so', () => {
    expect(found('+1317555010').message).toContain('its length does not fit its country code');
  });
});

// The hint wrote some other number ("e.g. +13175550100") for a callerId whose own E.164 form was
// plain to see: "tel:+13175550199" is "+13175550199".
describe('a callerId is hinted in its own E.164 form where no digit is guessed', () => {
  const hintFor = (callerId: string, defaultCountry?: string) => lintText(
    JSON.stringify({ queueId: QUEUE, callbackNumbers: ['+13175550142'], callerId }),
    { endpoint: 'create-callback', ...(defaultCountry ? { defaultCountry } : {}) },
  ).findings.find((f) => f.ruleId === 'invalid-phone')!.hint;
  const own = 'Write "+13175550199": E.164 is "+", the country code and the number, digits only.';

  test.each([['tel:+13175550199'], ['+1 (317) 555-0199']])('%s', (callerId) => {
    expect(hintFor(callerId)).toBe(own);
  });

  test('a national number is read in the default country only', () => {
    expect(hintFor('317-555-0199', 'US')).toBe(own);
    // Without one, the hint says how to give it, as non-e164's does; an example number that has
    // nothing to do with the value was copied as if it were the user's (an attack found).
    expect(hintFor('317-555-0199')).toContain('set a default country, e.g. defaultCountry: "US"');
    expect(hintFor('317-555-0199')).not.toContain('+13175550100');
    expect(hintFor('2025550143', 'GB')).toBe('Write "+12025550143" if it is a North American ' +
      'number (the +1 plan lists it, for US); as a number of GB, "+442025550143", its plan does ' +
      'not list it.');
  });

  test('an extension is not dropped into a shorter number', () => {
    expect(hintFor('+13175550199;ext=12')).toContain('e.g. "+13175550100"');
  });
});

// "+" alone was said to contain "characters other than digits and "+"", which it does not; a
// callerId "+" was already told what is wrong, and every member now says the same.
describe('a "+" alone', () => {
  test.each([
    ['phoneNumber', '{"phoneNumber":"+"}', 'create-call'],
    ['a tel: phoneNumber', '{"phoneNumber":"tel:+"}', 'create-call'],
    ['a participant address', '{"participants":[{"address":" + "}]}', 'create-call-for-user'],
    ['callbackNumbers', `{"queueId":"${QUEUE}","callbackNumbers":["+"]}`, 'create-callback'],
  ])('in %s', (_name, body, endpoint) => {
    const found = lintText(body, { endpoint }).findings.filter((f) => f.ruleId === 'invalid-phone');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(
      /which is not a phone number: it is a "\+" alone, with no country code and no number\.$/);
  });
});

// A caller id that holds its whole E.164 number, only dressed, is fixed; nothing is guessed.
describe('invalid-phone fixes a callerId', () => {
  const fixed = (callerId: string, options: Parameters<typeof fixText>[1] = {}) =>
    JSON.parse(fixText(JSON.stringify({ phoneNumber: '+13175550142', callerId }), options).output)
      .callerId as string;

  test.each([
    ['tel:+13175550199', '+13175550199'],
    ['+1 (317) 555-0199', '+13175550199'],
    ['TEL:+44 20 7946 0958', '+442079460958'],
  ])('%s, written with its country code, becomes %s', (callerId, e164) => {
    expect(fixed(callerId)).toBe(e164);
  });

  test.each([
    ['an extension', 'tel:+1-317-555-0199;ext=2', {}],
    ['00 for "+"', '0044 20 7946 0958', {}],
    ['a national number, even with a country', '(317) 555-0199', { defaultCountry: 'US' }],
    ['a "+" number too short for its country code', '+1 317 555 019', {}],
  ])('not with %s', (_name, callerId, options) => {
    expect(fixed(callerId, options)).toBe(callerId);
  });
});

// A callerId with more than one fault was told only the first, so following the message brought
// the next one (sandpiper, kittiwake); a trunk-prefixed one got an unrelated example number.
describe('invalid-phone names every fault of a callerId, and its own E.164 form', () => {
  const found = (callerId: string) =>
    lintText(JSON.stringify({ phoneNumber: '+13175550142', callerId }))
      .findings.find((f) => f.ruleId === 'invalid-phone')!;
  test.each([
    ['tel:13175550100', 'E.164 takes no URI scheme; besides, it lacks the "+" and the country code.'],
    ['tel:+1317555019', 'E.164 takes no URI scheme; besides, its length does not fit its ' +
      'country code.'],
    ['+1 (317) 555-01000', 'E.164 allows no spaces, dashes, dots or parentheses, and without them ' +
      'its length does not fit its country code.'],
    ['00 44 20 7946 0958 x12', 'E.164 has no extension part; besides, it starts with the ' +
      'international prefix 00 where E.164 has "+".'],
    // Look-alikes are named, and the number they spell judged as its ASCII would be.
    ['+13175550100\u200b', 'it is written with an invisible character: U+200B ZERO WIDTH SPACE ' +
      'at character 13, where E.164 has ASCII digits only.'],
    ['\u0663\u0661\u0667\u0665\u0665\u0665\u0660\u0661\u0660\u0660', 'it is written with ' +
      'look-alike characters: Arabic-Indic digits (U+0660 to U+0669) at characters 1 to 10, where ' +
      'E.164 has ASCII digits only; besides, it lacks the "+" and the country code.'],
    ['+1\u2011317\u2011555\u20110100', 'it is written with look-alike characters: U+2011 ' +
      'NON-BREAKING HYPHEN, for "-", at characters 3, 7 and 11, where E.164 has ASCII digits ' +
      'only; besides, E.164 allows no spaces, dashes, dots or parentheses.'],
    ['+1317555010\u2713', 'it contains characters other than digits and "+": "\u2713" (U+2713) ' +
      'at character 12.'],
  ])('%s', (callerId, reason) => {
    expect(found(callerId).message.endsWith(`requires: ${reason}`)).toBe(true);
  });

  // As "+1 317 555 0100" is: the ASCII number, which --fix writes.
  test.each(['+13175550100\u200b', '\uff0b\uff11\uff13\uff11\uff17\uff15\uff15\uff15\uff10\uff11\uff10\uff10',
    '+1\u2013317\u2013555\u20130100'])('%s is hinted and fixed in ASCII', (callerId) => {
    expect(found(callerId).hint).toBe('Write "+13175550100": E.164 is "+", the country code and ' +
      'the number, digits only.');
    expect(found(callerId).fix?.ops).toEqual([expect.objectContaining({ value: '+13175550100' })]);
  });

  test.each(['+44 (0) 20 7946 0018', 'tel:+44(0)2079460018'])('%s is hinted without its trunk 0',
    (callerId) => {
      expect(found(callerId).hint).toBe('Write "+442079460018": E.164 is "+", the country code ' +
        'and the number, digits only.');
    });
});

// "+1%E2%82%AC" was told it "holds the batch variable %E2% unfilled": "%E2%" is the first of
// three percent escapes, so the value is judged for what it holds.
test('percent escapes in a number are not read as a batch variable', () => {
  const found = lintText('{"phoneNumber":"+1%E2%82%AC"}').findings
    .find((f) => f.ruleId === 'invalid-phone')!;
  expect(found.message).not.toContain('variable');
});

// Look-alikes are read only in values short enough to be a number: a hostile megabyte value is
// not copied character by character to be judged the same way (issue 6).
test('a value longer than 1,000 characters is not read for look-alikes', () => {
  const findingsOf = (value: string) => lintText(JSON.stringify({ phoneNumber: value })).findings;
  const read = findingsOf(`+1${'3'.repeat(997)}\u200b`);
  expect(read.map((f) => f.ruleId)).toContain('phone-formatting');
  expect(read.map((f) => f.ruleId)).not.toContain('invalid-phone');
  const unread = findingsOf(`+1${'3'.repeat(998)}\u200b`);
  expect(unread.map((f) => [f.ruleId, f.message.endsWith('other than digits and "+".')]))
    .toEqual([['invalid-phone', true]]);
});
