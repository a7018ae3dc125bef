// The rule pages in docs/rules/ are part of the product: every rule id needs one, with the four
// sections, and the examples on the pages are run. Each example body must give exactly the
// findings listed under it (all rules, order aside), so a page cannot drift from the linter.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { ENDPOINTS } from '../src/endpoints/table.js';
import { lintText } from '../src/lint/lint-text.js';
import { isNoticeKind, NOTICE_KINDS } from '../src/lint/notice-kinds.js';
import type { Finding } from '../src/lint/types.js';
import { RULES } from '../src/rules/index.js';
import { isRuleId, RULE_IDS, type RuleId } from '../src/rules/rule-ids.js';
import { supportedModels } from '../src/schema/registry.js';
import { ROOT } from './support/paths.js';

const DOCS = join(ROOT, 'docs', 'rules');

const SECTIONS = ['## What it checks', '## Why it matters', '## How to fix', '## Examples'];

/** The endpoints whose bodies the examples may use: every one whose body model has a schema. */
const EXAMPLE_ENDPOINTS = new Set(
  ENDPOINTS.filter((e) => e.model !== null && supportedModels().includes(e.model)).map((e) => e.name),
);

// A short name, or a concrete "METHOD /path" in quotes for what only a real path shows
// (self-merge needs the conversation id of the path).
const EXAMPLE_INFO = /^json example endpoint=(?:"([A-Z]+ \/[^"\s]+)"|(\S+))$/;
const FINDING_LINE = /^(\d+):(\d+) (error|warning) ([a-z0-9-]+) (\S+)$/;

interface Fence {
  info: string;
  content: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
  /** 1-based line of the closing fence. */
  endLine: number;
}

interface Example {
  page: RuleId;
  line: number;
  endpoint: string;
  body: string;
  /** Findings as "line:column severity rule pointer", pointer "" written as (body). */
  findings: string[];
}

interface ParsedPage {
  examples: Example[];
  /** Format mistakes on the page: an example without findings, a malformed line, ... */
  problems: string[];
}

/** Fenced code blocks opened by three or more backticks at the start of a line. */
function readFences(markdown: string): Fence[] {
  const lines = markdown.split(/\r?\n/);
  const fences: Fence[] = [];
  let open: { marker: string; info: string; line: number; body: string[] } | undefined;

  lines.forEach((text, index) => {
    if (open) {
      if (text.trimEnd() === open.marker) {
        const { info, line, body } = open;
        fences.push({ info, content: body.join('\n'), line, endLine: index + 1 });
        open = undefined;
      } else {
        open.body.push(text);
      }
      return;
    }
    const start = /^(`{3,})(.*)$/.exec(text);
    if (start) open = { marker: start[1]!, info: start[2]!.trim(), line: index + 1, body: [] };
  });
  return fences;
}

function parseFindings(content: string, where: string, problems: string[]): string[] {
  const lines = content.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 1 && lines[0] === 'none') return [];
  if (lines.length === 0) problems.push(`${where}: empty findings block; write "none"`);
  const findings: string[] = [];

  for (const text of lines) {
    const match = FINDING_LINE.exec(text);
    if (!match) {
      problems.push(`${where}: "${text}" is not "<line>:<column> <severity> <rule> <pointer>"`);
    } else if (!isRuleId(match[4]!)) {
      problems.push(`${where}: "${match[4]}" is not a rule id`);
    } else if (match[5] !== '(body)' && !match[5]!.startsWith('/')) {
      problems.push(`${where}: pointer "${match[5]}" must start with "/" or be (body)`);
    } else {
      findings.push(text);
    }
  }
  return findings;
}

function parsePage(page: RuleId, markdown: string): ParsedPage {
  const fences = readFences(markdown);
  const lines = markdown.split(/\r?\n/);
  const examples: Example[] = [];
  const problems: string[] = [];

  fences.forEach((fence, index) => {
    const where = `docs/rules/${page}.md:${fence.line}`;
    if (fence.info === 'findings') {
      const previous = fences[index - 1];
      if (!previous || !EXAMPLE_INFO.test(previous.info)) {
        problems.push(`${where}: findings block without an example right before it`);
      }
      return;
    }
    if (!fence.info.startsWith('json example')) return;

    const info = EXAMPLE_INFO.exec(fence.info);
    const endpoint = info?.[1] ?? info?.[2];
    if (endpoint === undefined || !EXAMPLE_ENDPOINTS.has(shortNameOf(endpoint))) {
      problems.push(`${where}: info string must be "json example endpoint=<short name>" (or ` +
        `"<METHOD> <concrete path>" in quotes), one of ${[...EXAMPLE_ENDPOINTS].join(', ')}`);
      return;
    }
    const next = fences[index + 1];
    const between = next ? lines.slice(fence.endLine, next.line - 1) : [];
    if (!next || next.info !== 'findings' || between.some((l) => l.trim() !== '')) {
      problems.push(`${where}: an example must be followed directly by a findings block`);
      return;
    }
    const findings = parseFindings(next.content, `docs/rules/${page}.md:${next.line}`, problems);
    examples.push({ page, line: fence.line, endpoint, body: fence.content, findings });
  });
  return { examples, problems };
}

/** The short name of an endpoint given by name or as a quoted concrete path. */
function shortNameOf(endpoint: string): string {
  const resolution = endpoint.includes(' ') ? resolveEndpoint(endpoint) : undefined;
  return resolution?.ok ? resolution.endpoint.name : endpoint;
}

function pagePath(id: string): string {
  return join(DOCS, `${id}.md`);
}

function describeFinding(f: Pick<Finding, 'line' | 'column' | 'severity' | 'ruleId' | 'pointer'>) {
  const pointer = f.pointer === '' ? '(body)' : f.pointer;
  return `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${pointer}`;
}

const pages = new Map<RuleId, ParsedPage>();
for (const id of RULE_IDS) {
  if (existsSync(pagePath(id))) pages.set(id, parsePage(id, readFileSync(pagePath(id), 'utf8')));
}
const examples = [...pages.values()].flatMap((page) => page.examples);

describe('rule pages', () => {
  test.each([...RULE_IDS])('%s has a page with a title, a summary and the four sections', (id) => {
    expect(existsSync(pagePath(id))).toBe(true);

    const lines = readFileSync(pagePath(id), 'utf8').split(/\r?\n/);
    expect(lines[0]).toBe(`# ${id}`);

    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual(SECTIONS);

    const summary = lines.slice(1, lines.indexOf(SECTIONS[0]!)).join(' ').trim();
    expect(summary.length).toBeGreaterThan(40);
  });

  test.each([...RULE_IDS])('%s page has well-formed example pairs', (id) => {
    expect(pages.get(id)?.problems).toEqual([]);
  });

  test.each([...RULE_IDS])('%s page shows a body it reports and one it does not', (id) => {
    const own = (pages.get(id)?.examples ?? []).map((e) =>
      e.findings.some((f) => f.split(' ')[2] === id));
    expect(own).toContain(true);
    expect(own).toContain(false);
  });

  test('docs/rules holds no page for an unknown rule id', () => {
    const strays = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.replace(/\.md$/, ''))
      .filter((name) => !isRuleId(name) && !isNoticeKind(name));
    expect(strays).toEqual([]);
  });
});

// Notices are named in output as rule ids are, and `explain` prints their pages too.
describe('notice pages', () => {
  test.each([...NOTICE_KINDS])('%s has a page with a title, a summary and three sections', (kind) => {
    const lines = readFileSync(join(DOCS, `${kind}.md`), 'utf8').split(/\r?\n/);
    expect(lines[0]).toBe(`# ${kind}`);
    expect(lines.filter((l) => l.startsWith('## ')))
      .toEqual(['## What it says', '## Why it matters', '## What to do']);
  });

  test.each([...NOTICE_KINDS])('%s is listed in the rules index', (kind) => {
    const index = readFileSync(join(DOCS, 'README.md'), 'utf8');
    expect(index).toContain(`| \`${kind}\` |`);
    expect(index).toContain(`[${kind}](${kind}.md)`);
  });
});

describe('rule page examples', () => {
  test('the pages hold examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2 * RULE_IDS.length);
  });

  test.each(examples.map((e) => [`${e.page}.md:${e.line} (${e.endpoint})`, e] as const))(
    '%s',
    (_name, example) => {
      const result = lintText(example.body, { endpoint: example.endpoint });
      const found = result.findings.map(describeFinding);
      expect(found.sort()).toEqual([...example.findings].sort());
    },
  );
});

describe('rules index', () => {
  const index = existsSync(join(DOCS, 'README.md'))
    ? readFileSync(join(DOCS, 'README.md'), 'utf8')
    : '';

  test.each([...RULE_IDS])('links %s with its default severity', (id) => {
    const row = index.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`](${id}.md)`);

    const severity = row!.split('|')[2]!.trim();
    expect(severity.startsWith(RULES[id].severity)).toBe(true);
  });

  test('links only pages that exist', () => {
    const targets = [...index.matchAll(/\]\(([^)#]+\.md)\)/g)].map((m) => m[1]!);
    expect(targets.filter((t) => !existsSync(join(DOCS, t)))).toEqual([]);
  });
});
