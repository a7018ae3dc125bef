// HAR 1.2 captures (browser and proxy exports): every entry is one request; those that go to a
// call endpoint under /api/v2/conversations are linted against the endpoint of their method and
// URL, the rest are counted and skipped.
import { Locator } from '../lint/locate.js';
import { isPlainObject } from '../lint/walk-model.js';
import type { RecordEvent } from './body-record.js';
import { routeRequest } from './route-request.js';
import { splitHarEntries } from './split-har-entries.js';

export async function* readHar(chunks: AsyncIterable<string>): AsyncGenerator<RecordEvent> {
  for await (const entry of splitHarEntries(chunks)) {
    yield recordOf(entry.text, entry.index, entry.line, entry.column);
  }
}

function recordOf(text: string, index: number, line: number, column: number): RecordEvent {
  const base = { format: 'har' as const, index, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'skip', skipped: { source: base, reason: 'the entry is not valid JSON', quiet: false } };
  }
  const request = isPlainObject(value) && isPlainObject(value['request']) ? value['request'] : undefined;
  const method = typeof request?.['method'] === 'string' ? request['method'] : '';
  const url = typeof request?.['url'] === 'string' ? request['url'] : '';
  const source = { ...base, method, url };
  const route = routeRequest(method, url);
  if (route.kind === 'skip') return { kind: 'skip', skipped: { source, reason: route.reason, quiet: route.quiet } };
  const postData = isPlainObject(request?.['postData']) ? request['postData'] : undefined;
  const body = postData?.['text'];
  if (typeof body !== 'string') {
    return { kind: 'skip', skipped: { source, reason: 'the entry recorded no request body', quiet: false } };
  }
  const at = new Locator(text).rangeOf('/request/postData/text').start;
  const container = {
    line: line + at.line - 1,
    column: at.line === 1 ? column + at.column - 1 : at.column,
  };
  return { kind: 'body', record: { text: body, source, request: route.endpoint, container } };
}
