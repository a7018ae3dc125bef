import type { BodySource } from '../lint/types.js';
import { escapeControl } from './ansi.js';

/** "HAR entry 3: POST https://..." — how a body inside a capture file is named in output. */
export function describeSource(source: BodySource): string {
  const kind = { ndjson: 'NDJSON line', har: 'HAR entry', http: 'HTTP request' }[source.format];
  const number = source.format === 'ndjson' ? source.line : source.index;
  const request = source.method && source.url ? `: ${source.method} ${escapeControl(source.url)}` : '';
  return `${kind} ${number}${request}`;
}
