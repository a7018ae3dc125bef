// Records fixtures/captures/browser-recorded.har: a HAR written by a real browser (headless
// Chromium driven by playwright-core) while a page on loopback POSTs call bodies to a Genesys-style
// mock. Issue 3 asks for HAR input recorded by a browser rather than written by hand. The ordinary
// test run never starts a browser; run this only to re-record (`npm run record-har`).
//
// Needs Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download a
// browser on machines without network. Set CHROMIUM_PATH to use another binary.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(REPO_ROOT, 'fixtures', 'captures');
const HAR_PATH = join(OUT_DIR, 'browser-recorded.har');
const SIDECAR_PATH = join(OUT_DIR, 'browser-recorded.expect.json');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The server listens on an ephemeral port; the HAR gets this one instead so that re-recording
// does not change every URL, and the sidecar can name entries by URL. The log comment says so.
const RECORDED_PORT = 8080;

// Flags for a machine without network: no background traffic, no first-run or sync chatter.
// playwright-core gives every launch a fresh, temporary user-data-dir of its own.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Fictional ids (fresh random UUIDs, fixed here so the URLs stay the same between recordings).
const CONVERSATION_ID = '8abfc769-be69-49e4-ba01-ba11176ce386';
const PARTICIPANT_ID = '07331968-50c5-428e-abc5-b5db0075528c';
const OTHER_CONVERSATION_ID = 'de68902a-2419-4d07-b82e-ce33c195f181';
const OTHER_PARTICIPANT_ID = 'ac2e75b6-a402-4275-bd2a-c14849ada0ce';
const CALLBACK_QUEUE_ID = '3416916d-523d-4f93-9b23-fd83a3da0fcf';
const CALL_FROM_QUEUE_ID = 'b64c822f-c3c7-4a57-b244-c87376396ec3';

const CALLS = '/api/v2/conversations/calls';
const CALLBACKS = '/api/v2/conversations/callbacks';
const consultPath = (conversationId, participantId) =>
  `${CALLS}/${conversationId}/participants/${participantId}/consult`;

// What the page sends, in order. The page serialises each body itself with JSON.stringify, as
// apps do; `indent` makes one of them pretty-printed so in-body lines above 1 occur.
const REQUESTS = [
  { method: 'GET', path: '/api/v2/users/me' },
  { method: 'POST', path: CALLS, body: { phoneNumber: '+13175550142' } },
  {
    method: 'POST',
    path: CALLS,
    body: { to: { phoneNumber: '+13175550142' }, from: { phoneNumber: '+13175550100' } },
  },
  {
    method: 'POST',
    path: consultPath(CONVERSATION_ID, PARTICIPANT_ID),
    body: { speakTo: 'DESTINATION', destination: { address: '+13175550142' } },
  },
  {
    method: 'POST',
    path: consultPath(OTHER_CONVERSATION_ID, OTHER_PARTICIPANT_ID),
    body: { speakTo: 'destination', destination: '+13175550142' },
  },
  {
    method: 'POST',
    path: CALLBACKS,
    body: { callbackNumbers: ['+13175550142'], queueId: CALLBACK_QUEUE_ID },
  },
  {
    method: 'POST',
    path: CALLBACKS,
    body: { callbackNumbers: [13175550142], queueId: 'QUEUE_ID' },
  },
  {
    method: 'POST',
    path: CALLS,
    indent: 2,
    body: {
      participants: [{ address: '317-555-0143', name: 'Sample Customer' }],
      callFromQueueId: CALL_FROM_QUEUE_ID,
      callerId: '3175550100',
    },
  },
  {
    method: 'POST',
    path: '/api/v2/analytics/conversations/details/query',
    body: {
      interval: '2026-11-01T00:00:00.000Z/2026-11-02T00:00:00.000Z',
      order: 'asc',
      orderBy: 'conversationStart',
      paging: { pageSize: 25, pageNumber: 1 },
    },
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const E164 = /^\+[1-9]\d{1,14}$/;
const SPEAK_TO = ['DESTINATION', 'OBJECT', 'BOTH', 'CONFERENCE'];
const CREATE_CALL_MEMBERS = new Set([
  'phoneNumber', 'callerId', 'callerIdName', 'callFromQueueId', 'callQueueId', 'callUserId',
  'priority', 'languageId', 'routingSkillsIds', 'conversationIds', 'participants', 'uuiData',
  'externalContactId', 'label', 'attributes',
]);

/** A Genesys-style ErrorBody for a 400 of the mock. */
function badRequest(message, code = 'bad.request') {
  return [400, { message, code, status: 400, contextId: randomUUID(), details: [], errors: [] }];
}

// The mock checks only a few things per endpoint; it is scenery for the recording, not a linter.
function answerCreateCall(body) {
  const unknown = Object.keys(body).find((key) => !CREATE_CALL_MEMBERS.has(key));
  if (unknown) return badRequest(`Unrecognized field "${unknown}"`);

  if (body.callerId !== undefined && !E164.test(body.callerId)) {
    return badRequest('callerId must be an E.164 number', 'invalid.value');
  }

  const id = randomUUID();
  return [200, { id, selfUri: `${CALLS}/${id}` }];
}

function answerConsult(body) {
  if (!SPEAK_TO.includes(body.speakTo)) {
    return badRequest(`speakTo must be one of ${SPEAK_TO.join(', ')}`, 'invalid.value');
  }

  if (typeof body.destination !== 'object' || body.destination === null) {
    return badRequest('destination must be an object');
  }

  return [200, { destinationParticipantId: randomUUID() }];
}

function answerCreateCallback(body) {
  const numbers = body.callbackNumbers;
  const isTextList = Array.isArray(numbers) && numbers.every((n) => typeof n === 'string');
  if (!isTextList || numbers.length === 0) {
    return badRequest('callbackNumbers must be a non-empty list of strings');
  }

  if (!UUID.test(String(body.queueId))) return badRequest(`Invalid queueId "${body.queueId}"`);

  const id = randomUUID();
  return [
    200,
    {
      conversation: { id, selfUri: `/api/v2/conversations/${id}` },
      callbackIdentifiers: [{ type: 'EXTERNAL', id: randomUUID() }],
    },
  ];
}

/** Routes one API request of the page to its mock answer: [status, JSON body]. */
function answerApi(method, path, body) {
  if (method === 'GET' && path === '/api/v2/users/me') {
    const id = randomUUID();
    return [200, { id, name: 'Sample Agent', state: 'active', selfUri: `/api/v2/users/${id}` }];
  }

  if (method !== 'POST') return [404, { message: 'Not found', code: 'not.found', status: 404 }];
  if (body === undefined) return badRequest('The request body could not be parsed');
  if (path === CALLS) return answerCreateCall(body);
  if (/^\/api\/v2\/conversations\/calls\/[^/]+\/participants\/[^/]+\/consult$/.test(path)) {
    return answerConsult(body);
  }
  if (path === CALLBACKS) return answerCreateCallback(body);
  if (path === '/api/v2/analytics/conversations/details/query') {
    return [200, { conversations: [], totalHits: 0 }];
  }

  return [404, { message: `No resource at ${path}`, code: 'not.found', status: 404 }];
}

/** The page: sends REQUESTS one after the other, then sets window.recordingDone. */
function renderPage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>genesys-call-lint HAR recording</title>
<link rel="icon" href="data:,">
</head>
<body>
<p id="status">sending…</p>
<script>
const requests = ${JSON.stringify(REQUESTS)};

async function sendAll() {
  const statuses = [];
  for (const { method, path, body, indent } of requests) {
    const init = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body, null, indent);
    }
    const response = await fetch(path, init);
    await response.json();
    statuses.push(response.status);
  }
  return statuses;
}

sendAll().then(
  (statuses) => { window.recordingStatuses = statuses; },
  (error) => { window.recordingError = String(error); },
).finally(() => {
  document.getElementById('status').textContent = 'done';
  window.recordingDone = true;
});
</script>
</body>
</html>
`;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function handle(request, response) {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;

  if (request.method === 'GET' && path === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(renderPage());
    return;
  }

  const text = await readBody(request);
  const [status, answer] = answerApi(request.method, path, text ? parseJson(text) : undefined);
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(answer));
}

async function startServer() {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

/** Loads the page in a context that records rawHarPath; returns the HTTP statuses it saw. */
async function recordInBrowser(origin, rawHarPath) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  try {
    const context = await browser.newContext({ recordHar: { path: rawHarPath, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.recordingDone === true, null, { timeout: 30_000 });

    const error = await page.evaluate(() => window.recordingError);
    if (error) throw new Error(`the page failed to send its requests: ${error}`);

    const statuses = await page.evaluate(() => window.recordingStatuses);
    // Closing the context is what writes the HAR.
    await context.close();
    return statuses;
  } finally {
    await browser.close();
  }
}

/** Replaces the ephemeral port everywhere it occurs (URLs, Host/Origin/Referer, _serverPort). */
function normalisePort(har, port) {
  const text = JSON.stringify(har)
    .replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${RECORDED_PORT}`)
    .replaceAll(`"_serverPort":${port}`, `"_serverPort":${RECORDED_PORT}`);
  const normalised = JSON.parse(text);
  normalised.log.comment =
    'Recorded by test/har/record-har.mjs (npm run record-har) in headless Chromium against a ' +
    `loopback mock; the server's ephemeral port was replaced by ${RECORDED_PORT}.`;
  return normalised;
}

/** What the recorded HAR lacks of what the fixture promises; empty when it is usable. */
function checkHar(har, port) {
  const problems = [];
  if (har.log?.version !== '1.2') problems.push(`log.version is ${har.log?.version}, not 1.2`);

  const entries = har.log?.entries ?? [];
  const sent = entries.slice(1);
  if (sent.length !== REQUESTS.length) {
    problems.push(`${entries.length} entries; expected the page and ${REQUESTS.length} requests`);
  }

  REQUESTS.forEach((expected, i) => {
    const entry = sent[i];
    if (!entry) return;

    const { method, url, postData } = entry.request;
    const where = `entry ${i + 1} (${method} ${url})`;
    const isSameRequest = method === expected.method && new URL(url).pathname === expected.path;
    if (!isSameRequest) problems.push(`${where}: expected ${expected.method} ${expected.path}`);

    const { body, indent } = expected;
    const text = body === undefined ? undefined : JSON.stringify(body, null, indent);
    if (postData?.text !== text) problems.push(`${where}: postData.text is not the body sent`);
    if (!entry.response.content?.text) problems.push(`${where}: response content not embedded`);
  });

  const harText = JSON.stringify(har);
  const portLeft = new RegExp(`(127\\.0\\.0\\.1|localhost):${port}\\b|"_serverPort":${port}\\b`);
  if (portLeft.test(harText)) problems.push(`the ephemeral port ${port} is still in the HAR`);
  for (const local of [REPO_ROOT, tmpdir(), homedir()]) {
    if (harText.includes(local)) problems.push(`the HAR contains the local path ${local}`);
  }
  return problems;
}

/** Compares the recorded entries with the sidecar's indices, methods and URLs, if it exists. */
async function checkSidecar(har) {
  const sidecar = parseJson(await readFile(SIDECAR_PATH, 'utf8').catch(() => ''));
  if (!sidecar) return [`no sidecar at ${relative(process.cwd(), SIDECAR_PATH)}: write one`];

  const problems = [];
  for (const item of [...sidecar.entries, ...sidecar.skipped]) {
    const request = har.log.entries[item.index]?.request;
    if (request?.method !== item.method || request?.url !== item.url) {
      problems.push(`sidecar entry ${item.index} (${item.method} ${item.url}) is not in the HAR`);
    }
  }

  const covered = sidecar.entries.length + sidecar.skipped.length;
  if (covered !== har.log.entries.length) {
    problems.push(`the sidecar covers ${covered} entries; the HAR has ${har.log.entries.length}`);
  }
  return problems;
}

async function main() {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'record-har-'));
  const server = await startServer();
  const { port } = server.address();

  try {
    const rawHarPath = join(workDir, 'raw.har');
    const statuses = await recordInBrowser(`http://127.0.0.1:${port}`, rawHarPath);
    const har = normalisePort(JSON.parse(await readFile(rawHarPath, 'utf8')), port);

    const problems = checkHar(har, port);
    if (problems.length > 0) {
      throw new Error(`the recorded HAR is not usable:\n  ${problems.join('\n  ')}`);
    }

    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(HAR_PATH, `${JSON.stringify(har, null, 2)}\n`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const written = relative(process.cwd(), HAR_PATH);
    process.stderr.write(
      `wrote ${written}: ${har.log.entries.length} entries ` +
        `(statuses ${statuses.join(' ')}) in ${seconds} s\n`,
    );

    // A sidecar that names other entries would make the fixture test fail: say so, exit 1.
    const sidecarProblems = await checkSidecar(har);
    for (const problem of sidecarProblems) process.stderr.write(`record-har: ${problem}\n`);
    if (sidecarProblems.length > 0) process.exitCode = 1;
  } finally {
    server.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`record-har: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write(
    `Chromium is ${CHROMIUM_PATH} (set CHROMIUM_PATH to change it); on Debian install it with ` +
      '`apt-get install chromium`. The HAR was not rewritten.\n',
  );
  process.exitCode = 1;
}
