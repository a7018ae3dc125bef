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
  // A HAR's "log" is an object; a body that merely starts with a "log" member is a body.
  if (/^\s*\{\s*"log"\s*:\s*\{/.test(text)) return 'har';
  // A .json file is one body. Read as a log, two bodies on two lines passed, though a server
  // refuses that text; read as one body, it is a syntax error whose hint names the log formats.
  if (extension === '.json') return 'json';
  return looksLikeNdjson(text) ? 'ndjson' : 'json';
}

/** Two or more lines, the first of which is a complete JSON value on its own. */
function looksLikeNdjson(text: string): boolean {
  const start = text.search(/\S/);
  if (start === -1) return false;
  const end = text.indexOf('\n', start);
  if (end === -1 || text.slice(end).trim() === '') return false;
  const first = text.slice(start, end).trim();
  // A lone "{" or "[" (the first line of nearly every pretty-printed body) is never a whole
  // value; answering that without a thrown parse error saves most of detection's time (issue 6).
  if (first === '{' || first === '[') return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}
