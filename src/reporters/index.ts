import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

export const REPORTERS = {
  stylish: stylishReporter,
  compact: compactReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;

export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
