// --fix: a table of bodies and their exact fixed text per fix kind; every fixture fixed, proving
// that no fix brings an error and that bytes outside the edits stay as they were; the fixtures
// that must come out clean; and the CLI's writes, dry runs and refusals.
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  lstatSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { createFixRun } from '../src/cli/fix-inputs.js';
import type { InputHandlers } from '../src/cli/lint-inputs.js';
import { ChangedSinceReadError, writeAtomically } from '../src/cli/write-atomically.js';
import { exitCodeFor } from '../src/cli/exit-codes.js';
import type { InputFailure } from '../src/reporters/reporter.js';
import { fixText, type FixResult } from '../src/fix/fix-text.js';
import { lintText } from '../src/lint/lint-text.js';
import type { LintOptions, LintResult, RuleSetting } from '../src/lint/types.js';
import type { RuleId } from '../src/rules/rule-ids.js';
import { BIN, CASES, FIXTURES } from './support/paths.js';
import { runCli, spawnCli } from './support/run-cli.js';
import { readSidecar } from './support/sidecar.js';

/** The uid (and gid) of nobody, for files a run as nobody must own. */
const nobody = (): number => Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());

const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';

interface FixRow {
  name: string;
  body: string;
  /** The exact text after fixing; the body itself when nothing may change. */
  fixed: string;
  endpoint?: string;
  country?: string;
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

/** Members beside a national callback number that stop --country FR's reading of it. */
const NOT_READ_IN_FR: Array<[string, string]> = [
  ['a countryCode that is a number', '"countryCode":31'],
  ['a countryCode that is a list', '"countryCode":["NL"]'],
  ['an empty countryCode', '"countryCode":""'],
  ['countryCode in two other letter cases', '"CountryCode":"NL","COUNTRYCODE":"NL"'],
  ['an unknown "country" that names another country', '"country":"NL"'],
  ['an unknown "locale" of another country', '"locale":"nl-NL"'],
];

/**
 * Names unknown-field renames to countryCode: the body's country just the same, so a national
 * callback number is written in NL's form beside them, whatever --country says.
 */
const READ_AS_COUNTRY_CODE: Array<[string, string]> = [
  ['a countryCode written in snake_case', '"country_code":"NL"'],
  ['a countryCode written in kebab-case', '"country-code":"NL"'],
  ['a countryCode in upper snake case', '"COUNTRY_CODE":"NL"'],
];

/** A kind word beside a number held elsewhere than its real member: nothing is fixed. */
const KIND_CLASHES: Array<[string, string, string]> = [
  ['create-call', 'an unknown "number"', '{"number":"+13175550142","type":"agent"}'],
  ['consult', 'a destination\'s "number"', '{"speakTo":"DESTINATION","destination":' +
    '{"number":"+13175550142","type":"agent"}}'],
  ['consult', 'a destination\'s "phoneNumber" written as a JSON number', '{"speakTo":' +
    '"DESTINATION","destination":{"phoneNumber":442079460958,"type":"agent"}}'],
  ['create-call', 'a "to"', '{"to":"+13175550142","type":"agent"}'],
  ['replace', 'a "to"', '{"to":"+13175550142","type":"agent"}'],
  ['transfer', 'a "to"', '{"to":"+13175550142","type":"agent"}'],
  ['consult-address', 'a "to"', '{"speakTo":"DESTINATION","to":"+13175550142","type":"agent"}'],
  ['replace', 'an unknown "number"', '{"number":"+13175550142","type":"agent"}'],
  ['create-call', 'an unknown "phone" and "addressType": "user"',
    '{"phone":"+13175550142","addressType":"user"}'],
  ['create-call', 'a "Type" in another letter case', '{"Type":"agent","number":"+13175550142"}'],
  ['create-call', 'an "addresstype" in lower case', '{"addresstype":"queue","number":"+13175550142"}'],
  ['create-call', 'a "TYPE" beside phoneNumber', '{"TYPE":"agent","phoneNumber":"+13175550142"}'],
  ['create-call', 'a kind word in a list', '{"type":["agent"],"number":"+13175550142"}'],
  ['create-call', 'a kind word in an object', '{"type":{"name":"agent"},"number":"+13175550142"}'],
  // A word not known to name a kind, or a kind member spelled with a separator.
  ['create-call', 'a "to" typed with an unknown word',
    '{"to":{"type":"callback","address":"+13175550142"}}'],
  ['create-call', 'a "to" beside an unknown "kind"', '{"kind":"frobnicate","to":"+13175550142"}'],
  ['create-call', 'an unknown "number" beside an unknown type word',
    '{"type":"callback","number":"+13175550142"}'],
  ['create-call', 'a "to" typed with a compound holding an unknown word',
    '{"to":{"type":"callback number","address":"+13175550142"}}'],
  ['create-call', 'a "to" beside a compound of words that disagree',
    '{"to":"+13175550142","type":"agent phone"}'],
  ['create-call', 'a named "from" typed with an unknown word',
    '{"phoneNumber":"+13175550199","from":{"type":"callback","number":"+13175550142",' +
    '"name":"Sales"}}'],
  ['create-call', 'an "address_type" beside an unknown "number"',
    '{"address_type":"agent","number":"+13175550142"}'],
  ['consult', 'a destination\'s "number" beside an unknown type word', '{"speakTo":' +
    '"DESTINATION","destination":{"number":"+13175550142","targetType":"sms"}}'],
];

/** Kind words and members read today that agree with their party: the fix still moves it. */
const KIND_AGREEMENTS: Array<[string, string]> = [
  ['{"addressType":"PSTN","to":"+13175550142"}', '{"phoneNumber":"+13175550142"}'],
  // A kind member in another case or spelling is removed as "type" and "addressType" are.
  ['{"Type":"Phone Number","number":"+13175550142"}', '{"phoneNumber":"+13175550142"}'],
  ['{"address_type":"E.164","number":"+13175550142"}', '{"phoneNumber":"+13175550142"}'],
  ['{"phoneNumber":"+13175550142","Address-Type":"phone"}', '{"phoneNumber":"+13175550142"}'],
  ['{"phoneNumber":"+13175550142","media_type":"audio"}', '{"phoneNumber":"+13175550142"}'],
  // Inside a "to" too: it is read, and stops nothing, as "addressType" does.
  ['{"to":{"address_type":"phone","address":"+13175550142"}}', '{"phoneNumber":"+13175550142"}'],
  [`{"to":{"address_type":"agent","id":"${USER}"}}`, `{"callUserId":"${USER}"}`],
  ['{"target-type":"outbound","to":"+13175550142"}',
    '{"target-type":"outbound","phoneNumber":"+13175550142"}'],
  ['{"to":{"type":"mobile","address":"+13175550142"}}', '{"phoneNumber":"+13175550142"}'],
  [`{"to":{"kind":"ACD","queueId":"${QUEUE}"}}`, `{"callQueueId":"${QUEUE}"}`],
  ['{"phoneNumber":"+13175550199","from":{"type":"PSTN","number":"+13175550142","name":"Sales"}}',
    '{"phoneNumber":"+13175550199","callerId":"+13175550142","callerIdName":"Sales"}'],
  // Compounds made only of known words that agree, in any case and with any separators.
  ['{"to":{"type":"mobile phone","number":"+13175550142"}}', '{"phoneNumber":"+13175550142"}'],
  ['{"to":"+13175550142","type":"Mobile Number"}', '{"phoneNumber":"+13175550142"}'],
  ['{"to":{"kind":"cell phone","address":"+13175550142"}}', '{"phoneNumber":"+13175550142"}'],
  ['{"addressType":"phone-number","to":"+13175550142"}', '{"phoneNumber":"+13175550142"}'],
  ['{"Type":"MobilePhone","number":"+13175550142"}', '{"phoneNumber":"+13175550142"}'],
  [`{"to":{"type":"ACD queue","id":"${QUEUE}"}}`, `{"callQueueId":"${QUEUE}"}`],
  [`{"to":{"type":"internal user","id":"${USER}"}}`, `{"callUserId":"${USER}"}`],
  ['{"phoneNumber":"+13175550199","from":{"callerIdNumber":"+13175550142","type":"phone"}}',
    '{"phoneNumber":"+13175550199","callerId":"+13175550142"}'],
];

/**
 * A member that holds no party, whatever its digits read as, beside a kind word: its own fix is
 * made, and the word is judged only against the party.
 */
const NO_PARTIES: Array<[string, string]> = [
  ['{"phoneNumber":"+13175550142","type":"sales","uui":"12345"}',
    '{"phoneNumber":"+13175550142","type":"sales","uuiData":"12345"}'],
  ['{"phoneNumber":"+13175550142","type":"agent","uui":"12345"}',
    '{"phoneNumber":"+13175550142","type":"agent","uuiData":"12345"}'],
  ['{"phoneNumber":"+13175550142","type":"agent","callerID":"+13175550100"}',
    '{"phoneNumber":"+13175550142","type":"agent","callerId":"+13175550100"}'],
  [`{"callUserId":"${USER}","type":"user","sessionId":"12345"}`,
    `{"callUserId":"${USER}","sessionId":"12345"}`],
];

// For the rows of a list encoded twice (wrong-type): a callback with one scored agent.
const START = '"startTime":"2026-01-02T16:59:59Z"';
const CALLBACK_QUEUE = '"queueId":"2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b"';
const scoredCallback = (agents: string): string => `{${CALLBACK_QUEUE},` +
  `"callbackNumbers":["+13175550142"],"routingData":{${CALLBACK_QUEUE},"scoredAgents":${agents}}}`;
const AGENT = '{"agent":{"id":"9c6f5070-8b03-4726-beda-883420184a49"},"score":5}';

const ROWS: FixRow[] = [
  // enum-case
  {
    name: 'enum-case: the documented spelling',
    endpoint: 'consult',
    body: '{"speakTo":"destination","destination":{"address":"+13175550142"}}',
    fixed: '{"speakTo":"DESTINATION","destination":{"address":"+13175550142"}}',
  },
  {
    name: 'enum-case with CRLF line endings and tab indentation',
    endpoint: 'replace',
    body: `{\r\n\t"transferType": "attended",\r\n\t"userId": "${USER}"\r\n}\r\n`,
    fixed: `{\r\n\t"transferType": "Attended",\r\n\t"userId": "${USER}"\r\n}\r\n`,
  },
  {
    name: 'enum-case off: no fix for a finding that is not reported',
    endpoint: 'consult',
    rules: { 'enum-case': 'off' },
    body: '{"speakTo":"both","destination":{"address":"+13175550142"}}',
    fixed: '{"speakTo":"both","destination":{"address":"+13175550142"}}',
  },
  // uri-address
  {
    name: 'uri-address: tel: dropped',
    body: '{"phoneNumber":"tel:+13175550142"}',
    fixed: '{"phoneNumber":"+13175550142"}',
  },
  {
    name: 'uri-address then phone-formatting, in two passes',
    body: '{ "phoneNumber": "tel:+1 317-555-0142" }',
    fixed: '{ "phoneNumber": "+13175550142" }',
  },
  {
    name: 'uri-address: sip: is left alone',
    body: '{"phoneNumber":"sip:frontdesk@example.com"}',
    fixed: '{"phoneNumber":"sip:frontdesk@example.com"}',
  },
  {
    name: 'uri-address: a tel: URI with parameters is left alone',
    body: '{"phoneNumber":"tel:+13175550142;ext=12"}',
    fixed: '{"phoneNumber":"tel:+13175550142;ext=12"}',
  },
  // phone-formatting
  {
    name: 'phone-formatting: digits and +, indentation kept',
    endpoint: 'consult-address',
    body: '{\n    "speakTo": "BOTH",\n    "address": "+1 (317) 555-0142"\n}\n',
    fixed: '{\n    "speakTo": "BOTH",\n    "address": "+13175550142"\n}\n',
  },
  {
    // The separators the rule's documentation lists, written as JSON escapes.
    name: 'phone-formatting: tabs, escaped line breaks and Unicode spaces go too',
    body: '{"phoneNumber":"+1\\t317\\r\\n555\\u00a00142\\u2009"}',
    fixed: '{"phoneNumber":"+13175550142"}',
  },
  {
    // An en dash separates digits as "-" does (a word processor writes one for it).
    name: 'phone-formatting: an en dash goes with the other separators',
    body: '{"phoneNumber":"+1 317 555\u20130142"}',
    fixed: '{"phoneNumber":"+13175550142"}',
  },
  {
    // Compacting would glue two numbers into 20 digits; E.164 allows 15.
    name: 'phone-formatting: two numbers are not joined',
    country: 'US',
    body: '{"phoneNumber":"317 555 0142 317 555 0199"}',
    fixed: '{"phoneNumber":"317 555 0142 317 555 0199"}',
  },
  {
    name: 'phone-formatting: two numbers around a spaced dash, without a country',
    body: '{"phoneNumber":"3175550142 - 3175550199"}',
    fixed: '{"phoneNumber":"3175550142 - 3175550199"}',
  },
  {
    name: 'phone-formatting: a trailing group in parentheses is not glued on',
    country: 'US',
    body: '{"phoneNumber":"+1 317 555 0142 (22)"}',
    fixed: '{"phoneNumber":"+1 317 555 0142 (22)"}',
  },
  {
    name: 'phone-formatting: a trailing group after a national number',
    country: 'US',
    body: '{"phoneNumber":"(555) 0142 (22)"}',
    fixed: '{"phoneNumber":"(555) 0142 (22)"}',
  },
  {
    name: 'phone-formatting: digits that are no possible number in the callback\'s country',
    endpoint: 'update-callback',
    body: `{"conversationId":"${QUEUE}","agentId":"${USER}","countryCode":"US",` +
      '"callbackNumbers":["555-0142"]}',
    fixed: `{"conversationId":"${QUEUE}","agentId":"${USER}","countryCode":"US",` +
      '"callbackNumbers":["555-0142"]}',
  },
  {
    name: 'phone-formatting: a trunk (0) inside the number is still dropped',
    body: '{"phoneNumber":"+44 (0)20 7946 0958"}',
    fixed: '{"phoneNumber":"+442079460958"}',
  },
  {
    name: 'phone-formatting: an extension is never dropped',
    country: 'US',
    body: '{"phoneNumber":"+1 317 555 0142 ext. 22"}',
    fixed: '{"phoneNumber":"+1 317 555 0142 ext. 22"}',
  },
  // non-e164
  {
    name: 'non-e164: E.164 in the default country',
    country: 'US',
    body: '{"phoneNumber":"(317) 555-0142"}',
    fixed: '{"phoneNumber":"+13175550142"}',
  },
  {
    name: 'non-e164 without a default country: only the separators go',
    body: '{"phoneNumber":"(317) 555-0142"}',
    fixed: '{"phoneNumber":"3175550142"}',
  },
  {
    name: 'non-e164: not for a callback whose countryCode names another country',
    endpoint: 'update-callback',
    country: 'US',
    body: `{"conversationId":"${QUEUE}","agentId":"${USER}","countryCode":"GB",` +
      '"callbackNumbers":["3175550142"]}',
    fixed: `{"conversationId":"${QUEUE}","agentId":"${USER}","countryCode":"GB",` +
      '"callbackNumbers":["3175550142"]}',
  },
  {
    // Judged on the text before the pass, the number had no countryCode beside it and took FR's
    // form; the rename gives the body "NL", so the number waits for the next pass, which reads it.
    name: 'non-e164: after the pass that renames the callback\'s CountryCode to countryCode',
    endpoint: 'create-callback',
    country: 'FR',
    body: `{"callbackNumbers":["0612345678"],"CountryCode":"NL","queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["+31612345678"],"countryCode":"NL","queueId":"${QUEUE}"}`,
  },
  ...READ_AS_COUNTRY_CODE.map(([what, members]) => ({
    name: `non-e164: in the country of a callback with ${what}`,
    endpoint: 'create-callback',
    country: 'FR',
    body: `{"callbackNumbers":["0612345678"],${members},"queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["+31612345678"],${members},"queueId":"${QUEUE}"}`,
  })),
  // The body's countryCode names the country, with or without --country: the fix writes the form
  // the hint gives, in each callback body that has one, and in each entry of a bulk update.
  ...[['create-callback', `"queueId":"${QUEUE}",`], ['create-participant-callback', ''],
    ['update-callback', `"conversationId":"${QUEUE}","agentId":"${USER}",`]]
    .flatMap(([endpoint, before]) => [undefined, 'FR'].map((country) => ({
      name: `non-e164: countryCode "US" on ${endpoint}, --country ${country ?? 'unset'}`,
      endpoint: endpoint!,
      ...(country ? { country } : {}),
      body: `{${before}"countryCode":"US","callbackNumbers":["(317) 555-0142"]}`,
      fixed: `{${before}"countryCode":"US","callbackNumbers":["+13175550142"]}`,
    }))),
  {
    name: 'non-e164: each entry of a bulk update in the country its own countryCode names',
    endpoint: 'bulk-update-callbacks',
    body: `{"patchCallbackRequests":[{"conversationId":"${QUEUE}","agentId":"${USER}",` +
      '"countryCode":"US","callbackNumbers":["(317) 555-0142"]},{"conversationId":' +
      `"${QUEUE}","agentId":"${USER}","countryCode":"GB","callbackNumbers":["020 7946 0958"]}]}`,
    fixed: `{"patchCallbackRequests":[{"conversationId":"${QUEUE}","agentId":"${USER}",` +
      '"countryCode":"US","callbackNumbers":["+13175550142"]},{"conversationId":' +
      `"${QUEUE}","agentId":"${USER}","countryCode":"GB","callbackNumbers":["+442079460958"]}]}`,
  },
  {
    name: 'non-e164: not for a callback whose countryCode names no country, only separators go',
    endpoint: 'create-callback',
    body: `{"queueId":"${QUEUE}","countryCode":"USA","callbackNumbers":["(317) 555-0142"]}`,
    fixed: `{"queueId":"${QUEUE}","countryCode":"USA","callbackNumbers":["3175550142"]}`,
  },
  ...NOT_READ_IN_FR.map(([what, members]) => ({
    name: `non-e164: not for a callback with ${what}`,
    endpoint: 'create-callback',
    country: 'FR',
    body: `{"callbackNumbers":["0612345678"],${members},"queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["0612345678"],${members},"queueId":"${QUEUE}"}`,
  })),
  {
    name: 'non-e164: for a callback whose unknown "country" names --country',
    endpoint: 'create-callback',
    country: 'FR',
    body: `{"callbackNumbers":["0612345678"],"country":"FR","queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["+33612345678"],"country":"FR","queueId":"${QUEUE}"}`,
  },
  // The same member is read for a number dialled with 00, by both rules that write its + form.
  {
    name: 'non-e164, phone-formatting: a callback 00 number an unknown "country" reads otherwise',
    endpoint: 'create-callback',
    body: `{"callbackNumbers":["00 549 11 2345 6789"],"country":"CO","queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["005491123456789"],"country":"CO","queueId":"${QUEUE}"}`,
  },
  {
    name: 'non-e164, phone-formatting: a callback 00 number an unknown "region" reads alike',
    endpoint: 'create-callback',
    body: `{"callbackNumbers":["00 44 20 7946 0958"],"region":"GB","queueId":"${QUEUE}"}`,
    fixed: `{"callbackNumbers":["+442079460958"],"region":"GB","queueId":"${QUEUE}"}`,
  },
  {
    name: 'non-e164: not for a number the country\'s plan does not list',
    country: 'US',
    body: '{"phoneNumber":"5550142"}',
    fixed: '{"phoneNumber":"5550142"}',
  },
  // unknown-field: to / from
  {
    name: 'to: renamed in place with its number, key order kept',
    body: '{\n  "priority": 2,\n  "to": {\n    "phoneNumber": "+13175550142",\n' +
      '    "type": "phone"\n  },\n  "callerIdName": "Front desk"\n}\n',
    fixed: '{\n  "priority": 2,\n  "phoneNumber": "+13175550142",\n' +
      '  "callerIdName": "Front desk"\n}\n',
  },
  {
    name: 'to: a typed user becomes callUserId',
    body: `{"to":{"type":"user","id":"${USER}"}}`,
    fixed: `{"callUserId":"${USER}"}`,
  },
  {
    name: 'to: a participant entry becomes address',
    body: '{"participants":[{"to":"tel:+13175550142"}]}',
    fixed: '{"participants":[{"address":"+13175550142"}]}',
  },
  {
    name: 'to and from: callerId takes a strict E.164 number',
    body: '{"from":{"phoneNumber":"+18005550177"},"to":{"phoneNumber":"+13175550142"}}',
    fixed: '{"callerId":"+18005550177","phoneNumber":"+13175550142"}',
  },
  {
    name: 'from: a number too short for E.164 stays',
    body: '{"from":{"phoneNumber":"+15550119"},"phoneNumber":"+13175550142"}',
    fixed: '{"from":{"phoneNumber":"+15550119"},"phoneNumber":"+13175550142"}',
  },
  {
    name: 'from: a queue becomes callFromQueueId',
    body: `{"phoneNumber":"+13175550142","from":{"queueId":"${QUEUE}"}}`,
    fixed: `{"phoneNumber":"+13175550142","callFromQueueId":"${QUEUE}"}`,
  },
  // The hint said where these go, but no fix was offered: the shape's number was not read.
  {
    name: 'from: callerIdNumber and callerIdName become callerId and callerIdName',
    body: '{"from":{"callerIdNumber":"+13175550100","callerIdName":"Sales"},' +
      '"phoneNumber":"+13175550142"}',
    fixed: '{"callerId":"+13175550100","callerIdName":"Sales","phoneNumber":"+13175550142"}',
  },
  {
    name: 'from: callerId alone becomes callerId',
    body: '{"from":{"callerId":"+13175550100"},"phoneNumber":"+13175550142"}',
    fixed: '{"callerId":"+13175550100","phoneNumber":"+13175550142"}',
  },
  {
    name: 'from: callerIdNumber in E.164 with separators is written plain',
    body: '{"phoneNumber":"+13175550142","from":{"callerIdNumber":"+1 (317) 555-0100"}}',
    fixed: '{"phoneNumber":"+13175550142","callerId":"+13175550100"}',
  },
  {
    name: 'from: callerIdNumber that callerId holds already: only its name is moved',
    body: '{"callerId":"+13175550100","from":{"callerIdNumber":"+13175550100",' +
      '"callerIdName":"Sales"},"phoneNumber":"+13175550142"}',
    fixed: '{"callerId":"+13175550100","callerIdName":"Sales","phoneNumber":"+13175550142"}',
  },
  ...[
    ['a national callerIdNumber (no digit is guessed)', '{"callerIdNumber":"3175550100"}'],
    ['another name in callerIdName', '{"callerIdNumber":"+13175550100","callerIdName":"Sales"}',
      ',"callerIdName":"Desk"'],
    ['two numbers', '{"callerIdNumber":"+13175550100","number":"+13175550111"}'],
    ['a contradicting type', '{"callerIdNumber":"+13175550100","type":"agent"}'],
    // A word not known to name a kind stops it as it stops a "from" holding "number".
    ['a type word not known', '{"callerIdNumber":"+13175550100","callerIdName":"Bob",' +
      '"type":"callback"}'],
    ['a kind word not known', '{"callerIdNumber":"+13175550100","kind":"frobnicate"}'],
    ['callerId and a type word not known', '{"callerId":"+13175550100","callerIdName":"Bob",' +
      '"type":"callback"}'],
    ['a SIP address', '{"callerIdNumber":"sip:desk@example.com"}'],
    ['an extension', '{"callerIdNumber":"+13175550100","extension":"12"}'],
    ['another member bound for callerId', '{"callerIdNumber":"+13175550100"}',
      ',"fromAddress":"+13175550111"'],
  ].map(([what, from, beside = '']): FixRow => ({
    name: `from: callerIdNumber stays with ${what}`,
    body: `{"from":${from}${beside},"phoneNumber":"+13175550142"}`,
    fixed: `{"from":${from}${beside},"phoneNumber":"+13175550142"}`,
  })),
  {
    name: 'from: a "type": "agent" beside a number is not translated',
    body: '{"from":{"address":"+31655500142","type":"agent"},"phoneNumber":"+13175550142"}',
    fixed: '{"from":{"address":"+31655500142","type":"agent"},"phoneNumber":"+13175550142"}',
  },
  {
    name: 'to: a shape with a name beside its number would lose the name, so it stays',
    body: '{"to":{"address":"+13175550142","name":"Sam"}}',
    fixed: '{"to":{"address":"+13175550142","name":"Sam"}}',
  },
  {
    name: 'to: untyped id stays (user or queue?)',
    body: `{"to":{"id":"${USER}"}}`,
    fixed: `{"to":{"id":"${USER}"}}`,
  },
  {
    name: 'to: stays when the real member is there already',
    body: '{"phoneNumber":"+13175550142","to":"+13175550100"}',
    fixed: '{"phoneNumber":"+13175550142","to":"+13175550100"}',
  },
  {
    name: 'to: stays when another target is set',
    body: `{"callUserId":"${USER}","to":"+13175550100"}`,
    fixed: `{"callUserId":"${USER}","to":"+13175550100"}`,
  },
  // unknown-field: fixed replacements and case-only names
  {
    // Beside a call's own member: {"userId": ...} alone is a whole replace-agent body, not fixed.
    name: 'userId renamed to callUserId',
    body: `{"userId":"${USER}","label":"x"}`,
    fixed: `{"callUserId":"${USER}","label":"x"}`,
  },
  {
    name: 'a case-only near miss is renamed',
    body: `{"callUserID":"${USER}"}`,
    fixed: `{"callUserId":"${USER}"}`,
  },
  {
    name: 'userId with a placeholder stays (callUserId would be invalid-uuid)',
    body: '{"userId":"USER_ID"}',
    fixed: '{"userId":"USER_ID"}',
  },
  {
    name: 'a call\'s queueId stays (callQueueId or callFromQueueId?)',
    body: `{"queueId":"${QUEUE}"}`,
    fixed: `{"queueId":"${QUEUE}"}`,
  },
  {
    // Renaming the first would let key order choose which number is called.
    name: 'two members for one real target: neither is renamed',
    body: '{"address":"+13175550142","number":"+13175550100"}',
    fixed: '{"address":"+13175550142","number":"+13175550100"}',
  },
  {
    name: 'two members for one real name that is no target: neither is renamed',
    endpoint: 'send-digits',
    body: '{"dtmf":"12","tones":"34"}',
    fixed: '{"dtmf":"12","tones":"34"}',
  },
  {
    name: 'one member for a real name: renamed',
    endpoint: 'send-digits',
    body: '{"dtmf":"12"}',
    fixed: '{"digits":"12"}',
  },
  {
    name: 'a callback number goes into a one-item list',
    endpoint: 'create-callback',
    body: `{"queueId":"${QUEUE}","phoneNumber":"+13175550142"}`,
    fixed: `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"]}`,
  },
  {
    name: 'a rename the re-lint rejects: address takes only ids on callback-replace',
    endpoint: 'callback-replace',
    body: '{"phoneNumber":"+13175550142"}',
    fixed: '{"phoneNumber":"+13175550142"}',
  },
  // unknown-field: removals
  {
    name: 'type removed as the first member, the next line keeps its indentation',
    body: '{\n  "type": "CALL",\n  "phoneNumber": "+13175550142"\n}\n',
    fixed: '{\n  "phoneNumber": "+13175550142"\n}\n',
  },
  {
    name: 'mediaType removed as the last member, with its comma',
    body: '{\r\n  "phoneNumber": "+13175550142",\r\n  "mediaType": "audio"\r\n}',
    fixed: '{\r\n  "phoneNumber": "+13175550142"\r\n}',
  },
  {
    name: 'addressType removed in the middle of a compact body',
    body: '{"phoneNumber":"+13175550142","addressType":"PHONE","callerIdName":"Desk"}',
    fixed: '{"phoneNumber":"+13175550142","callerIdName":"Desk"}',
  },
  {
    name: 'type holding a number stays: it may be the party meant',
    body: '{"phoneNumber":"+13175550142","type":"+13175550199"}',
    fixed: '{"phoneNumber":"+13175550142","type":"+13175550199"}',
  },
  {
    name: 'type holding an object stays',
    body: '{"phoneNumber":"+13175550142","type":{"address":"+13175550199","type":"phone"}}',
    fixed: '{"phoneNumber":"+13175550142","type":{"address":"+13175550199","type":"phone"}}',
  },
  {
    name: 'mediaType holding a list stays',
    body: '{"phoneNumber":"+13175550142","mediaType":[{"phoneNumber":"+13175550199"}]}',
    fixed: '{"phoneNumber":"+13175550142","mediaType":[{"phoneNumber":"+13175550199"}]}',
  },
  {
    name: 'type holding a queue id beside a consult target stays',
    endpoint: 'consult-agent',
    body: `{"speakTo":"DESTINATION","userId":"${USER}","type":{"queueId":"${QUEUE}"}}`,
    fixed: `{"speakTo":"DESTINATION","userId":"${USER}","type":{"queueId":"${QUEUE}"}}`,
  },
  {
    name: 'mediaType naming other media stays (a callback was perhaps meant)',
    body: '{"phoneNumber":"+13175550142","mediaType":"callback"}',
    fixed: '{"phoneNumber":"+13175550142","mediaType":"callback"}',
  },
  {
    name: 'mediaType naming a medium not in the list of voice words stays',
    body: '{"phoneNumber":"+13175550142","mediaType":"whatsapp","type":"text message"}',
    fixed: '{"phoneNumber":"+13175550142","mediaType":"whatsapp","type":"text message"}',
  },
  ...KIND_CLASHES.map(([endpoint, where, body]) => ({
    name: `a type that contradicts the party stays, and so does the party: ${where} (${endpoint})`,
    endpoint,
    body,
    fixed: body,
  })),
  ...KIND_AGREEMENTS.map(([body, fixed]) => ({
    name: `a kind word that agrees does not stop the move: ${body}`, body, fixed,
  })),
  ...NO_PARTIES.map(([body, fixed]) => ({
    name: `a member holding no party is fixed beside a kind word: ${body}`, body, fixed,
  })),
  {
    name: 'a type that contradicts the target stays: "agent" beside a number',
    body: `{"phoneNumber":"+13175550142","type":"agent","addressType":"PSTN"}`,
    fixed: `{"phoneNumber":"+13175550142","type":"agent"}`,
  },
  {
    name: 'a type that contradicts the target stays: "phone" beside a user',
    body: `{"callUserId":"${USER}","type":"phone","mediaType":"Voice"}`,
    fixed: `{"callUserId":"${USER}","type":"phone"}`,
  },
  {
    name: 'a type that is the only member stays: removing it would leave {}',
    body: '{\n  "type": "phone"\n}\n',
    fixed: '{\n  "type": "phone"\n}\n',
  },
  {
    name: 'type and mediaType as the only members both stay',
    body: '{"type":"phone","mediaType":"audio"}',
    fixed: '{"type":"phone","mediaType":"audio"}',
  },
  // unknown-field: two unknown members that would each become the target
  {
    name: 'to beside an invented userId: neither is fixed, whichever comes first',
    body: `{"to":{"phoneNumber":"+13175550142"},"userId":"${USER}"}`,
    fixed: `{"to":{"phoneNumber":"+13175550142"},"userId":"${USER}"}`,
  },
  {
    name: 'an invented userId before to: neither is fixed',
    body: `{"userId":"${USER}","to":{"phoneNumber":"+13175550142"}}`,
    fixed: `{"userId":"${USER}","to":{"phoneNumber":"+13175550142"}}`,
  },
  {
    name: 'a case-only PhoneNumber beside an invented userId: neither is fixed',
    body: `{"PhoneNumber":"+13175550142","userId":"${USER}"}`,
    fixed: `{"PhoneNumber":"+13175550142","userId":"${USER}"}`,
  },
  // repeated keys
  {
    name: 'to holding a repeated key stays: the fix would keep only the last number',
    body: '{\n  "to": {"phoneNumber": "+13175550142", "phoneNumber": "+13175550199"}\n}\n',
    fixed: '{\n  "to": {"phoneNumber": "+13175550142", "phoneNumber": "+13175550199"}\n}\n',
  },
  {
    name: 'a participant\'s to holding a repeated key stays',
    body: '{"participants":[{"to":{"phoneNumber":"+13175550142","phoneNumber":"+13175550199"}}]}',
    fixed: '{"participants":[{"to":{"phoneNumber":"+13175550142","phoneNumber":"+13175550199"}}]}',
  },
  // Found by a randomised check of the phone fixes: each rewrote the number dialled.
  ...([
    ['a kept trunk 0 is not dropped when a note follows', undefined, '+49 (0)30 1234567 (22)'],
    ['a national number with a note is not made E.164', 'DE', '030 1234567 (22)'],
    ['a national number with a short group after a dash stays', 'DE', '030 1234567 - 22'],
    ['no E.164 form longer than 15 digits', 'DE', '0700966512645173'],
    ['a service prefix is no trunk prefix (UK relay)', 'GB', '18002 020 7946 0958'],
  ] as const).map(([name, country, value]) => ({
    name: `non-e164: ${name}`,
    ...(country ? { country } : {}),
    body: JSON.stringify({ phoneNumber: value }),
    fixed: JSON.stringify({ phoneNumber: value }),
  })),
  {
    name: 'non-e164: a carrier code is no trunk prefix (Brazil); only separators go',
    country: 'BR',
    body: '{"phoneNumber":"0 21 11 91234 5678"}',
    fixed: '{"phoneNumber":"02111912345678"}',
  },
  {
    name: 'non-e164: Australia\'s 1831 (withhold caller id) is kept; only separators go',
    body: '{"phoneNumber":"+61 1831 2 9876 5432"}',
    fixed: '{"phoneNumber":"+611831298765432"}',
  },
  {
    name: 'non-e164: an international prefix and country code are read as such',
    country: 'GB',
    body: '{"phoneNumber":"0044 20 7946 0958"}',
    fixed: '{"phoneNumber":"+442079460958"}',
  },
  {
    name: 'a BOM is kept',
    body: '\uFEFF{"type":"CALL","phoneNumber":"+13175550142"}',
    fixed: '\uFEFF{"phoneNumber":"+13175550142"}',
  },
  {
    name: 'a body with a syntax error is returned as it is',
    body: '{"to": "+13175550142",}',
    fixed: '{"to": "+13175550142",}',
  },
  // not-an-object: a body (or member) encoded twice is decoded once; the spaces, line break and
  // BOM around it stay, and what the object holds is then fixed as any body is.
  {
    name: 'not-an-object: a body encoded twice is the object it holds',
    body: '\uFEFF  "{\\"phoneNumber\\":\\"+1 317 555 0142\\"}"\r\n',
    fixed: '\uFEFF  {"phoneNumber":"+13175550142"}\r\n',
  },
  {
    name: 'not-an-object: a destination encoded twice is the object it holds',
    endpoint: 'consult',
    body: '{"speakTo":"BOTH","destination":"{\\"address\\": \\"+13175550142\\"}"}',
    fixed: '{"speakTo":"BOTH","destination":{"address":"+13175550142"}}',
  },
  {
    name: 'not-an-object: not decoded when the object holds an error of its own',
    body: '"{\\"to\\":\\"+13175550142\\"}"',
    fixed: '"{\\"to\\":\\"+13175550142\\"}"',
  },
  {
    name: 'not-an-object: not decoded when a number would be written otherwise',
    body: '"{\\"callQueueId\\":\\"2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b\\",\\"priority\\":5.0}"',
    fixed: '"{\\"callQueueId\\":\\"2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b\\",\\"priority\\":5.0}"',
  },
  {
    name: 'not-an-object: decoded with its numbers as written',
    body: '"{\\"callQueueId\\":\\"2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b\\",\\"priority\\":-5}"',
    fixed: '{"callQueueId":"2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b","priority":-5}',
  },
  {
    name: 'not-an-object: not decoded when its text names a member twice',
    body: '"{\\"phoneNumber\\":\\"+13175550142\\",\\"phoneNumber\\":\\"+13175550143\\"}"',
    fixed: '"{\\"phoneNumber\\":\\"+13175550142\\",\\"phoneNumber\\":\\"+13175550143\\"}"',
  },
  // wrong-type: a list encoded twice is decoded once, under the same conditions (which
  // test/rules/wrong-type.test.ts shows keep the string).
  {
    name: 'wrong-type: participants encoded twice are the list they hold',
    endpoint: 'add-participants',
    body: `{${START},"participants":"[{\\"address\\":\\"+1 317 555 0100\\"}]"}`,
    fixed: `{${START},"participants":[{"address":"+13175550100"}]}`,
  },
  {
    name: 'wrong-type: a participant encoded twice is the one item of the list',
    endpoint: 'add-participants',
    body: `{${START},"participants":"{\\"address\\":\\"+1 317 555 0100\\"}"}`,
    fixed: `{${START},"participants":[{"address":"+13175550100"}]}`,
  },
  {
    name: 'wrong-type: decoded with its numbers as written',
    endpoint: 'create-callback',
    body: scoredCallback(JSON.stringify(`[${AGENT}]`)),
    fixed: scoredCallback(`[${AGENT}]`),
  },
];

function optionsOf(row: Pick<FixRow, 'endpoint' | 'country' | 'rules'>): LintOptions {
  return {
    ...(row.endpoint === undefined ? {} : { endpoint: row.endpoint }),
    ...(row.country === undefined ? {} : { defaultCountry: row.country }),
    ...(row.rules === undefined ? {} : { rules: row.rules }),
  };
}

describe('fixText', () => {
  test.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = fixText(row.body, optionsOf(row));
    expect(result.output).toBe(row.fixed);
    expectSafe(row.body, result, optionsOf(row));
  });
});

/** Errors as "rule pointer", which lint-text.ts keeps unique. */
function errorKeys(result: LintResult): string[] {
  return result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.pointer}`);
}

/**
 * What every fix must keep: no error that was not there, so never more errors and never a valid
 * body made invalid; and every byte outside the edited spans as it was, with no line break
 * written (so indentation and line endings come only from the original).
 */
function expectSafe(input: string, result: FixResult, options: LintOptions): void {
  const before = lintText(input, options);
  const after = lintText(result.output, options);
  expect(errorKeys(after).filter((key) => !errorKeys(before).includes(key))).toEqual([]);
  expect(after.errorCount).toBeLessThanOrEqual(before.errorCount);
  if (before.errorCount === 0) expect(after.errorCount).toBe(0);
  // What fixing left offers no fix: the fixer would leave it again.
  expect(after.findings.map(({ fix: _fix, ...finding }) => finding)).toEqual(result.result.findings);
  expect(result.result.findings.filter((f) => f.fix !== undefined)).toEqual([]);

  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  expect(result.output.startsWith(bom)).toBe(true);
  let text = input.slice(bom.length);
  for (const pass of result.passes) {
    const edits = [...pass.edits].sort((a, b) => a.offset - b.offset);
    let rebuilt = '';
    let at = 0;
    for (const edit of edits) {
      expect(edit.offset).toBeGreaterThanOrEqual(at);
      expect(edit.content).not.toMatch(/[\r\n]/);
      rebuilt += text.slice(at, edit.offset) + edit.content;
      at = edit.offset + edit.length;
    }
    text = rebuilt + text.slice(at);
  }
  expect(bom + text).toBe(result.output);
  if (result.passes.length === 0) expect(result.output).toBe(input);
}

interface Fixture {
  id: string;
  body: string;
  endpoint: string;
}

function fixturesIn(folder: string, prefix: string): Fixture[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.expect.json'))
    .sort()
    .map((name) => {
      const base = name.replace(/\.expect\.json$/, '');
      return {
        id: `${prefix}${base}`,
        body: readFileSync(join(folder, `${base}.json`), 'utf8'),
        endpoint: readSidecar(join(folder, name)).endpoint,
      };
    });
}

const ENDPOINT_FIXTURES = join(FIXTURES, 'endpoints');
const FIXTURES_ALL: Fixture[] = [
  ...fixturesIn(CASES, ''),
  ...readdirSync(ENDPOINT_FIXTURES).sort()
    .flatMap((folder) => fixturesIn(join(ENDPOINT_FIXTURES, folder), `${folder}/`)),
];

describe('every fixture, fixed', () => {
  test('the fixtures are all there', () => {
    expect(FIXTURES_ALL.length).toBeGreaterThan(150);
  });

  // With and without a default country, since the non-e164 fix needs one.
  const runs = FIXTURES_ALL.flatMap((f) => [[f.id, '', f] as const, [f.id, 'US', f] as const]);
  test.each(runs)('%s %s: no new error, bytes outside edits unchanged', (_id, country, f) => {
    const options = optionsOf({ endpoint: f.endpoint, ...(country ? { country } : {}) });
    const result = fixText(f.body, options);
    expectSafe(f.body, result, options);
    expectOffersKept(f.body, result, options);
    // A second run finds nothing more to do.
    expect(fixText(result.output, options).output).toBe(result.output);
  });
});

describe('a finding shown as fixable is fixed', () => {
  test.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    expectOffersKept(row.body, fixText(row.body, optionsOf(row)), optionsOf(row));
  });
});

/**
 * A finding that plain lint shows as fixable is gone after fixing: its own fix was applied, or
 * another fix at the same place did the same (non-e164's E.164 form drops the separators too).
 */
function expectOffersKept(input: string, result: FixResult, options: LintOptions): void {
  const offered = lintText(input, options).findings.filter((f) => f.fix !== undefined)
    .map((f) => `${f.ruleId} ${f.pointer}`);
  const left = new Set(result.result.findings.map((f) => `${f.ruleId} ${f.pointer}`));
  expect(offered.filter((key) => left.has(key))).toEqual([]);
}

// Decided from the fixes' conditions, before running them; each line says why.
const BECOME_ERROR_FREE: Array<[string, string]> = [
  ['calls-addresstype-phonenumber', 'to and from hold one +49 number each; from is strict E.164'],
  ['calls-to-array-tel-type-phone', 'to is a one-item list of a typed tel: number; nothing else'],
  ['calls-to-from-tel-objects', 'tel: numbers; +18005550177 is strict E.164 for callerId'],
  ['add-participants/invalid-participant-phonenumber', 'Participant phoneNumber -> address'],
  ['bulk-update-callbacks/invalid-callbacks-member', 'callbacks -> patchCallbackRequests'],
  ['call-command/invalid-phonenumber-member', 'phoneNumber -> callNumber'],
  ['call-recording-state/invalid-state-member', 'state -> recordingState, PAUSED'],
  ['consult-agent/invalid-agentid-member', 'agentId -> userId, a UUID'],
  ['consult-external/invalid-phonenumber-member', 'phoneNumber -> address'],
  ['consult-external-contact/invalid-externalcontactid-member', 'externalContactId -> contactId'],
  ['create-participant-callback/invalid-phonenumber-member', 'phoneNumber -> callbackNumbers [..]'],
  ['replace-agent/invalid-agentid-member', 'agentId -> userId'],
  ['send-digits/invalid-dtmf-member', 'dtmf -> digits'],
  ['set-uui-data/invalid-uui-member', 'uui -> uuiData'],
  ['transfer/invalid-phonenumber-member', 'phoneNumber -> address'],
  ['update-call/invalid-status-member', 'status -> state; "disconnected" is what it takes'],
  ['update-callback/invalid-userid-member', 'userId -> agentId'],
  ['update-conference/invalid-conversationid-member', 'conversationId -> ["..."] in conversationIds'],
  ['wrapup/invalid-wrapupcode-member', 'wrapupCode -> code'],
];

const BECOME_FINDING_FREE: Array<[string, string]> = [
  ['calls-phonenumber-tel-prefix', 'uri-address: tel: dropped'],
  ['consult-lowercase-speakto-tutorial', 'enum-case: DESTINATION'],
  ['call-recording-state/valid-lowercase', 'enum-case: PAUSED'],
  ['consult-address/valid-formatted-number', 'phone-formatting: +13175550142'],
  ['consult-external-contact/valid-phonetype-case', 'enum-case: CellPhone'],
  ['replace-external/valid-tel-uri', 'uri-address: tel: dropped'],
  ['update-call/valid-state-capitalised', 'enum-case: disconnected'],
  ['update-consult/valid-lowercase', 'enum-case: CONFERENCE'],
];

// Left with errors on purpose: the fix would have to guess or drop something.
const KEEP_ERRORS: Array<[string, string]> = [
  ['calls-mediatype-audio', 'from +15550119 is too short for callerId; to and mediaType are fixed'],
  ['calls-from-type-agent', 'from has "type": "agent" beside a number'],
  ['calls-to-address-routingdata-ruby', 'to carries a name and customerData; routingData is a move'],
  ['calls-participants-nested-to-from', 'a participant\'s from has no real member'],
  ['calls-forum-smart-quotes', 'does not parse'],
];

function fixture(id: string): Fixture {
  const found = FIXTURES_ALL.find((f) => f.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

describe('fixtures --fix makes clean', () => {
  test.each(BECOME_ERROR_FREE)('%s has no error after fixing (%s)', (id) => {
    const f = fixture(id);
    expect(lintText(f.body, { endpoint: f.endpoint }).errorCount).toBeGreaterThan(0);
    expect(fixText(f.body, { endpoint: f.endpoint }).result.errorCount).toBe(0);
  });

  test.each(BECOME_FINDING_FREE)('%s has no finding after fixing (%s)', (id) => {
    const f = fixture(id);
    expect(lintText(f.body, { endpoint: f.endpoint }).findings.length).toBeGreaterThan(0);
    expect(fixText(f.body, { endpoint: f.endpoint }).result.findings).toEqual([]);
  });

  test.each(KEEP_ERRORS)('%s keeps an error (%s)', (id) => {
    const f = fixture(id);
    expect(fixText(f.body, { endpoint: f.endpoint }).result.errorCount).toBeGreaterThan(0);
  });

  test('calls-mediatype-audio loses to and mediaType, keeps from', () => {
    const f = fixture('calls-mediatype-audio');
    expect(fixText(f.body, { endpoint: f.endpoint }).output).toBe(
      '{\n  "phoneNumber": "+15550143",\n  "from": {\n    "phoneNumber": "+15550119"\n  }\n}',
    );
  });
});

describe('--fix and --fix-dry-run', () => {
  const work = mkdtempSync(join(tmpdir(), 'gcl-fix-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const INVALID =
    '{\r\n\t"to": {"phoneNumber": "tel:+13175550142"},\r\n\t"mediaType": "audio"\r\n}\r\n';
  const FIXED = '{\r\n\t"phoneNumber": "+13175550142"\r\n}\r\n';
  const BROKEN = '{"to": "+13175550142",}';
  /** A fresh folder holding the given files, so tests can list what is left in it. */
  const folderWith = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(work, 'case-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  test('--fix rewrites the file atomically: mode kept, no temporary file left', async () => {
    const dir = folderWith({ 'body.json': INVALID });
    chmodSync(join(dir, 'body.json'), 0o640);
    const run = await runCli(['--no-config', '--fix', 'body.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'body.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['body.json']);
    expect(run.stdout).toMatch(/1 body checked, no problems/);
  });

  // Offered no fix, a "from" written with the call's caller members stayed as it was.
  test('--fix moves a "from" of callerIdNumber and callerIdName into their members', async () => {
    const body = '{\n  "phoneNumber": "+13175550142",\n  "from": {"callerIdNumber": ' +
      '"+13175550100", "callerIdName": "Sales"}\n}\n';
    const dir = folderWith({ 'body.json': body });
    const shown = await runCli(['--no-config', 'body.json'], { cwd: dir });
    expect(shown.stdout).toMatch(/unknown-field \(fixable\)/);
    const run = await runCli(['--no-config', '--fix', 'body.json'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, expect.stringMatching(/no problems/)]);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe('{\n  "phoneNumber": ' +
      '"+13175550142",\n  "callerId": "+13175550100",\n  "callerIdName": "Sales"\n}\n');
  });

  test('--fix reports what is left and exits by it', async () => {
    const body = '{"to":"+13175550142","from":{"phoneNumber":"+15550119"}}';
    const dir = folderWith({ 'body.json': body });
    const run = await runCli(['--no-config', '--fix', '-f', 'json', 'body.json'], { cwd: dir });
    expect(run.code).toBe(1);
    type Report = { results: Array<{ findings: Array<{ pointer: string }> }> };
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results[0]!.findings.map((f) => f.pointer)).toEqual(['/from']);
    expect(readFileSync(join(dir, 'body.json'), 'utf8'))
      .toBe('{"phoneNumber":"+13175550142","from":{"phoneNumber":"+15550119"}}');
  });

  test('--fix follows a symbolic link and keeps it a link', async () => {
    const dir = folderWith({ 'target.json': INVALID });
    symlinkSync('target.json', join(dir, 'link.json'));
    const run = await runCli(['--no-config', '--fix', 'link.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe(FIXED);
  });

  test('an empty path is refused, not read as the working folder and fixed whole', async () => {
    const dir = folderWith({ 'body.json': INVALID });
    const run = await runCli(['--no-config', '--fix', ''], { cwd: dir });
    expect(run.stderr).toContain('genesys-call-lint: "": an empty path names no file; nothing was read for it');
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(INVALID);
    const { results, failures } = await lintFiles([''], { cwd: dir, config: false });
    expect([results.length, failures.map((f) => f.file)]).toEqual([0, ['""']]);
  });

  test('--fix keeps a hard link a link: every name shows the fixed text', async () => {
    const dir = folderWith({ 'body.json': INVALID });
    linkSync(join(dir, 'body.json'), join(dir, 'other-name.json'));
    const run = await runCli(['--no-config', '--fix', 'body.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'other-name.json'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'body.json')).nlink).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['body.json', 'other-name.json']);
  });

  // A save between --fix's read and its write must win. The bytes "read" are handed in, stale,
  // where the run would have read the file: no timing, the same check as a real race meets.
  const EDITED = INVALID.replace('"audio"', '"video"');
  test.each([
    ['renamed over', 1],
    ['written in place (a hard link)', 2],
  ])('writeAtomically leaves a file that changed since it was read as it is: %s', async (_how, names) => {
    const dir = folderWith({ 'body.json': EDITED });
    if (names === 2) linkSync(join(dir, 'body.json'), join(dir, 'other-name.json'));
    const stale = new TextEncoder().encode(INVALID);
    const writing = writeAtomically(join(dir, 'body.json'), FIXED, stale);
    await expect(writing).rejects.toBeInstanceOf(ChangedSinceReadError);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(EDITED);
    expect(readdirSync(dir).length).toBe(names);
  });

  test('--fix reports a file that changed since it was read as not fixed, keeping the edit', async () => {
    const dir = folderWith({ 'body.json': EDITED });
    const failures: InputFailure[] = [];
    const handlers: InputHandlers = {
      lintOptions: (file) => ({ filePath: file }),
      onResult: async () => undefined,
      onFailure: (failure) => failures.push(failure),
      onSkipped: () => undefined,
    };
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir };
    const bytes = new TextEncoder().encode(INVALID);
    const input = { path: join(dir, 'body.json'), bytes, name: 'body.json', format: undefined,
      endpoint: undefined };
    await createFixRun('write', io).lintInput(input, handlers);
    expect(failures).toEqual([{
      file: 'body.json',
      message: 'not fixed: it changed after it was read (saved by an editor or another program), ' +
        'and its new content was left as it is',
      isWrite: true,
      hint: 'Run --fix again on it to fix the content it holds now.',
    }]);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(EDITED);
    // A write failure is an input failure, and the table gives it exit 2.
    expect(exitCodeFor({ errorCount: 0, warningCount: 0, inputFailures: failures.length })).toBe(2);
  });

  // A rename goes through wherever the folder is writable, whatever the file's own mode says.
  // Permissions do not bind root, so as root the run is made as nobody, in a folder open to all.
  const asNobody = (args: string[], cwd: string) => {
    const node = [process.execPath, BIN, '--no-config', ...args];
    return process.getuid?.() === 0
      ? spawnSync('runuser', ['-u', 'nobody', '--', ...node], { cwd, encoding: 'utf8' })
      : spawnSync(node[0]!, node.slice(1), { cwd, encoding: 'utf8' });
  };

  test('--fix leaves a read-only file alone, though its folder would let a rename through', () => {
    const dir = folderWith({ 'locked.json': INVALID });
    chmodSync(work, 0o755);
    chmodSync(dir, 0o777);
    if (process.getuid?.() === 0) chownSync(join(dir, 'locked.json'), nobody(), nobody());
    chmodSync(join(dir, 'locked.json'), 0o444);
    const run = asNobody(['--fix', 'locked.json'], dir);
    expect(run.stderr).toContain('locked.json: could not be rewritten (EACCES); it was left as it was');
    // It was read and linted: the summary says it could not be written, not read.
    expect(run.stdout).toMatch(/in 1 body checked, 1 file could not be rewritten\n$/);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'locked.json'), 'utf8')).toBe(INVALID);
  });

  // Needs a file owned by someone else than the user running it: root makes one for nobody. The
  // file is root's and writable by all. In a folder open to all, nobody cannot give the temporary
  // file root as its owner; in one only root may write, there is no room for it. Either way the
  // file is written in place, and its owner stays root.
  (process.getuid?.() === 0 ? test.each : test.skip.each)([
    ['a folder open to all', 0o777], ['a folder only root may write', 0o755],
  ])('--fix writes a root file nobody may write, in %s, keeping its owner', (_name, folderMode) => {
    chmodSync(work, 0o755);
    const dir = folderWith({ 'shared.json': INVALID });
    chmodSync(dir, folderMode);
    chmodSync(join(dir, 'shared.json'), 0o666);
    const run = asNobody(['--fix', 'shared.json'], dir);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'shared.json'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'shared.json')).uid).toBe(0);
    expect(readdirSync(dir)).toEqual(['shared.json']);
  });

  test('--fix never touches a file with a syntax error', async () => {
    const dir = folderWith({ 'broken.json': BROKEN });
    const before = statSync(join(dir, 'broken.json'));
    const run = await runCli(['--no-config', '--fix', 'broken.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/syntax-error/);
    expect(readFileSync(join(dir, 'broken.json'), 'utf8')).toBe(BROKEN);
    expect(statSync(join(dir, 'broken.json')).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  test('--fix-dry-run prints a unified diff and changes nothing (binary)', async () => {
    const dir = folderWith({ 'body.json': INVALID, 'clean.json': FIXED });
    const run = await spawnCli(['--no-config', '--fix-dry-run', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '--- a/body.json\n+++ b/body.json\n@@ -1,4 +1,3 @@\n {\r\n' +
      '-\t"to": {"phoneNumber": "tel:+13175550142"},\r\n-\t"mediaType": "audio"\r\n' +
      '+\t"phoneNumber": "+13175550142"\r\n }\r\n',
    );
    // The report, about the bodies as fixed, goes to stderr.
    expect(run.stderr).toMatch(/2 bodies checked, no problems/);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(INVALID);
    expect(readdirSync(dir).sort()).toEqual(['body.json', 'clean.json']);
  });

  // A file named "-" is shown as "./-"; git apply refused "a/./-" as an invalid path.
  test('--fix-dry-run output applies with patch -p1 and git apply, also for a name with a space ' +
    'or a file named -', async () => {
    const dir = folderWith({ 'my body.json': INVALID, 'plain.json': INVALID, '-': INVALID });
    const run = await spawnCli(['--no-config', '--fix-dry-run', '.', './-'], { cwd: dir });
    expect(run.stdout).toContain('--- a/my body.json\t\n+++ b/my body.json\t\n');
    expect(run.stdout).toContain('--- a/plain.json\n+++ b/plain.json\n');
    expect(run.stdout).toContain('--- a/-\n+++ b/-\n');
    writeFileSync(join(dir, 'fixes.diff'), run.stdout);
    spawnSync('git', ['init', '-q', '.'], { cwd: dir });
    expect(spawnSync('git', ['apply', '--check', 'fixes.diff'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    const applied = spawnSync('patch', ['-p1', '-i', 'fixes.diff'], { cwd: dir, encoding: 'utf8' });
    expect(applied.status).toBe(0);
    expect(readFileSync(join(dir, 'my body.json'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'plain.json'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, '-'), 'utf8')).toBe(FIXED);
  });

  test('--fix-dry-run names a file outside the cwd by absolute path, with a note on how to apply', async () => {
    const dir = folderWith({ 'top.json': INVALID });
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'inside.json'), INVALID);
    const top = join(dir, 'top.json');
    for (const named of ['../top.json', top]) {
      const run = await spawnCli(['--no-config', '--fix-dry-run', named], { cwd: sub });
      expect(run.stdout).toContain(`--- ${top}\n+++ ${top}\n`);
      expect(run.stderr).toContain('the diff names a file outside the current folder by absolute path ' +
        `(${top}), which git apply and patch -p1 cannot apply: apply it from the root folder, ` +
        '(cd / && patch -p0) < fixes.patch');
      writeFileSync(join(dir, 'fixes.patch'), run.stdout);
    }
    // What the note says works: GNU patch takes the absolute name from the root folder.
    const applied = spawnSync('sh', ['-c', '(cd / && patch -p0) < fixes.patch'], { cwd: dir, encoding: 'utf8' });
    expect([applied.status, applied.stdout]).toEqual([0, `patching file ${top}\n`]);
    expect(readFileSync(top, 'utf8')).toBe(FIXED);
    // Mixed with a file below the cwd: from the root, its a/ name would not be found.
    writeFileSync(top, INVALID);
    const mixed = await spawnCli(['--no-config', '--fix-dry-run', '../top.json', 'inside.json'], { cwd: sub });
    expect(mixed.stdout).toContain('--- a/inside.json\n');
    expect(mixed.stderr).toContain('run --fix-dry-run from a folder that holds all the files');
    // Below the cwd there is nothing to say.
    const inside = await spawnCli(['--no-config', '--fix-dry-run', 'inside.json'], { cwd: sub });
    expect(inside.stderr).not.toContain('outside the current folder');
  });

  test('--fix-dry-run moves no number beside a kind word it does not know, and says why', async () => {
    const dir = folderWith({
      'callback.json': '{"to": {"type": "callback", "address": "+13175550142"}}\n',
      'pstn.json': '{"to": {"type": "PSTN", "address": "+13175550142"}}\n',
    });
    const run = await runCli(['--no-config', '--fix-dry-run', 'callback.json', 'pstn.json'],
      { cwd: dir });
    expect(run.stdout).not.toContain('callback.json');
    expect(run.stdout).toContain('--- a/pstn.json\n+++ b/pstn.json\n');
    expect(run.stdout).toContain('\n+{"phoneNumber": "+13175550142"}\n');
    expect(run.stderr).toContain('Not fixed for you: "type" is "callback", a word not known to ' +
      'name a kind of party');
    expect(run.code).toBe(1);
  });

  test('a "to" with two extensions is left as it is, and the report names both', async () => {
    const body = '{"to": {"number": "+13175550142", "extension": "12", "ext": "34"}}\n';
    const dir = folderWith({ 'ext.json': body });
    const run = await runCli(['--no-config', '--fix', '-f', 'json', 'ext.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'ext.json'), 'utf8')).toBe(body);
    const hints = (JSON.parse(run.stdout) as { results: Array<{ findings: Array<{
      rule: string; hint: string; }> }> }).results[0]!.findings.map((f) => [f.rule, f.hint]);
    const both = '"extension" "12" and "ext" "34" cannot be sent in this body';
    expect(hints).toEqual([['missing-target', expect.stringContaining(both)],
      ['unknown-field', expect.stringContaining(both)]]);
    expect(run.code).toBe(1);
  });

  test('--fix-dry-run keeps the 00 of a number a callback\'s "country" reads otherwise', async () => {
    const body = `{"queueId": "${QUEUE}", "callbackNumbers": ["00 549 11 2345 6789"], ` +
      '"country": "CO"}\n';
    const dir = folderWith({ 'callback.json': body });
    const run = await runCli(['--no-config', '--endpoint', 'create-callback', '--fix-dry-run',
      'callback.json'], { cwd: dir });
    expect(run.stdout).toContain(`\n+${body.replace('00 549 11 2345 6789', '005491123456789')}`);
    expect(run.stderr).toContain('or "+491123456789" if they are dialled in CO');
    expect(readFileSync(join(dir, 'callback.json'), 'utf8')).toBe(body);
  });

  test('--fix-dry-run shows the diff for stdin', async () => {
    const stdin = `{"userId":"${USER}","label":"x"}`;
    const run = await runCli(['--no-config', '--fix-dry-run', '-'], { stdin });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--- <stdin>\n\+\+\+ <stdin>\n@@ -1,1 \+1,1 @@\n-\{"userId"/);
    expect(run.stdout).toContain(`+{"callUserId":"${USER}","label":"x"}`);
  });

  test('--fix refuses stdin with a usage error', async () => {
    const run = await runCli(['--no-config', '--fix', '-'], { stdin: '{"userId":"x"}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fix rewrites files, and standard input is not one/);
    expect(run.stderr).toMatch(/--fix-dry-run/);
  });

  test('--fix and --fix-dry-run exclude each other', async () => {
    const run = await runCli(['--no-config', '--fix', '--fix-dry-run', 'x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exclude each other/);
  });

  test('captures are linted but never rewritten, and that is said once', async () => {
    const log = '{"phoneNumber":"tel:+13175550142"}\n{"speakTo":"x"}\n';
    const dir = folderWith({ 'a.ndjson': log, 'b.ndjson': log });
    const run = await runCli(['--no-config', '--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.ndjson'), 'utf8')).toBe(log);
    expect(run.stderr.match(/read but never rewritten/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/2 captures .*a\.ndjson, b\.ndjson/);
  });

  test('after --fix or --fix-dry-run, what is left never claims to be fixable', async () => {
    // "to" offers a fix, which the fixer does not apply: the body nests deeper than it goes.
    const body = `{"to":"+13175550142","x":${'['.repeat(300)}${']'.repeat(300)}}`;
    for (const mode of ['--fix', '--fix-dry-run']) {
      const dir = folderWith({ 'dup.json': body });
      const plain = await runCli(['--no-config', '-f', 'json', 'dup.json'], { cwd: dir });
      expect(plain.stdout).toContain('"fixable": true');
      const run = await runCli(['--no-config', mode, '-f', 'json', 'dup.json'], { cwd: dir });
      // A dry run keeps stdout for the diff and prints the report on stderr.
      const report = run.stdout + run.stderr;
      expect([mode, report.includes('"unknown-field"'), report.includes('fixable')])
        .toEqual([mode, true, false]);
      expect(readFileSync(join(dir, 'dup.json'), 'utf8')).toBe(body);
    }
  });

  test('plain lint offers no fix that --fix would refuse: none under a repeated key', async () => {
    const body = '{"userId":"8f1b4a6c-1234-4abc-9def-0123456789ab","userId":"8f1b4a6c-1234-4abc-9def-0123456789ac"}';
    const dir = folderWith({ 'dup.json': body });
    const run = await runCli(['--no-config', '-f', 'json', 'dup.json'], { cwd: dir });
    expect(run.stdout).toContain('"unknown-field"');
    expect(run.stdout).not.toContain('fixable');
    expect(lintText(body).findings.some((f) => f.fix !== undefined)).toBe(false);
  });

  test('a body nested too deeply to fix is reported as not fixed; the other files are fixed', async () => {
    const deep = `{"to":"+13175550142","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const dir = folderWith({ 'a.json': INVALID, 'deep.json': deep, 'z.json': INVALID });
    const run = await runCli(['--no-config', '--fix', '-f', 'compact', 'a.json', 'deep.json', 'z.json'],
      { cwd: dir });
    expect(run.stderr).toBe('genesys-call-lint: deep.json: not fixed: it nests 5001 levels deep, and ' +
      'fixes are applied only to bodies nested at most 256 levels; its findings are reported as they are\n');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'z.json'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'deep.json'), 'utf8')).toBe(deep);
    expect(run.stdout).toMatch(/^deep\.json:1:2: error .*\[unknown-field\]$/m);
    expect(run.code).toBe(1);
    expect(fixText(deep).notFixed).toContain('it nests 5001 levels deep');
  });

  test('JSON output marks fixable findings', async () => {
    const dir = folderWith({ 'body.json': '{"phoneNumber":"tel:+13175550142","priority":"high"}' });
    const run = await runCli(['--no-config', '-f', 'json', 'body.json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as {
      results: Array<{ findings: Array<{ rule: string; fixable?: boolean; fix?: string }> }>;
    };
    const byRule = Object.fromEntries(report.results[0]!.findings.map((f) => [f.rule, f]));
    expect(byRule['uri-address'])
      .toMatchObject({ fixable: true, fix: 'Send the number alone: "+13175550142".' });
    expect(byRule['wrong-type']!.fixable).toBeUndefined();
  });
});
