// Accept/reject tables for one rule, in the style of ESLint's RuleTester: each row is a body and
// the exact findings of that rule (line, column, pointer, severity) it must produce.
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import type { Severity } from '../../src/lint/types.js';
import type { RuleId } from '../../src/rules/rule-ids.js';

export interface ExpectedFinding {
  pointer: string;
  line: number;
  column: number;
  severity?: Severity;
  /** A fragment the message must contain (e.g. the quoted value). */
  message?: string | RegExp;
}

export interface AcceptRow {
  name: string;
  body: string;
  endpoint?: string;
  country?: string;
}

export interface RejectRow extends AcceptRow {
  findings: ExpectedFinding[];
}

export interface RuleTable {
  accept: AcceptRow[];
  reject: RejectRow[];
}

export function ruleTable(ruleId: RuleId, table: RuleTable): void {
  const findingsOf = (row: AcceptRow) =>
    lintText(row.body, {
      ...(row.endpoint === undefined ? {} : { endpoint: row.endpoint }),
      ...(row.country === undefined ? {} : { defaultCountry: row.country }),
    }).findings.filter((f) => f.ruleId === ruleId);

  describe(ruleId, () => {
    test.each(table.accept.map((row) => [row.name, row] as const))('accepts %s', (_name, row) => {
      expect(findingsOf(row)).toEqual([]);
    });

    test.each(table.reject.map((row) => [row.name, row] as const))('rejects %s', (_name, row) => {
      const found = findingsOf(row);
      expect(found.map((f) => ({ pointer: f.pointer, line: f.line, column: f.column }))).toEqual(
        row.findings.map((f) => ({ pointer: f.pointer, line: f.line, column: f.column })),
      );
      row.findings.forEach((want, index) => {
        const got = found[index]!;
        if (want.severity) expect(got.severity).toBe(want.severity);
        if (want.message instanceof RegExp) expect(got.message).toMatch(want.message);
        else if (want.message) expect(got.message).toContain(want.message);
        // Every finding carries a message and a one-line hint.
        expect(got.message.length).toBeGreaterThan(10);
        expect(got.hint.length).toBeGreaterThan(5);
        expect(got.hint).not.toContain('\n');
      });
    });
  });
}
