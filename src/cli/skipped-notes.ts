// The notes on standard error for captured requests that are read but not linted (other APIs,
// requests without a body, an empty Postman item, a path near a call endpoint's): lint and send
// say them alike. Those worth a look are told one by one as met; the rest are counted per file
// and told once, when every input has been read.
import type { SkippedRecord } from '../input/body-record.js';
import { escapeControl, escapeName } from '../reporters/ansi.js';
import { describeSource } from '../reporters/describe-source.js';

export interface SkippedNotes {
  onSkipped(file: string, record: SkippedRecord): void;
  /** Writes the count of requests skipped quietly, per file; once, after the last input. */
  finish(): void;
}

export function skippedNotes(write: (text: string) => unknown): SkippedNotes {
  const quietCounts = new Map<string, number>();
  return {
    onSkipped: (file, record) => {
      if (record.quiet) quietCounts.set(file, (quietCounts.get(file) ?? 0) + 1);
      else write(`genesys-call-lint: ${escapeName(file)} ` +
        `(${describeSource(record.source)}): skipped: ${escapeControl(record.reason)}\n`);
    },
    finish: () => {
      for (const [file, count] of quietCounts) {
        write(`genesys-call-lint: ${escapeName(file)}: ${count} request` +
          `${count === 1 ? '' : 's'} skipped (not a call endpoint, or no body)\n`);
      }
    },
  };
}
