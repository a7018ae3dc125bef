import { freezeDeep } from '../lint/freeze-deep.js';
import { compactReporter } from './compact.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';

// Frozen: the package exports this very table (src/lint/freeze-deep.ts).
export const REPORTERS = freezeDeep({
  stylish: stylishReporter,
  compact: compactReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
} as const satisfies Record<string, Reporter>);

export type FormatName = keyof typeof REPORTERS;

export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
