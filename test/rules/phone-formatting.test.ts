// phone-formatting: spaces, dashes, dots or parentheses inside a number in the lenient number
// fields (labelling rule 6 in ../shared/cases/README.md).
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';

ruleTable('phone-formatting', {
  accept: [
    { name: 'a bare E.164 phoneNumber', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a formatted callerId (invalid-phone instead: callerId is strict)',
      body: '{"phoneNumber":"+13175550142","callerId":"+1 317 555 0100"}',
    },
    {
      name: 'dots in the host of a sip: participant address (uri-address instead)',
      body: '{"participants":[{"address":"sip:reception@pbx.example.com"}]}',
    },
    {
      name: 'a callback number in words (invalid-phone instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["call me at 5"]}`,
    },
    {
      // Rule 6: in callbackNumbers letters give invalid-phone, "otherwise" non-e164 / formatting.
      name: 'a tel: URI with spaces in callbackNumbers (invalid-phone only)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["tel:+1 317 555 0142"]}`,
    },
  ],
  reject: [
    {
      // See non-e164.test.ts: the notes of case calls-phonenumber-tel-prefix say a formatted
      // number inside tel: also gets phone-formatting.
      name: 'a tel: URI with dashes',
      body: '{"phoneNumber":"tel:+1-317-555-0142"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning', message: '"tel:+1-317-555-0142"' }],
    },
    {
      name: 'a trailing space',
      body: '{"phoneNumber":"+13175550142 "}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning' }],
    },
    {
      name: 'a space and dashes in phoneNumber',
      body: '{"phoneNumber":"+1 317-555-0142"}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'warning',
          message: '"+1 317-555-0142"',
        },
      ],
    },
    {
      name: 'parentheses in a participant address',
      endpoint: 'create-call-for-user',
      body: [
        '{',
        '  "participants": [',
        '    { "name": "Front desk", "address": "+1 (317) 555-0142" }',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/participants/0/address',
          line: 3,
          column: 40,
          severity: 'warning',
          message: '"+1 (317) 555-0142"',
        },
      ],
    },
    {
      name: 'spaces in the consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"+44 20 7946 0142"}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 51,
          severity: 'warning',
          message: '"+44 20 7946 0142"',
        },
      ],
    },
    {
      name: 'dots in TransferRequest.address',
      endpoint: 'replace',
      body: '{"address":"+1.317.555.0142","transferType":"Attended"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'warning',
          message: '"+1.317.555.0142"',
        },
      ],
    },
    {
      name: 'dashes in the second callback number',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "callbackNumbers": [',
        '    "+13175550100",',
        '    "+1-317-555-0142"',
        '  ],',
        `  "queueId": "${QUEUE}"`,
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackNumbers/1',
          line: 4,
          column: 5,
          severity: 'warning',
          message: '"+1-317-555-0142"',
        },
      ],
    },
  ],
});

// Pasted numbers carry characters that look like ASCII, or show as nothing: they are named, and
// the number they spell in ASCII is judged and written, as its ASCII form would be.
describe('phone-formatting on look-alike and invisible characters', () => {
  const findingsOf = (value: string, country?: string) =>
    lintText(JSON.stringify({ phoneNumber: value }), country ? { defaultCountry: country } : {})
      .findings.filter((f) => f.ruleId !== 'non-e164');
  const rows: [string, string, string][] = [
    ['+13175550142\u200b', 'an invisible character: U+200B ZERO WIDTH SPACE at character 13',
      'Write it in ASCII: "+13175550142".'],
    ['+1\u2011317\u2011555\u20110142', 'look-alike characters: U+2011 NON-BREAKING HYPHEN, for ' +
      '"-", at characters 3, 7 and 11', 'Write it in ASCII, without spaces, dashes, dots or ' +
      'parentheses: "+13175550142".'],
    ['+1 317 555\u20130142', 'separators and a look-alike character: U+2013 EN DASH, for "-", ' +
      'at character 11', 'Write it in ASCII, without spaces, dashes, dots or parentheses: ' +
      '"+13175550142".'],
    ['+\u0661\u0663\u0661\u0667\u0665\u0665\u0665\u0660\u0661\u0664\u0662',
      'look-alike characters: Arabic-Indic digits (U+0660 to U+0669) at characters 2 to 12',
      'Write it in ASCII: "+13175550142".'],
    ['\uff0b\uff11\uff13\uff11\uff17\uff15\uff15\uff15\uff10\uff11\uff14\uff12',
      'look-alike characters: U+FF0B FULLWIDTH PLUS SIGN, for "+", at character 1; Fullwidth ' +
      'digits (U+FF10 to U+FF19) at characters 2 to 12', 'Write it in ASCII: "+13175550142".'],
    ['+1317555014\u06f2', 'a look-alike character: U+06F2 EXTENDED ARABIC-INDIC DIGIT TWO, ' +
      'for "2", at character 12', 'Write it in ASCII: "+13175550142".'],
    ['+1\u200e317\u00ad5550142', 'invisible characters: U+200E LEFT-TO-RIGHT MARK at character ' +
      '3; U+00AD SOFT HYPHEN at character 7', 'Write it in ASCII: "+13175550142".'],
  ];
  test.each(rows)('%s is a warning that names %s', (value, named, hint) => {
    // Only this warning: the ASCII number is a phone number, so no invalid-phone error.
    const found = findingsOf(value);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['phone-formatting', 'warning']]);
    expect(found[0]!.message).toContain(`, a number written with ${named}.`);
    expect(found[0]!.hint).toBe(hint);
    expect(found[0]!.fix?.ops).toEqual([expect.objectContaining({ value: '+13175550142' })]);
  });

  test('a national number in look-alikes is written in E.164 where its ASCII form would be', () => {
    const value = '\uff13\uff11\uff17\uff15\uff15\uff15\uff10\uff11\uff14\uff12';
    const withCountry = findingsOf(value, 'US')[0]!;
    expect([withCountry.hint, withCountry.fix?.ops]).toEqual(['Write it in ASCII, in E.164 form: ' +
      '"+13175550142".', [expect.objectContaining({ value: '+13175550142' })]]);
    // No country: the ASCII digits only, as for "317 555 0142".
    expect(findingsOf(value)[0]!.fix?.ops).toEqual([expect.objectContaining({ value: '3175550142' })]);
  });

  test('an id with a look-alike dash is no id, nor a number', () => {
    const id = '3f1c2a9e\u20115b7d-4e08-9a61-2c4d8e0f7b35';
    const found = lintText(JSON.stringify({ address: id }), { endpoint: 'replace' }).findings;
    expect(found.map((f) => f.ruleId)).toEqual(['invalid-phone']);
  });
});

// Separators can be all that keeps two numbers, or a number and a note, apart: the finding stays,
// but it offers no fix (so it is not "fixable") and says to split or choose instead.
describe('phone-formatting on values that compact into no one number', () => {
  const rows: [string, string, string | undefined, RegExp][] = [
    ['two numbers', '{"phoneNumber":"317 555 0142 317 555 0199"}', 'US',
      /"31755501423175550199", are more than one number holds .*keep only the number to dial/],
    ['two numbers around a dash', '{"phoneNumber":"3175550142 - 3175550199"}', undefined,
      /E\.164 allows 15/],
    ['a +1 number and a group', '{"phoneNumber":"+1 317 555 0142 (22)"}', 'US',
      /at the end looks like an extension or a note.*\("\+13175550142"\)/],
    ['a national number and a group', '{"phoneNumber":"(555) 0142 (22)"}', 'US',
      /write the number alone \("5550142"\)/],
    ['two callback numbers in one item',
      `{"queueId":"${QUEUE}","callbackNumbers":["020 7946 0958 020 7946 0959"]}`, 'GB',
      /give each number its own item of callbackNumbers/],
    ['no possible number in the default country', '{"phoneNumber":"555-0142"}', 'US',
      /"5550142", make no possible US number/],
    ['two short numbers side by side, no country', '{"phoneNumber":"555-0142 555-0143"}', undefined,
      /"55501425550143", would join what are written as two numbers side by side/],
    ['two numbers in groups, no country', '{"phoneNumber":"555 0142 555 0143"}', undefined,
      /"55501425550143", are more than a national number holds .*no country is known/],
    ['two callback numbers in groups, no country',
      `{"queueId":"${QUEUE}","callbackNumbers":["555 0142 555 0143"]}`, undefined,
      /no country is known.*give each number its own item of callbackNumbers/],
    ['a group in parentheses, then a full stop', '{"phoneNumber":"+49 30 123456 (22)."}', undefined,
      /The group "\(22\)\." at the end looks like an extension.*\("\+4930123456"\)/],
    // The number before the group is quoted as it should be written, or said to be no number.
    ['a group after a kept trunk (0)', '{"phoneNumber":"+44 (0)20 7946 0958 (22)"}', undefined,
      /write the number alone \("\+442079460958"\)/],
    ['a group after a bare country code', '{"phoneNumber":"+247 (4023)"}', undefined,
      /the digits before it, "\+247", make no number on their own/],
    ['a short group after a spaced dash', '{"phoneNumber":"+49 30 123456 - 22"}', undefined,
      /The group "- 22" at the end looks like an extension.*\("\+4930123456"\)/],
    // No country code, so there is no country whose numbers it could fail to fit.
    ['no country code after the "+"', '{"phoneNumber":"+0 123 456 789"}', undefined,
      /"\+0123456789", make no number, since no country calling code starts with 0: /],
    ['digits no country code begins', '{"phoneNumber":"+999 555 0100"}', undefined,
      /"\+9995550100", make no number, since 999 is no country calling code: /],
  ];
  test.each(rows)('%s', (_name, body, country, hint) => {
    const endpoint = body.includes('callbackNumbers') ? 'create-callback' : 'create-call';
    const found = lintText(body, { endpoint, ...(country ? { defaultCountry: country } : {}) })
      .findings.filter((f) => f.ruleId === 'phone-formatting');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.hint).toMatch(hint);
  });

  test('a value far longer than a number is judged without the note patterns (no backtracking)', () => {
    // The trailing-note pattern backtracked over long values: 40 kB took half a second. Such a
    // value is now told it is too long to be one number before any pattern runs.
    const value = `+1 317 555 0142${' '.repeat(60)}(22)`;
    const found = lintText(JSON.stringify({ phoneNumber: value }), { defaultCountry: 'US' })
      .findings.filter((f) => f.ruleId === 'phone-formatting');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.hint).toMatch(/stand in a value of \d+ characters, longer than one number is written/);
  });

  test('one number keeps its fix, the trunk (0) dropped', () => {
    for (const [body, country] of [['{"phoneNumber":"+44 (0)20 7946 0958"}', undefined],
      ['{"phoneNumber":"(317) 555-0142"}', 'US'], ['{"phoneNumber":"020 7946 0958"}', 'GB'],
      // No country: only the separators go, for as many digits as one national number has.
      ['{"phoneNumber":"(317) 555-0142"}', undefined], ['{"phoneNumber":"0 20 7946 0958"}', undefined],
      ['{"phoneNumber":"+1 317 - 555 - 0142"}', undefined]] as const) {
      const found = lintText(body, country ? { defaultCountry: country } : {}).findings
        .filter((f) => f.ruleId === 'phone-formatting');
      expect([body, found[0]?.fix]).toEqual([body, expect.objectContaining({ description: expect.any(String) })]);
    }
  });
});

// The two warnings on one value must not contradict each other, and a number a hint says to write
// must not be warned about again: "00 44 20 ..." was called two numbers here while non-e164 read
// it as +44, and "1 317 555 0100 12" (US) was to be written "13175550100", itself no E.164.
describe('phone-formatting and non-e164 agree on the number to write', () => {
  type Holder = 'phoneNumber' | 'callback GB' | 'callback US' | 'callback 1';
  const bodyOf = (holder: Holder, value: string): string => holder === 'phoneNumber'
    ? JSON.stringify({ phoneNumber: value })
    : JSON.stringify({ queueId: QUEUE, callbackNumbers: [value], countryCode: holder.slice(9) });
  const lint = (holder: Holder, value: string, country: string | undefined) =>
    lintText(bodyOf(holder, value), {
      endpoint: holder === 'phoneNumber' ? 'create-call' : 'create-callback',
      ...(country ? { defaultCountry: country } : {}),
    }).findings.filter((f) => f.ruleId === 'non-e164' || f.ruleId === 'phone-formatting');
  const rows: [string, Holder, string | undefined, string][] = [
    ['00 44 20 7946 0958', 'phoneNumber', undefined, '+442079460958'],
    ['00-1-317-555-0100', 'phoneNumber', undefined, '+13175550100'],
    ['(00) 1 317 555 0100', 'phoneNumber', undefined, '+13175550100'],
    ['00 800 1234 5678', 'phoneNumber', undefined, '+80012345678'],
    ['00 1 317 555 0100', 'phoneNumber', 'US', '+13175550100'],
    ['tel:00 44 20 7946 0958', 'phoneNumber', undefined, '+442079460958'],
    ['00 44 (0)20 7946 0958', 'phoneNumber', undefined, '+442079460958'],
    ['00 44 20 7946 0958', 'callback GB', 'US', '+442079460958'],
    ['00 44 20 7946 0958 (22)', 'phoneNumber', undefined, '+442079460958'],
    ['1 317 555 0100 12', 'phoneNumber', 'US', '+13175550100'],
    ['1 317 555 0100 (12)', 'phoneNumber', 'US', '+13175550100'],
    ['tel:1 317 555 0100 12', 'phoneNumber', 'US', '+13175550100'],
    ['1 317 555 0100 12', 'callback US', undefined, '+13175550100'],
    ['1 317 555 0100 12', 'callback 1', undefined, '+13175550100'],
    ['1 317 555 0100 x12', 'phoneNumber', 'US', '+13175550100'],
    // A national number read in the default country: phone-formatting used to hint "3175550142",
    // which non-e164 then warned about.
    ['(317) 555-0142', 'phoneNumber', 'US', '+13175550142'],
  ];
  test.each(rows)('%p in %s, --country %p: both hints say %p', (value, holder, country, number) => {
    const found = lint(holder, value, country);
    expect(found.map((f) => f.ruleId)).toEqual(['non-e164', 'phone-formatting']);
    for (const { hint } of found) {
      expect(hint).toContain(`"${number}"`);
      expect(hint).not.toContain('two numbers');
    }
    // What the hints say to write is warned about by neither rule.
    expect(lint(holder, number, country)).toEqual([]);
  });

  test('without a country, the compact national digits are said to need non-e164\'s form', () => {
    const hints = lint('phoneNumber', '(317) 555-0142', undefined).map((f) => f.hint);
    expect(hints[1]).toBe('Write it without spaces, dashes, dots or parentheses: "3175550142", ' +
      'then its E.164 form (see non-e164).');
    // With a country (the library's defaultCountry, as --country gives it), both fixes agree.
    expect(lint('phoneNumber', '(317) 555-0142', 'US').map((f) => f.fix?.ops))
      .toEqual([0, 1].map(() => [expect.objectContaining({ value: '+13175550142' })]));
  });

  test('a 00 number of its country\'s plan is fixed to that form, as the hint says', () => {
    for (const [value, country] of [['00 44 20 7946 0958', undefined],
      ['00-1-317-555-0100', undefined], ['00 1 317 555 0100', 'US'],
      ['00 44 (0)20 7946 0958', undefined]] as const) {
      const fix = lint('phoneNumber', value, country)
        .find((f) => f.ruleId === 'phone-formatting')!.fix;
      expect([value, fix?.ops]).toEqual([value, [expect.objectContaining({ value: '+' +
        (value.includes('44') ? '442079460958' : '13175550100') })]]);
    }
  });

  // "00 549 ..." in CO is 00 and carrier 5, then +49...: writing +54 9 ... would be a guess.
  test('a 00 number read otherwise in the default country keeps its digits', () => {
    const fixOf = (country?: string) => lint('phoneNumber', '00 549 11 2345 6789', country)
      .find((f) => f.ruleId === 'phone-formatting')!.fix?.description;
    expect([fixOf(), fixOf('CO')]).toEqual(['Write "+5491123456789".', 'Write "005491123456789".']);
  });

  // An unknown "country" beside a callback number stopped non-e164's national rewrite only: both
  // rules wrote "00 549 ..." as +54 9 ... beside "country": "CO", where it is 00, carrier 5, +49.
  describe('a country an unknown member of a callback names is read by both rules', () => {
    const CO = 'or "+491123456789" if they are dialled in CO';
    const rows: [string, string, string | undefined, string, string, string][] = [
      // member and value, number, --country; non-e164's fix or what its hint says; the fix of
      // phone-formatting
      ['"country":"CO"', '00 549 11 2345 6789', undefined, '', CO, '005491123456789'],
      ['"Locale":"es_CO"', '00 549 11 2345 6789', 'GB', '', CO, '005491123456789'],
      ['"region":"GB"', '00 44 20 7946 0958', undefined, '+442079460958', '', '+442079460958'],
      ['"country":"NL"', '06 12 34 56 78', 'FR', '', 'member "country" names NL', '0612345678'],
      // phone-formatting writes non-e164's number where that rule has one to write.
      ['"country":"FR"', '06 12 34 56 78', 'FR', '+33612345678', '', '+33612345678'],
    ];
    test.each(rows)('%s beside %p, --country %p: non-e164 writes %p (%s), phone-formatting %p',
      (member, value, country, e164, said, compact) => {
        const text = `{"queueId":"${QUEUE}","callbackNumbers":["${value}"],${member}}`;
        const found = lintText(text, {
          endpoint: 'create-callback', ...(country ? { defaultCountry: country } : {}),
        }).findings.filter((f) => f.ruleId === 'non-e164' || f.ruleId === 'phone-formatting');
        const written = (number: string) => number === '' ? undefined : `Write "${number}".`;
        expect(found.map((f) => [f.ruleId, f.fix?.description]))
          .toEqual([['non-e164', written(e164)], ['phone-formatting', written(compact)]]);
        expect(found[0]!.hint).toContain(said);
      });
  });

  test('a 00 number that fits no plan is judged by its country code, not as national digits', () => {
    const hintOf = (value: string, country?: string) =>
      lint('phoneNumber', value, country).find((f) => f.ruleId === 'phone-formatting')!.hint;
    expect(hintOf('00 44 20 7946')).toContain('"0044207946", make no possible number for their ' +
      'country code');
    expect(hintOf('00 44 20 7946', 'US')).not.toContain('US number');
    expect(hintOf('00 999 123 456')).toContain('make no number, since no country code follows the ' +
      'international prefix 00');
  });
});

// "+999 123 456" is one number whose code is wrong: "if it holds two numbers" did not fit it.
test('digits with no country code are told to take one, not to choose between two numbers', () => {
  const found = lintText('{"phoneNumber":"+999 123 456"}').findings
    .find((f) => f.ruleId === 'phone-formatting')!;
  expect(found.hint).toBe('Without separators its digits, "+999123456", make no number, since ' +
    '999 is no country calling code: write "+", the country code of the number, then its ' +
    'national number.');
});
