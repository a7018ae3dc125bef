// A Postman collection export is no request body: it was linted as a create-call body, its
// "info" and "item" reported as unknown members. It is told by its content and left out with a
// note that says what it is and how its requests can be linted.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/index.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-postman-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Written by hand in the shape Postman exports (v2.1): a folder of requests, a {{variable}} URL.
const COLLECTION = {
  info: {
    _postman_id: '5f0c1a52-1c1e-4c57-9d0a-2f7f3c6c9b1a',
    name: 'Calls',
    schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
  },
  item: [{
    name: 'Conversations',
    item: [{
      name: 'Place a call',
      request: {
        method: 'POST',
        header: [{ key: 'Content-Type', value: 'application/json' }],
        url: { raw: '{{baseUrl}}/api/v2/conversations/calls', host: ['{{baseUrl}}'],
          path: ['api', 'v2', 'conversations', 'calls'] },
        body: { mode: 'raw', raw: '{"to":"+13175550142"}' },
      },
    }],
  }],
  variable: [{ key: 'baseUrl', value: 'https://api.mypurecloud.com' }],
};

const NOTE = 'skipped, it is a Postman collection, not a request body, and its requests are not ' +
  'linted: save a request\'s body as a .json file, or lint a HAR capture of the calls\n';

describe('Postman collections', () => {
  test.each([
    ['as exported', 'calls.postman_collection.json', JSON.stringify(COLLECTION, null, '\t')],
    ['with its keys sorted', 'sorted.json', JSON.stringify({ variable: COLLECTION.variable,
      item: COLLECTION.item, info: COLLECTION.info }).replace('"variable"', '"auth":null,"variable"')],
  ])('one %s is skipped with a note, and is no failure', async (_name, file, text) => {
    writeFileSync(join(work, file), text);
    const run = await runCli(['--no-config', '-f', 'compact', file], { cwd: work });
    expect(run).toEqual({ code: 0, stdout: '0 problems (0 errors, 0 warnings)\n',
      stderr: `genesys-call-lint: ${file}: ${NOTE}` });
  });

  test('lintFiles lists it among the excluded inputs', async () => {
    writeFileSync(join(work, 'c.json'), JSON.stringify(COLLECTION));
    const out = await lintFiles(['c.json'], { cwd: work, config: false });
    expect([out.results, out.excluded.map((e) => [e.file, e.reason])])
      .toEqual([[], [['c.json', 'postman-collection']]]);
  });
});
