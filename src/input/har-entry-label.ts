// How a HAR entry is named in messages and reports: by its path in the document that holds it
// and where it starts. A second HAR pasted after the first numbers its entries from 0 again, so
// the position tells the two apart: the line, and the column where the line alone cannot.

/** "log.entries[3] (line 408)", or "log.entries[0] (line 1, column 181)" with a column given. */
export function harEntryLabel(entry: { index: number; line: number; column?: number }): string {
  const column = entry.column === undefined ? '' : `, column ${entry.column}`;
  return `log.entries[${entry.index}] (line ${entry.line}${column})`;
}
