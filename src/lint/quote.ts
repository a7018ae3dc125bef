// Quoting payload values inside messages. Values come from untrusted bodies, so every control
// character is escaped (JSON.stringify does that) and long values are cut, keeping messages one
// line and terminals safe.

const MAX_QUOTE = 60;

export function quote(value: unknown, max = MAX_QUOTE): string {
  let text: string;
  if (typeof value === 'string') {
    text = JSON.stringify(value);
  } else if (value === undefined) {
    text = 'nothing';
  } else {
    text = safeStringify(value);
  }
  // Lone surrogates survive JSON.stringify as escapes already; cut on a code-point boundary.
  if (text.length <= max) return text;
  const cut = Array.from(text).slice(0, max - 1).join('');
  return `${cut}…`;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A short JSON type name for messages: "a string", "a number", "an object", ... */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Joins quoted alternatives: "a", "b" or "c". */
export function listAlternatives(values: readonly string[], word = 'or'): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
}
