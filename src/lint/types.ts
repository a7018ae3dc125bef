// The shapes that cross the library boundary: what a rule reports and what lintText returns.
import type { RuleId } from '../rules/rule-ids.js';

export type Severity = 'error' | 'warning';

/**
 * A rule's setting as users write it in flags, config and lintText's rules. "warning", the word
 * results use, means "warn": the CLI and config file took it and the library refused it.
 */
export type RuleSetting = 'off' | 'warn' | 'warning' | 'error';

/** Which part of the source a finding points at, once its pointer is located in the text. */
export type Anchor = 'value' | 'member' | 'parent';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors and ESLint do. */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
  /** 0-based offsets into the text (after a leading BOM, if any, was dropped). */
  startOffset: number;
  endOffset: number;
}

/**
 * One change a fix makes, addressed by JSON Pointer into the body. Renaming keeps the member
 * where it is (key order is part of a file's formatting); the value may be replaced at the same
 * time. A member is added right after a sibling (`after`, a pointer), laid out as that sibling
is, so that one member can be replaced by two where it stands. The fixer (src/fix/) turns
operations into text edits.
 */
export type FixOp =
  | { op: 'replace-value'; pointer: string; value: unknown }
  | { op: 'rename-member'; pointer: string; to: string; value?: unknown }
  | { op: 'add-member'; pointer: string; after: string; value: unknown }
  | { op: 'remove-member'; pointer: string };

/** A change that makes a finding go away, offered only when its result is certainly accepted. */
export interface Fix {
  /** One line saying what the fix does, e.g. 'Write "DESTINATION".' */
  description: string;
  ops: FixOp[];
  /**
   * Pointers of members the fix leaves as they are but whose values it was computed from (a
   * callback number's E.164 form depends on the body's countryCode). The fixer holds the fix
   * back in a pass where another fix changes one of them, and re-computes it in the next.
   */
  reads?: string[];
}

/** What a rule reports, before the finding is placed in the text. */
export interface Report {
  ruleId: RuleId;
  severity: Severity;
  pointer: string;
  message: string;
  hint: string;
  anchor?: Anchor;
  /** Offset of the fault when it is known without a pointer (syntax errors). */
  offset?: number;
  length?: number;
  fix?: Fix;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** RFC 6901 JSON Pointer into the body; "" is the whole body. */
  pointer: string;
  message: string;
  hint: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Path of the rule's documentation page inside the package. */
  docs: string;
  /** Present when --fix (or fixText) can make this finding go away. */
  fix?: Fix;
  /**
   * Position inside the body text when line/column are positions in a container file that holds
   * the body escaped (a HAR entry's postData.text); absent when the two coincide.
   */
  bodyLine?: number;
  bodyColumn?: number;
}

/**
 * Where a body came from inside a capture: a file that holds several (NDJSON, HAR, raw HTTP, a
 * Postman collection), or a .json file that holds one logged request.
 */
export interface BodySource {
  /** logged-request: a .json file that holds one logged request (captured-request.ts) alone. */
  format: 'ndjson' | 'har' | 'http' | 'postman' | 'logged-request';
  /**
   * 0-based position among the file's records (HAR entries, NDJSON lines, HTTP requests, a
   * Postman collection's items in the order its folders show them: its requests, and the empty
   * folders and items without a request that are noted as skipped).
   */
  index: number;
  /** 1-based line of the record in the file. */
  line: number;
  /**
   * 1-based column where a HAR entry starts, given when text stands before it on its line (a
   * HAR on one line, a second one pasted on): there the line alone does not tell entries apart.
   * A Postman collection's request item has it in the same case.
   */
  column?: number;
  /** A Postman request's folder names and its own name, joined by " / " ("Calls / Consult"). */
  item?: string;
  method?: string;
  url?: string;
}

/** A remark about the request as a whole rather than a place in the body. */
export interface Notice {
  kind: 'deprecated-endpoint' | 'endpoint-auto';
  /**
   * error: the body could not be linted as asked (--endpoint auto could not decide). No notice
   * is a warning: reports print a notice's severity, and a "warning" that the summary's warning
   * count and --max-warnings leave out read as a miscount (README, "Notices").
   */
  severity: 'error' | 'info';
  message: string;
}

export interface LintOptions {
  /** An endpoint short name, "METHOD /path" (template or concrete) or a model name. */
  endpoint?: string;
  /** Only used to name the input in results. */
  filePath?: string;
  /** ISO 3166 alpha-2 country used to suggest E.164 forms of national numbers. */
  defaultCountry?: string;
  /** Severity overrides per rule. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

/** How many findings of one rule a body had past the number reported (MAX_FINDINGS_PER_RULE). */
export interface OmittedFindings {
  ruleId: RuleId;
  errorCount: number;
  warningCount: number;
}

export interface LintResult {
  filePath: string;
  /** The endpoint the body was checked against, as "METHOD /path". */
  endpoint: string;
  model: string;
  findings: Finding[];
  /** Remarks on the endpoint (deprecated, or how --endpoint auto chose); not counted as findings. */
  notices: Notice[];
  /** Counts every finding, those left out of `findings` included. */
  errorCount: number;
  warningCount: number;
  /** Findings not listed, by rule, when a rule had more than a body reports; absent when none. */
  omitted?: OmittedFindings[];
  source?: BodySource;
  /**
   * The config file that applied to the body's file, relative to cwd when below it; null when
   * none did. Set by lintFiles and the CLI; lintText reads no config and leaves it out.
   */
  configFile?: string | null;
}
