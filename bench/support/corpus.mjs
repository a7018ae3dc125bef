// Deterministic create-call bodies for the speed benchmark (issue 6). Body n depends on n alone,
// so every run and every machine lints the same bytes. Invalid bodies break the schema itself
// (not only our own rules), so that every tool in the comparison must flag exactly them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Bump when a body changes, so cached corpora in the temp folder are rebuilt.
const CORPUS_VERSION = 2;

const uuid = (n) => `9c6f5070-8b03-4726-beda-${String(n % 1e12).padStart(12, '0')}`;
const phone = (n) => `+1317555${String(n % 10000).padStart(4, '0')}`;

/** A valid body of about 300 bytes (pretty-printed); the target member varies with n. */
function validBody(n) {
  const target = [
    { phoneNumber: phone(n) },
    { callUserId: uuid(n) },
    { callQueueId: uuid(n) },
    { participants: [{ address: phone(n) }, { userId: uuid(n + 1) }] },
  ][n % 4];
  return {
    ...target,
    callerId: '+13175550100',
    callerIdName: 'Support line',
    callFromQueueId: uuid(n + 2),
    priority: n % 10,
    attributes: { ticket: `T-${n}`, region: 'us-east' },
    label: `batch-${n % 97}`,
  };
}

// Eight ways to break the schema: unknown member, wrong types, a fraction, a bad nested member,
// a list where an object belongs. Each is also an error for our linter.
const BREAKS = [
  (body) => { body.phonenumber = body.callerId; },
  (body) => { body.priority = String(body.priority); },
  (body) => { body.priority = 2.5; },
  (body) => { body.attributes = { ...body.attributes, retries: 3 }; },
  (body) => { body.routingSkillsIds = 'skill-1'; },
  (body) => { body.participants = [{ address: '+13175550142', extension: '42' }]; delete body.phoneNumber;
    delete body.callUserId; delete body.callQueueId; },
  (body) => { body.callerIdName = { first: 'Support' }; },
  (body) => [body],
];

/** Body n as text; one in ten invalid (or all, with allInvalid). */
export function bodyText(n, { allInvalid = false, pretty = true } = {}) {
  const isInvalid = allInvalid || n % 10 === 9;
  let body = validBody(n);
  if (isInvalid) body = BREAKS[Math.floor(n / 10) % BREAKS.length](body) ?? body;
  return { text: pretty ? `${JSON.stringify(body, null, 2)}\n` : JSON.stringify(body), isInvalid };
}

/**
 * Writes (or reuses) a corpus under dir: "files" (count bodies, one per file, in folders of
 * 1,000) or "ndjson" (count lines in one file). Returns { path, count, invalid, bytes }.
 */
export function ensureCorpus(dir, kind, count, { allInvalid = false } = {}) {
  const manifestFile = join(dir, 'manifest.json');
  const wanted = { version: CORPUS_VERSION, kind, count, allInvalid };
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (JSON.stringify(manifest.wanted) === JSON.stringify(wanted)) return manifest.corpus;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let invalid = 0;
  let bytes = 0;
  let path;
  if (kind === 'ndjson') {
    const lines = [];
    for (let n = 0; n < count; n++) {
      const body = bodyText(n, { allInvalid, pretty: false });
      invalid += body.isInvalid ? 1 : 0;
      lines.push(body.text);
    }
    // .jsonl: the extension sourcemeta reads as one body per line; ours takes it as NDJSON too.
    path = join(dir, 'bodies.jsonl');
    const text = `${lines.join('\n')}\n`;
    bytes = Buffer.byteLength(text);
    writeFileSync(path, text);
  } else {
    path = join(dir, 'bodies');
    for (let n = 0; n < count; n++) {
      const folder = join(path, String(Math.floor(n / 1000)).padStart(3, '0'));
      if (n % 1000 === 0) mkdirSync(folder, { recursive: true });
      const body = bodyText(n, { allInvalid });
      invalid += body.isInvalid ? 1 : 0;
      bytes += Buffer.byteLength(body.text);
      writeFileSync(join(folder, `body-${String(n).padStart(6, '0')}.json`), body.text);
    }
  }
  const corpus = { path, kind, count, invalid, bytes };
  writeFileSync(manifestFile, JSON.stringify({ wanted, corpus }));
  return corpus;
}
