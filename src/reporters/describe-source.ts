import { harEntryLabel } from '../input/har-entry-label.js';
import type { BodySource } from '../lint/types.js';
import { escapeControl } from './ansi.js';

/**
 * How a body inside a capture file is named in output: "HAR log.entries[3]: POST https://...",
 * "NDJSON line 12", "HTTP request 2 (line 40): POST /api/...".
 */
export function describeSource(source: BodySource): string {
  const where = {
    ndjson: `NDJSON line ${source.line}`,
    har: `HAR ${harEntryLabel(source)}`,
    http: `HTTP request ${source.index + 1} (line ${source.line})`,
  }[source.format];
  const request = source.method && source.url ? `: ${source.method} ${escapeControl(source.url)}` : '';
  return `${where}${request}`;
}
