// Raw HTTP/1.1 request dumps, several per file, as debugging proxies save them and as curl -v
// prints them ("> " before each request line and header). Each request: request line, headers,
// a blank line, then the body up to Content-Length or the next request.
import type { InputProblem, RecordEvent } from './body-record.js';

const REQUEST_LINE = /^(?:> )?([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;
// Lines curl -v interleaves with the request: responses, info, data markers.
const CURL_NOISE = /^(?:< |\* |\{ \[|\} \[)/;

/**
 * The requests of a dump. Text in which no request line is found at all is reported through
 * onProblem: it is no dump, and would otherwise pass with nothing linted. An empty file is an
 * empty dump.
 */
export function* readHttp(text: string, onProblem: (problem: InputProblem) => void): Generator<RecordEvent> {
  const dump = text.replace(/^\uFEFF/, '');
  const lines = dump.split(/\r?\n/);
  // How many bytes each line's break takes (CR LF 2, LF 1), for counting Content-Length.
  const breaks = [...dump.matchAll(/\r?\n/g)].map((m) => m[0].length);
  if (!lines.some((line) => REQUEST_LINE.test(line))) {
    if (/\S/.test(dump)) {
      onProblem({
        message: 'holds no HTTP request (no request line such as "POST /api/v2/conversations/calls ' +
          'HTTP/1.1"); nothing was linted',
        hint: 'Save the raw request with its request line and headers, or pass --input-format for ' +
          'what the file holds.',
      });
    }
    return;
  }
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
    const bodyLines: string[] = [];
    const length = Number(headers.get('content-length') ?? NaN);
    let taken = 0;
    for (; i < lines.length && !REQUEST_LINE.test(lines[i]!) && !CURL_NOISE.test(lines[i]!); i++) {
      if (Number.isFinite(length) && taken >= length) break;
      bodyLines.push(lines[i]!);
      taken += Buffer.byteLength(lines[i]!) + (breaks[i] ?? 0);
    }
    const host = headers.get('host');
    const url = host && request[2]!.startsWith('/') ? `https://${host}${request[2]}` : request[2]!;
    const source = { format: 'http' as const, index: index++, line: requestLine, method: request[1]!, url };
    const bodyText = bodyLines.join('\n').replace(/\s+$/, '');
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
