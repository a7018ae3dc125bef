// uri-address: tel:/sip: URIs and user@host addresses, only in phoneNumber, Destination.address and
// TransferRequest.address (labelling rule 6 in ../shared/cases/README.md).
import { expect, test } from '@jest/globals';
import { fixText } from '../../src/fix/fix-text.js';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';

ruleTable('uri-address', {
  accept: [
    { name: 'a bare E.164 phoneNumber', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a tel: URI in callbackNumbers (invalid-phone instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["tel:+13175550142"]}`,
    },
    {
      name: 'a tel: URI in callerId (invalid-phone instead)',
      body: '{"phoneNumber":"+13175550142","callerId":"tel:+13175550100"}',
    },
    {
      name: 'a queue id in TransferRequest.address',
      endpoint: 'callback-replace',
      body: `{"address":"${QUEUE}"}`,
    },
  ],
  reject: [
    {
      name: 'a tel: URI in phoneNumber',
      body: '{"phoneNumber":"tel:+13175550142"}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'warning',
          message: '"tel:+13175550142"',
        },
      ],
    },
    {
      name: 'a sip: URI in a participant address',
      body: [
        '{',
        '  "participants": [',
        '    {',
        '      "name": "Reception",',
        '      "address": "sip:reception@pbx.example.com"',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/participants/0/address',
          line: 5,
          column: 18,
          severity: 'warning',
          message: '"sip:reception@pbx.example.com"',
        },
      ],
    },
    {
      name: 'a user@host consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"agent@example.com"}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 51,
          severity: 'warning',
          message: '"agent@example.com"',
        },
      ],
    },
    {
      name: 'a sip: trunk URI in TransferRequest.address',
      endpoint: 'replace',
      body: [
        '{',
        '  "transferType": "Unattended",',
        '  "address": "sip:+13175550142@trunk.example.com"',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/address',
          line: 3,
          column: 14,
          severity: 'warning',
          message: '"sip:+13175550142@trunk.example.com"',
        },
      ],
    },
    {
      name: 'a tel: URI in TransferRequest.address (media-independent replace)',
      endpoint: 'conversation-replace',
      body: '{"address":"tel:+13175550142"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'warning',
          message: '"tel:+13175550142"',
        },
      ],
    },
  ],
});

// "tel:+" was told to send "+" alone, which invalid-phone then reports.
test.each([
  ['tel:+', '"+", is no number (it is a "+" alone, with no country code and no number).'],
  ['tel:abc', '"abc", is no number (it contains letters).'],
])('a %s URI whose rest is no number is not told to send that rest', (value, tail) => {
  const found = lintText(JSON.stringify({ phoneNumber: value }))
    .findings.find((f) => f.ruleId === 'uri-address')!;
  expect(found.hint).toBe(`Send a phone number alone, without "tel:": what follows it, ${tail}`);
  expect(found.fix).toBeUndefined();
});

// "tel:00 44 20 7946 0958" was told to send "00 44 20 7946 0958" alone, which non-e164 then asks
// to write as "+442079460958": the E.164 form is given at once, where 00 is the one reading.
test.each([
  ['tel:00 44 20 7946 0958', '+442079460958', '"+" for the international prefix 00'],
  ['tel:0044 (0)20 7946 0958', '+442079460958',
    '"+" for the international prefix 00, without the trunk prefix 0'],
  ['tel:00 549 11 2345 6789', '+5491123456789', '"+" for the international prefix 00'],
])('%s is to be sent alone as %s', (value, number, how) => {
  const body = JSON.stringify({ phoneNumber: value });
  const found = lintText(body).findings.find((f) => f.ruleId === 'uri-address')!;
  const send = `Send the number alone in E.164 form (${how}): "${number}".`;
  expect([found.hint, found.fix?.description]).toEqual([send, send]);
  expect(fixText(body).output).toBe(JSON.stringify({ phoneNumber: number }));
});

// In CO "005 49 ..." is 00 and a carrier code, then +49: which number is meant is a guess.
test('a 00 number read otherwise in the default country is sent alone as written', () => {
  const body = '{"phoneNumber":"tel:00 549 11 2345 6789"}';
  const found = lintText(body, { defaultCountry: 'CO' }).findings
    .find((f) => f.ruleId === 'uri-address')!;
  const send = 'Send the number alone: "00 549 11 2345 6789".';
  expect([found.hint, found.fix?.description]).toEqual([send, send]);
});

// "sip:{{user}}@example.com" got the plain SIP warning, saying nothing of the variable that the
// number and id rules name (template-variable.ts).
test.each([
  ['sip:{{user}}@example.com', 'template variable {{user}}', '{{user}}',
    'keep a SIP address only if your trunk routes them, otherwise send an E.164 number.'],
  ['tel:${NUMBER}', 'shell variable ${NUMBER}', '${NUMBER}',
    'then send the number alone, without "tel:".'],
])('an address %s holding an unfilled variable says so', (value, named, variable, then) => {
  const found = lintText(JSON.stringify({ phoneNumber: value })).findings
    .find((f) => f.ruleId === 'uri-address')!;
  expect(found.message).toContain(`rather than a bare phone number; it holds the ${named} unfilled: `);
  expect(found.hint).toBe(`Lint the body as sent, with ${variable} filled in; ${then}`);
});

// "sip:caf%C3%A9@..." was told it "holds the batch variable %C3% unfilled", and
// "sip:pay$ment@..." that it holds the shell variable $ment: a percent escape and a "$" in a SIP
// user part are text (template-variable.ts).
test.each([
  'sip:caf%C3%A9@example.com',
  'sip:%E2%82%AC@example.com',
  'sip:pay$ment@example.com',
  'SIPS:$USER@example.com',
  'pay$ment@example.com',
])('an address %s that holds no variable gets the plain SIP warning', (value) => {
  const found = lintText(JSON.stringify({ phoneNumber: value })).findings
    .find((f) => f.ruleId === 'uri-address')!;
  expect(found.message).toMatch(/rather than a bare phone number\.$/);
  expect(found.hint).not.toContain('filled in');
});

test.each([
  ['sip:${USER}@example.com', '${USER}'],
  ['sip:a@example.com$HOST', '$HOST'],
  ['sip:caf%C3%A9%NAME%@example.com', '%NAME%'],
])('an address %s still holds the variable %s', (value, variable) => {
  const found = lintText(JSON.stringify({ phoneNumber: value })).findings
    .find((f) => f.ruleId === 'uri-address')!;
  expect(found.hint).toContain(`with ${variable} filled in`);
});
