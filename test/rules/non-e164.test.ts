// non-e164: plausible numbers without "+" and country code, or +1 numbers whose national part is
// not ten digits, in the lenient number fields (labelling rule 6 in ../shared/cases/README.md).
import { describe, expect, test } from '@jest/globals';
import { fixText } from '../../src/fix/fix-text.js';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';

ruleTable('non-e164', {
  accept: [
    { name: 'an E.164 phoneNumber', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a UK E.164 callback number',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["+442079460142"]}`,
    },
    {
      name: 'a national callerId (invalid-phone instead: callerId is strict)',
      body: '{"phoneNumber":"+13175550142","callerId":"3175550100"}',
    },
    {
      name: 'a callback number with letters (invalid-phone instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["555-CALL-NOW"]}`,
    },
    {
      name: 'a user id in TransferRequest.address',
      endpoint: 'replace',
      body: `{"address":"${QUEUE}"}`,
    },
    {
      // Rule 6: in callbackNumbers letters give invalid-phone, "otherwise" non-e164 / formatting.
      name: 'a tel: URI with a national callback number (invalid-phone only)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["tel:3175550142"]}`,
    },
  ],
  reject: [
    {
      name: 'a feature code in phoneNumber: keypad keys, no number of any plan',
      body: '{"phoneNumber":"*86"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning',
        message: '"*" and "#" are keys of a phone\'s keypad (a feature or service code)' }],
    },
    {
      name: 'a keypad code in a participants address',
      body: '{"participants":[{"address":"#31#3175550142"}]}',
      findings: [{ pointer: '/participants/0/address', line: 1, column: 29, severity: 'warning',
        message: '"#31#3175550142"' }],
    },
    {
      // Rule 6 reads "otherwise" for the tel: case, but the notes of the labelled case
      // calls-phonenumber-tel-prefix say a formatted number inside tel: is still reported; the
      // number inside a tel: URI is judged like a bare one (uri-address is reported as well).
      name: 'a tel: URI with a national number',
      body: '{"phoneNumber":"tel:3175550142"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning', message: '"tel:3175550142"' }],
    },
    {
      name: 'a national phoneNumber',
      body: '{"phoneNumber":"3175550142"}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'warning',
          message: '"3175550142"',
        },
      ],
    },
    {
      name: 'a +1 participant address with nine national digits',
      body: [
        '{',
        '  "participants": [',
        '    {',
        '      "address": "+1317555014"',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/participants/0/address',
          line: 4,
          column: 18,
          severity: 'warning',
          message: '"+1317555014"',
        },
      ],
    },
    {
      name: 'a national consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"0755500142"}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 51,
          severity: 'warning',
          message: '"0755500142"',
        },
      ],
    },
    {
      name: 'a +1 TransferRequest.address with eleven national digits',
      endpoint: 'conversation-replace',
      body: '{"address":"+131755501420"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'warning',
          message: '"+131755501420"',
        },
      ],
    },
    {
      name: 'a formatted national phoneNumber',
      body: '{\n  "phoneNumber": "(317) 555-0142"\n}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 2,
          column: 18,
          severity: 'warning',
          message: '"(317) 555-0142"',
        },
      ],
    },
    {
      name: 'a national callback number, with US as the default country',
      endpoint: 'create-callback',
      country: 'US',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550100", "3175550142"]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackNumbers/1',
          line: 3,
          column: 39,
          severity: 'warning',
          message: '"3175550142"',
        },
      ],
    },
    {
      name: 'a national callback number with its trunk 0, with GB as the default country',
      endpoint: 'create-callback',
      country: 'GB',
      body: `{"callbackNumbers":["07700900142"],"queueId":"${QUEUE}"}`,
      findings: [
        {
          pointer: '/callbackNumbers/0',
          line: 1,
          column: 21,
          severity: 'warning',
          message: '"07700900142"',
        },
      ],
    },
  ],
});

// The table helper pins messages only; the computed E.164 replacement lives in the hint.
describe('non-e164 hint', () => {
  const hintFor = (body: string, country: string): string | undefined =>
    lintText(body, { endpoint: 'create-callback', defaultCountry: country }).findings.find(
      (f) => f.ruleId === 'non-e164',
    )?.hint;

  test('suggests the E.164 form for the default country US', () => {
    const body = `{"queueId":"${QUEUE}","callbackNumbers":["3175550142"]}`;
    expect(hintFor(body, 'US')).toContain('"+13175550142"');
  });

  test('drops the trunk 0 for the default country GB', () => {
    const body = `{"queueId":"${QUEUE}","callbackNumbers":["07700900142"]}`;
    expect(hintFor(body, 'GB')).toContain('"+447700900142"');
  });

  // An attack found a valid Argentine mobile number called "not a valid AR number": its E.164
  // form turns the 15 after the area code into a 9 after the country code.
  test('a valid number whose E.164 form changes more than a trunk prefix is named, not called invalid', () => {
    const body = `{"queueId":"${QUEUE}","callbackNumbers":["011 15 2345-6789"]}`;
    expect(hintFor(body, 'AR')).toBe('Check it, then write its E.164 form: as a number of AR it ' +
      'reads as "+5491123456789", which changes more than a trunk prefix, so it is not written for you.');
  });
});

// With --country CA, "317 555 0142" (Indianapolis) got "E.164 for CA": CA shares +1 with the US,
// and the number is of the US part of the plan.
describe('a national number of another country of the same calling code', () => {
  const SHARED = (owner: string, place: string) =>
    `(E.164 for ${owner}: a number of the +1 plan that ${place} shares).`;

  test.each([
    ['3175550142', 'CA', `Write "+13175550142" ${SHARED('US', 'CA')}`],
    ['(613) 555-0142', 'US', `Write "+16135550142" ${SHARED('CA', 'US')}`],
    ['6135550142', 'CA', 'Write "+16135550142" (E.164 for CA).'],
  ])('%s with --country %s', (value, country, hint) => {
    const found = lintText(JSON.stringify({ phoneNumber: value }), { defaultCountry: country })
      .findings.find((f) => f.ruleId === 'non-e164')!;
    expect([found.hint, found.fix?.description]).toEqual([hint, `Write ${hint.split(' ')[1]}.`]);
  });

  test("a callback's countryCode is named the same way", () => {
    const body = JSON.stringify({
      queueId: QUEUE, callbackNumbers: ['3175550142'], countryCode: 'CA',
    });
    const [found] = lintText(body, { endpoint: 'create-callback' }).findings;
    expect(found!.hint).toBe(`Write "+13175550142" ${SHARED('US', 'CA')}`);
  });
});

// "+0..." and "+999..." begin with no country code: no member may say their length does not fit
// it, and each says what invalid-phone says of a callback's callerId.
describe('a "+" with no country code after it', () => {
  const CALLBACK = `"queueId":"${QUEUE}","callbackNumbers":["+13175550142"]`;

  test.each([['+0123456789'], ['+999123456789'], ['+0 123 456 789']])('%p', (value) => {
    const bodies: Array<[string, string]> = [
      [JSON.stringify({ phoneNumber: value, callerId: value }), 'create-call'],
      [`{"speakTo":"DESTINATION","destination":{"address":${JSON.stringify(value)}}}`, 'consult'],
      [`{"queueId":"${QUEUE}","callbackNumbers":[${JSON.stringify(value)}]}`, 'create-callback'],
      [`{${CALLBACK},"callerId":${JSON.stringify(value)}}`, 'create-callback'],
    ];
    const reasons = bodies.flatMap(([body, endpoint]) => lintText(body, { endpoint }).findings
      .filter((f) => f.ruleId === 'non-e164' || f.ruleId === 'invalid-phone')
      .map((f) => `${f.ruleId} ${f.message.slice(f.message.lastIndexOf(': ') + 2)}`));
    // A call's callerId is strict E.164 as a callback's is (labelling rule 6 of the cases).
    expect(reasons).toEqual([
      'non-e164 no country code follows the "+".',
      'invalid-phone no country code follows the "+".',
      'non-e164 no country code follows the "+".',
      'non-e164 no country code follows the "+".',
      'invalid-phone no country code follows the "+".',
    ]);
  });

  const WRITE = 'write "+", the country code of the number (1 for North America, 44 for the ' +
    'UK, ...), then its national number';

  test('the hint names the digits no code begins and asks for the country code', () => {
    const hintOf = (value: string) =>
      lintText(JSON.stringify({ phoneNumber: value })).findings[0]!.hint;
    expect(hintOf('+0123456789')).toBe(`No country calling code starts with 0: ${WRITE}.`);
    expect(hintOf('+999123456789')).toBe(`999 is no country calling code: ${WRITE}.`);
  });

  // "+999 555 0100 x12" was told to dial "+9995550100", a number with no country code.
  test('before an extension: the number is not offered for dialling, every rule says why', () => {
    const found = lintText('{"phoneNumber":"+999 555 0100 x12"}').findings
      .map((f) => [f.ruleId, f.hint]);
    expect(found).toEqual([
      ['non-e164', `999 is no country calling code: ${WRITE}; enter the extension 12 once the ` +
        'call connects.'],
      ['phone-formatting', `999 is no country calling code: ${WRITE}, digits only, then its ` +
        'extension 12 (see non-e164).'],
    ]);
    const callerId = lintText('{"phoneNumber":"+13175550142","callerId":"+999 555 0100"}').findings;
    expect(callerId.map((f) => [f.ruleId, f.hint]))
      .toEqual([['invalid-phone', `999 is no country calling code: ${WRITE}.`]]);
  });

  test('the same after the international prefix 00', () => {
    const found = lintText('{"phoneNumber":"00 999 555 0100 x12"}').findings.map((f) => f.hint);
    expect(found).toEqual([
      `999 is no country calling code: ${WRITE}; enter the extension 12 once the call connects.`,
      `999 is no country calling code: ${WRITE}, digits only, then its extension 12 ` +
        '(see non-e164).',
    ]);
  });

  test('an extension after a number with a country code still names that number', () => {
    const [found] = lintText('{"phoneNumber":"+13175550142 x12"}').findings;
    expect(found!.hint).toContain('dial "+13175550142" and enter the extension');
  });

  test('a number with a country code and the wrong length is still told so', () => {
    const [finding] = lintText('{"phoneNumber":"+1317555014"}').findings;
    expect(finding!.message).toContain('its length does not fit its country code +1');
  });
});

// Reference CALL-NUM-1: other forms, extensions named among them, must not be schema errors in
// phoneNumber, Destination.address or callNumber. callerId stays strict (labelling rule 6), and
// callback numbers take no letters.
describe('numbers with an extension', () => {
  const rulesOf = (body: string, endpoint?: string): string[] =>
    lintText(body, endpoint ? { endpoint } : {}).findings.map((f) => `${f.pointer} ${f.ruleId} ${f.severity}`);

  test.each([
    ['+13175550142;ext=12'], ['+13175550142 ext. 12'], ['+13175550142x12'], ['+13175550142 extension 12'],
  ])('phoneNumber %p is a non-e164 warning naming the extension, no error', (value) => {
    expect(rulesOf(JSON.stringify({ phoneNumber: value }))).toEqual(['/phoneNumber non-e164 warning']);
    expect(lintText(JSON.stringify({ phoneNumber: value })).findings[0]!.message)
      .toContain('it adds the extension 12, which E.164 has no part for');
  });

  test('in a consult destination and a call command it is a warning too', () => {
    expect(rulesOf('{"speakTo":"DESTINATION","destination":{"address":"+13175550142 x7"}}', 'consult'))
      .toEqual(['/destination/address non-e164 warning']);
    expect(rulesOf('{"callNumber":"+13175550142;ext=7"}', 'call-command'))
      .toEqual(['/callNumber non-e164 warning']);
  });

  test('callerId and callback numbers stay strict: an extension there is an error', () => {
    expect(rulesOf('{"phoneNumber":"+13175550142","callerId":"+13175550100 x7"}'))
      .toEqual(['/callerId invalid-phone error']);
    expect(rulesOf(`{"queueId":"${QUEUE}","callbackNumbers":["+13175550142 x7"]}`, 'create-callback'))
      .toEqual(['/callbackNumbers/0 invalid-phone error']);
  });

  test('no fix drops the extension', () => {
    const body = '{"phoneNumber":"+1 (317) 555-0142 x12"}';
    expect(rulesOf(body)).toEqual(['/phoneNumber non-e164 warning', '/phoneNumber phone-formatting warning']);
    expect(lintText(body).findings.every((f) => f.fix === undefined)).toBe(true);
  });

  // The first reading of extensions was a regular expression that backtracked for seconds on
  // a few hundred digits, and hung the suite on the hostile inputs' long values.
  test('a long run of digits is read at once, as no extension', () => {
    expect(rulesOf(JSON.stringify({ phoneNumber: `${'1'.repeat(100_000)}a` })))
      .toEqual(['/phoneNumber invalid-phone error']);
    expect(rulesOf(JSON.stringify({ phoneNumber: `+1${'3'.repeat(60)} x12` })))
      .toEqual(['/phoneNumber invalid-phone error']);
  });

  test('letters that are no extension are still an error', () => {
    expect(rulesOf('{"phoneNumber":"John x12"}')).toEqual(['/phoneNumber invalid-phone error']);
  });
});

// "1-317-555-0100" in the US is the national number after the country code 1: libphonenumber
// reads it as +13175550100, and the message used to call it "not a valid US number", with a hint
// about a trunk 0, which the US has not.
describe('a number written with its country code but no "+"', () => {
  const BARE_1 = 'it starts with the country code 1, written without the "+" that E.164 puts before it.';

  test('in phoneNumber with --country US: said so, the E.164 form given and written by --fix', () => {
    const body = '{"phoneNumber":"1-317-555-0100"}';
    const found = lintText(body, { defaultCountry: 'US' }).findings.find((f) => f.ruleId === 'non-e164')!;
    expect(found.message).toBe(`/phoneNumber is "1-317-555-0100", which is not an E.164 number: ${BARE_1}`);
    expect(found.hint).toBe('Write "+13175550100" (E.164 for US).');
    // Every digit is kept; only the "+" is added.
    expect(fixText(body, { defaultCountry: 'US' }).output).toBe('{"phoneNumber":"+13175550100"}');
  });

  test('in callbackNumbers, judged by the body\'s countryCode', () => {
    const body = JSON.stringify({ queueId: QUEUE, callbackNumbers: ['1-317-555-0100'], countryCode: 'US' });
    const found = lintText(body, { endpoint: 'create-callback' }).findings
      .find((f) => f.ruleId === 'non-e164')!;
    expect([found.message.endsWith(BARE_1), found.hint]).toEqual([true, 'Write "+13175550100" (E.164 for US).']);
  });

  test('the same with the country code 44 and --country GB', () => {
    const [found] = lintText('{"phoneNumber":"442079460958"}', { defaultCountry: 'GB' }).findings;
    expect([found!.message.endsWith('it starts with the country code 44, written without the "+" ' +
      'that E.164 puts before it.'), found!.hint]).toEqual([true, 'Write "+442079460958" (E.164 for GB).']);
  });

  test('without a country nothing says the 1 is a country code', () => {
    const [found] = lintText('{"phoneNumber":"13175550100"}').findings;
    expect(found!.message).toContain('it has no "+" and country code');
  });

  test('a national number the plan lists whole is not read as one with its country code', () => {
    const [found] = lintText('{"phoneNumber":"3175550100"}', { defaultCountry: 'US' }).findings;
    expect([found!.message.endsWith('it has no "+" and country code.'), found!.hint])
      .toEqual([true, 'Write "+13175550100" (E.164 for US).']);
  });

  test('a number the plan does not list gets no trunk 0 named where the country has none', () => {
    const [found] = lintText('{"phoneNumber":"5550100"}', { defaultCountry: 'US' }).findings;
    expect(found!.hint).not.toContain('trunk 0');
  });
});

// "0044..." has its country code, after the 00 that E.164 writes as "+": invalid-phone says so of
// a callerId, and a phoneNumber, judged here, is told the same.
describe('a number dialled with the international prefix 00', () => {
  test('in phoneNumber: the prefix named, the E.164 form given, as in callerId', () => {
    const body = '{"phoneNumber":"00442079460958","callerId":"00442079460958"}';
    const found = lintText(body).findings.map((f) => [f.ruleId, f.pointer, f.message, f.hint]);
    const hint = 'Write "+442079460958": E.164 writes "+" where the international prefix 00 is ' +
      'dialled.';
    const why = 'it starts with the international prefix 00 where E.164 has "+".';
    expect(found).toEqual([
      ['non-e164', '/phoneNumber',
        `/phoneNumber is "00442079460958", which is not an E.164 number: ${why}`, hint],
      ['invalid-phone', '/callerId', '/callerId is "00442079460958", which is not in the E.164 ' +
        `form that "callerId" requires: ${why}`, hint],
    ]);
  });

  // "00442079460958" was fixed only with a --country whose international prefix is 00, though
  // 00, a country code and a number of its plan read so wherever the call is placed from.
  test.each([
    ['00442079460958', undefined, '+442079460958'],
    ['00442079460958', 'US', '+442079460958'],
    ['00442079460958', 'GB', '+442079460958'],
    // Read in JP, the digits are 16, more than E.164 holds: no second reading.
    ['00442079460958', 'JP', '+442079460958'],
    ['0044 (0)20 7946 0958', undefined, '+442079460958'],
  ])('%s with --country %s is fixed to %s', (value, country, number) => {
    const body = JSON.stringify({ phoneNumber: value });
    const options = country === undefined ? {} : { defaultCountry: country };
    expect(fixText(body, options).output).toBe(JSON.stringify({ phoneNumber: number }));
  });

  test('a callback countryCode that reads the 00 digits the same way lets the fix stand', () => {
    const body = JSON.stringify({
      queueId: QUEUE, callbackNumbers: ['00442079460958'], countryCode: 'US',
    });
    expect(fixText(body, { endpoint: 'create-callback' }).output).toContain('["+442079460958"]');
  });

  // "005 49 ..." in CO is 00 and a carrier code, then +49; "0024740123" a Japanese number.
  test.each([
    ['005491123456789', 'CO', '+5491123456789', '+491123456789'],
    ['0024740123', 'JP', '+24740123', '+810024740123'],
  ])('%s with --country %s is not fixed: the hint names both readings', (
    value, country, dialled, there,
  ) => {
    const body = JSON.stringify({ phoneNumber: value });
    const [found] = lintText(body, { defaultCountry: country }).findings;
    expect([found!.hint, found!.fix]).toEqual([`Write "${dialled}" if 00 is dialled as the ` +
      `international prefix, or "${there}" if they are dialled in ${country}: the digits make a ` +
      'valid number either way.', undefined]);
    expect(fixText(body, { defaultCountry: country }).output).toBe(body);
    // Nothing but the 00 reading without a country.
    expect(fixText(body).output).toBe(JSON.stringify({ phoneNumber: dialled }));
  });

  test("a callback's countryCode that reads the digits otherwise stops the fix too", () => {
    const body = JSON.stringify({
      queueId: QUEUE, callbackNumbers: ['005491123456789'], countryCode: 'CO',
    });
    expect(fixText(body, { endpoint: 'create-callback' }).output).toBe(body);
  });

  test('00 before no country code is named as such, and no number is made up', () => {
    const [found] = lintText('{"phoneNumber":"00999123456"}').findings;
    expect(found!.message).toContain('the international prefix 00, but no country code follows it');
    expect(found!.hint).not.toContain('+999');
  });
});

// "+1 317 555 0123 22" was told only that its length does not fit +1; the digits before the last
// group are a valid number, so the group is most likely an extension.
describe('a last group after a valid number', () => {
  const hintOf = (value: string, defaultCountry?: string): string | undefined =>
    lintText(JSON.stringify({ phoneNumber: value }), defaultCountry ? { defaultCountry } : {})
      .findings.find((f) => f.ruleId === 'non-e164')?.hint;

  test.each([
    ['+1 317 555 0123 22', undefined, '"22"', '"+13175550123"'],
    ['+1 317 555 0123 (22)', undefined, '"(22)"', '"+13175550123"'],
    ['+44 20 7946 0958 123', undefined, '"123"', '"+442079460958"'],
    ['317 555 0123 22', 'US', '"22"', '"+13175550123"'],
  ])('%p names the group as an extension and the number before it', (value, country, group, number) => {
    expect(hintOf(value, country)).toBe(`The group ${group} at the end looks like an extension, ` +
      `which E.164 has no part for: the digits before it make the number ${number}. Write that ` +
      'alone, or check the digits.');
  });

  test('phone-formatting reads the group the same way', () => {
    const found = lintText('{"phoneNumber":"+1 317 555 0123 22"}').findings
      .find((f) => f.ruleId === 'phone-formatting')!;
    expect([found.hint, found.fix]).toEqual([expect.stringContaining('The group "22" at the end ' +
      'looks like an extension or a note') as unknown, undefined]);
  });

  test('digits before the group that make no valid number keep the plain hint', () => {
    expect(hintOf('+1 317 555 012 22')).toBe('Check the digits: E.164 is "+", the country code, ' +
      'then the full national number.');
    // No country: a national number before the group cannot be judged.
    expect(hintOf('317 555 0123 22')).not.toContain('extension');
  });
});

describe("a callback body's own countryCode", () => {
  const body = (code: string) => JSON.stringify({ queueId: QUEUE, callbackNumbers: ['02079460958'], countryCode: code });
  // The fix waited for --country to agree, though the hint gave the form: "(317) 555-0142" beside
  // "countryCode": "US" became "3175550142" (phone-formatting's fix alone) without --country.
  test('names the country of the form the hint gives and the fix writes, with any --country', () => {
    for (const defaultCountry of [undefined, 'US', 'GB']) {
      const [gb] = lintText(body('GB'), { endpoint: 'create-callback',
        ...(defaultCountry ? { defaultCountry } : {}) }).findings;
      expect([gb!.ruleId, gb!.hint, gb!.fix?.description])
        .toEqual(['non-e164', 'Write "+442079460958" (E.164 for GB).', 'Write "+442079460958".']);
    }
  });

  // The reference gives countryCode no form ("Country code applied to the callback numbers"), so
  // a calling code is read as one; "44" used to be judged as --country instead ("not a valid GB
  // number", though --country GB fixed it to +442079460958).
  test('a calling code such as "44" is read as +44, and written so whatever --country is', () => {
    const hint = 'Write "+442079460958" (E.164 for countryCode "44", read as the calling code +44).';
    for (const code of ['44', '+44']) {
      const want = hint.replace('"44"', `"${code}"`);
      const lint = (defaultCountry?: string) => lintText(body(code),
        { endpoint: 'create-callback', ...(defaultCountry ? { defaultCountry } : {}) }).findings[0]!;
      for (const country of [undefined, 'GB', 'US']) {
        expect([lint(country).ruleId, lint(country).hint, lint(country).fix?.description])
          .toEqual(['non-e164', want, 'Write "+442079460958".']);
      }
    }
  });

  // "GB\u00a0" and " GB " were read as GB (trim() drops them) but "G\u200bB", which shows as GB
  // just the same, was "neither an ISO 3166 country code nor a calling code".
  test('a countryCode with invisible characters or spaces reads as the code it shows', () => {
    for (const code of [' GB ', 'GB\u00a0', 'G\u200bB', '\ufeffgb', 'G\u00adB']) {
      const [found] = lintText(body(code), { endpoint: 'create-callback' }).findings;
      expect([code, found!.hint]).toEqual([code, 'Write "+442079460958" (E.164 for GB).']);
    }
  });

  test('a countryCode of neither form is named as such, not judged as --country', () => {
    for (const code of ['UK', 'GBR', '999']) {
      const [found] = lintText(body(code), { endpoint: 'create-callback', defaultCountry: 'GB' }).findings;
      expect([found!.hint, found!.fix]).toEqual([
        'Write it as "+", the country code, then the national number without any trunk prefix ' +
        '(the leading 0 in many countries); the ' +
        `body's countryCode "${code}" is neither an ISO 3166 country code (such as "GB") nor a ` +
        'calling code (such as "44"), so it does not say where the number is from.', undefined]);
    }
  });

  test('a countryCode that is no string is named as such, not judged as --country', () => {
    for (const code of [44, ['GB'], null]) {
      const text = JSON.stringify({ queueId: QUEUE, callbackNumbers: ['02079460958'], countryCode: code });
      const found = lintText(text, { endpoint: 'create-callback', defaultCountry: 'GB' }).findings
        .find((f) => f.ruleId === 'non-e164');
      expect([found!.hint, found!.fix]).toEqual([
        'Write it as "+", the country code, then the national number without any trunk prefix ' +
        `(the leading 0 in many countries); the body's countryCode ${JSON.stringify(code)} is no ` +
        'string (such as "GB" or "44"), so it does not say where the number is from.', undefined]);
    }
  });

  test('an unknown member naming another country is named in the hint, and stops the fix', () => {
    const text = JSON.stringify({ queueId: QUEUE, callbackNumbers: ['02079460958'], country: 'FR' });
    const found = lintText(text, { endpoint: 'create-callback', defaultCountry: 'GB' }).findings
      .find((f) => f.ruleId === 'non-e164');
    expect([found!.hint, found!.fix]).toEqual(['Write "+442079460958" (E.164 for GB) if it is ' +
      'one; the body\'s member "country" names FR, so it is not written for you.', undefined]);
  });

  test('a number the countryCode\'s plan does not list is judged there, not in --country', () => {
    const [found] = lintText(JSON.stringify({ queueId: QUEUE, callbackNumbers: ['02079460958'],
      countryCode: 'US' }), { endpoint: 'create-callback', defaultCountry: 'GB' }).findings;
    expect(found!.hint).toContain('it is not a valid US number');
  });
});

// "491701234567" in DE is a valid national number as written and, read with "+" left out before
// the country code 49, a valid mobile number too: --fix rewrote it into the first.
describe('digits that make two valid numbers, as national and with the country code', () => {
  // 442079460018: +49 44 2079460018 and +44 20 7946 0018 are both valid, though 44 is not the
  // default country's code: --fix wrote the German one.
  test.each([['491701234567', '+491701234567'], ['442079460018', '+442079460018']])(
    '%s is not fixed, and the hint names both readings',
    (digits, international) => {
      const [found] = lintText(`{"phoneNumber":"${digits}"}`, { defaultCountry: 'DE' }).findings;
      expect(found!.fix).toBeUndefined();
      expect(found!.hint).toBe(`Write "${international}" if it starts with the country code, or ` +
        `"+49${digits}" if it is a national number of DE: the digits make a valid number ` +
        'either way.');
    },
  );

  test('a single reading is still fixed', () => {
    const [found] = lintText('{"phoneNumber":"13175550100"}', { defaultCountry: 'US' }).findings;
    expect(found!.fix).toBeDefined();
  });
});

// "1 317 555 0100 12" in the US was said to have no "+" and country code: it has the country code,
// only not the "+", and the last group is what makes it too long.
describe('a last group after a number written with its country code but no "+"', () => {
  test('the message names the country code and the group', () => {
    const found = lintText('{"phoneNumber":"1 317 555 0100 12"}', { defaultCountry: 'US' })
      .findings.find((f) => f.ruleId === 'non-e164')!;
    expect(found.message).toBe('/phoneNumber is "1 317 555 0100 12", which is not an E.164 ' +
      'number: it starts with the country code 1, written without the "+" that E.164 puts ' +
      'before it, and it ends in a group E.164 has no part for.');
  });

  test('an extension after such a number: the number before it named the same way', () => {
    const found = lintText('{"phoneNumber":"1 317 555 0100 x12"}', { defaultCountry: 'US' })
      .findings.find((f) => f.ruleId === 'non-e164')!;
    expect(found.message).toContain('(it starts with the country code 1, written without the "+"');
    expect(found.hint).toContain('dial "+13175550100"');
  });
});

// Read in GB, "416 555 0100" made up "+444165550100", which no plan lists, and did not say that
// the digits are a North American number (kittiwake).
test('ten digits no plan of the default country lists, but the +1 plan does, are offered as such', () => {
  const found = lintText('{"phoneNumber":"416 555 0100"}', { defaultCountry: 'GB' }).findings
    .find((f) => f.ruleId === 'non-e164')!;
  expect(found.hint).toBe('Write "+14165550100" if it is a North American number (the +1 plan ' +
    'lists it, for CA); as a number of GB, "+444165550100", its plan does not list it.');
  expect(found.fix).toBeUndefined();
});
