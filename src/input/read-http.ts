// Raw HTTP/1.1 request dumps, several per file, as debugging proxies save them and as curl -v
// prints them ("> " before each request line and header). Each request: request line, headers,
// a blank line, then the body up to Content-Length or the next request.
import type { RecordEvent } from './body-record.js';

const REQUEST_LINE = /^(?:> )?([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;
// Lines curl -v interleaves with the request: responses, info, data markers.
const CURL_NOISE = /^(?:< |\* |\{ \[|\} \[)/;

export function* readHttp(text: string): Generator<RecordEvent> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let index = 0;
  let i = 0;
  while (i < lines.length) {
    const request = REQUEST_LINE.exec(lines[i]!);
    if (!request) {
      i++;
      continue;
    }
    const requestLine = i + 1;
    const headers = new Map<string, string>();
    for (i++; i < lines.length && lines[i]!.replace(/^> ?/, '') !== ''; i++) {
      const header = /^(?:> )?([^:\s]+):\s*(.*)$/.exec(lines[i]!);
      if (header) headers.set(header[1]!.toLowerCase(), header[2]!);
    }
    i++; // the blank line
    const bodyStart = i;
    const body: string[] = [];
    const length = Number(headers.get('content-length') ?? NaN);
    let taken = 0;
    for (; i < lines.length && !REQUEST_LINE.test(lines[i]!) && !CURL_NOISE.test(lines[i]!); i++) {
      if (Number.isFinite(length) && taken >= length) break;
      body.push(lines[i]!);
      taken += Buffer.byteLength(lines[i]!) + 1;
    }
    const host = headers.get('host');
    const url = host && request[2]!.startsWith('/') ? `https://${host}${request[2]}` : request[2]!;
    const source = { format: 'http' as const, index: index++, line: requestLine, method: request[1]!, url };
    const bodyText = body.join('\n').replace(/\s+$/, '');
    if (bodyText === '') {
      yield { kind: 'skip', skipped: { source, reason: 'the request has no body', quiet: true } };
      continue;
    }
    yield {
      kind: 'body',
      record: { text: bodyText, source, request: `${request[1]} ${url}`, origin: { line: bodyStart + 1, column: 1 } },
    };
  }
}
