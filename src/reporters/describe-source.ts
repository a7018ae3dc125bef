import { harEntryLabel } from '../input/har-entry-label.js';
import { postmanItemLabel } from '../input/postman-collection.js';
import type { BodySource } from '../lint/types.js';
import { escapeControl } from './ansi.js';

/**
 * How a body inside a capture file is named in output: "HAR log.entries[3]: POST https://...",
 * "NDJSON line 12", "HTTP request 2 (line 40): POST /api/...", "Postman item "Calls / Consult"
 * (line 30): POST {{baseUrl}}/api/...", "logged request: POST https://..." (a .json file that
 * holds one).
 */
export function describeSource(source: BodySource): string {
  // Only the label of the format at hand is made: a log line's is asked for on every line.
  const where = source.format === 'ndjson' ? `NDJSON line ${source.line}`
    : source.format === 'har' ? `HAR ${harEntryLabel(source)}`
      : source.format === 'postman' ? `Postman ${postmanItemLabel(source)}`
        : source.format === 'logged-request' ? 'logged request'
          : `HTTP request ${source.index + 1} (line ${source.line})`;
  const request = source.method && source.url ? `: ${source.method} ${escapeControl(source.url)}` : '';
  return `${where}${request}`;
}
