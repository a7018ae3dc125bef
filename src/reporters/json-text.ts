// JSON text for output that may be read on a terminal (json and sarif on stdout). JSON.stringify
// escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-byte CSI on some
// terminals) and U+2028/U+2029 raw; they can only stand inside strings, so \u escapes keep the
// document equal and make it safe to print (issue 7).
import { escapeJsonOutput } from '../lint/escape-control.js';

export function toJsonText(value: unknown, indent = 2): string {
  return escapeJsonOutput(JSON.stringify(value, null, indent));
}
