// JSON text for output that may be read on a terminal (json and sarif on stdout). JSON.stringify
// escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-byte CSI on some
// terminals) and U+2028/U+2029 raw; they can only stand inside strings, so \u escapes keep the
// document equal and make it safe to print (issue 7).
export function toJsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
