// lintText's options come from library users as much as from the CLI: check them, so a typo
// is a UsageError naming the option rather than a setting that silently does nothing.
import { libphonenumber } from '../phone/load-libphonenumber.js';
import { isRuleId } from '../rules/rule-ids.js';
import { nearest } from './suggest.js';
import type { LintOptions } from './types.js';
import { UsageError } from './usage-error.js';

const SETTINGS = new Set(['off', 'warn', 'warning', 'error']);

/** The option names a function takes, and the start of the hint that lists them. */
export interface OptionNames {
  names: readonly string[];
  lead: string;
}

// Typed so that an option added to LintOptions fails to compile until it is listed here.
const LINT_OPTIONS = { endpoint: true, filePath: true, defaultCountry: true, rules: true } satisfies
  Record<keyof LintOptions, true>;
const LINT_OPTION_NAMES: OptionNames = {
  names: Object.keys(LINT_OPTIONS),
  lead: 'lintText and fixText take',
};

export function checkLintOptions(options: LintOptions, known = LINT_OPTION_NAMES): void {
  // null or a string here threw a bare TypeError from inside the linter.
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new UsageError('the options must be an object',
      'Pass e.g. { endpoint: "create-call" }, or leave them out.');
  }
  refuseUnknownNames(options, known);
  const { rules } = options;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    throw new UsageError('the rules option must be an object',
      'Pass e.g. { rules: { "non-e164": "off" } }.');
  }
  if (options.filePath !== undefined && typeof options.filePath !== 'string') {
    throw new UsageError('the filePath option must be a string',
      'Pass the name the body shows in results.');
  }
  if (options.endpoint !== undefined && typeof options.endpoint !== 'string') {
    throw new UsageError('the endpoint option must be a string', 'Pass a short name such as "create-call".');
  }
  if (options.defaultCountry !== undefined && !isKnownCountry(options.defaultCountry)) {
    throw new UsageError(`defaultCountry ${JSON.stringify(options.defaultCountry)} is not a country code`,
      countryHint(options.defaultCountry));
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!isRuleId(id)) throw new UsageError(`rules: "${id}" is not a rule id`, 'See RULE_IDS for the ids.');
    // Not String(setting): ["error"], eslint's form, would pass as "error" and then do nothing.
    if (typeof setting !== 'string' || !SETTINGS.has(setting)) {
      const eslintForm = Array.isArray(setting) && typeof setting[0] === 'string' && SETTINGS.has(setting[0]);
      throw new UsageError(`rules: ${id} is ${JSON.stringify(setting)}`, eslintForm
        ? `Give the severity alone, "${String(setting[0])}": rules take no options here.`
        : 'Use "off", "warn" or "error".');
    }
  }
}

// The CLI's flags whose option is named otherwise; the rest differ only in case and dashes,
// which nearest() sees through (input-format, default-country).
const FLAG_OPTIONS: Readonly<Record<string, string>> = { country: 'defaultCountry' };
// The options only lintFiles takes, as it alone reads files.
const FILES_ONLY = ['inputFormat', 'cwd', 'config'];

/**
 * A misspelt option ({ endpont: 'consult' }) did nothing at all: that body was linted as
 * create-call. So a name that is no option is a UsageError, with the nearest one.
 */
/** A UsageError for the first name `known` does not list, suggesting the nearest. */
export function refuseUnknownNames(options: object, known: OptionNames): void {
  for (const name of Object.keys(options)) {
    if (known.names.includes(name)) continue;
    const meant = FLAG_OPTIONS[name] ?? nearest(name, known.names);
    const all = `${known.lead} ${known.names.join(', ')}.`;
    // lintText told { inputFormat: 'ndjson' } is unknown should learn where that option belongs.
    const elsewhere = FILES_ONLY.includes(name)
      ? `${name} is an option of lintFiles, which reads files. ` : '';
    throw new UsageError(`unknown option ${JSON.stringify(name)}`,
      meant !== undefined && known.names.includes(meant) ? `Did you mean ${meant}? ${all}`
        : `${elsewhere}${all}`);
  }
}

/**
 * A hint for a country code that is not one: "UK" is the United Kingdom's common name but GB
 * its ISO code, as EL is Greece's in the EU but GR in ISO.
 */
export function countryHint(code: unknown): string {
  // And the alpha-3 codes of the countries whose numbers are commonest here.
  const known: Record<string, string> = { UK: 'GB', EL: 'GR', USA: 'US', GBR: 'GB', CAN: 'CA',
    AUS: 'AU', NZL: 'NZ', IRL: 'IE', DEU: 'DE', FRA: 'FR', ESP: 'ES', ITA: 'IT', NLD: 'NL',
    IND: 'IN', MEX: 'MX', BRA: 'BR', JPN: 'JP' };
  const meant = typeof code === 'string' ? known[code.trim().toUpperCase()] : undefined;
  return meant ? `Did you mean ${meant}? Country codes are ISO 3166 alpha-2.`
    : 'Use an ISO 3166 alpha-2 code that has phone numbers, such as US, GB, DE or AU.';
}

/** ISO 3166 alpha-2 codes libphonenumber has a numbering plan for. */
export function isKnownCountry(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) &&
    libphonenumber().isSupportedCountry(code.toUpperCase());
}
