import { compactReporter } from './compact.js';
import { jsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { stylishReporter } from './stylish.js';

export const REPORTERS = {
  stylish: stylishReporter,
  compact: compactReporter,
  json: jsonReporter,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;

export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
