// Which reader an input needs, from its name and its first bytes. --input-format overrides both.
import type { InputFormat } from './body-record.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.har': 'har',
  '.http': 'http',
};

const REQUEST_LINE = /^(?:> )?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP\/\d(?:\.\d)?\r?$/;

export function detectFormat(name: string, head: string): InputFormat {
  const extension = /\.[a-z]+$/i.exec(name)?.[0]?.toLowerCase() ?? '';
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const text = head.replace(/^\uFEFF/, '');
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  if (REQUEST_LINE.test(firstLine)) return 'http';
  if (/^\s*\{\s*"log"\s*:/.test(text)) return 'har';
  return looksLikeNdjson(text) ? 'ndjson' : 'json';
}

/** Two or more lines, the first of which is a complete JSON value on its own. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}
