// The public library API. The CLI is a thin layer over these.
export { lintText } from './lint/lint-text.js';
export { MAX_FINDINGS_PER_RULE } from './lint/report-sink.js';
export { fixText, type AppliedFix, type Edit, type FixPass, type FixResult } from './fix/fix-text.js';
export {
  lintFiles, type FilesNotice, type LintFilesOptions, type LintFilesResult,
} from './api/lint-files.js';
export type { ExcludedInput } from './api/excluded-inputs.js';
export type {
  BodySource,
  Finding,
  Fix,
  FixOp,
  LintOptions,
  Notice,
  LintResult,
  OmittedFindings,
  RuleSetting,
  Severity,
} from './lint/types.js';
export { UsageError } from './lint/usage-error.js';
export { RULE_IDS, type RuleId } from './rules/rule-ids.js';
export { RULES } from './rules/index.js';
export { ENDPOINTS } from './endpoints/table.js';
export type { EndpointInfo, HttpMethod } from './endpoints/endpoint-info.js';
export { resolveEndpoint, type EndpointResolution } from './endpoints/resolve-endpoint.js';
export { REPORTERS, type FormatName } from './reporters/index.js';
export { renderReport } from './reporters/reporter.js';
export type { Reporter, ReportContext, ReportSummary, InputFailure } from './reporters/reporter.js';
export { EXIT, exitCodeFor, type ExitCode, type RunOutcome } from './cli/exit-codes.js';
export { decodeBytes, type Decoded } from './input/decode-bytes.js';
export type { InputFormat, SkippedRecord } from './input/body-record.js';
