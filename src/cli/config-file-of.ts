// Which config file applied to an input, as --format json and sarif name it per result and
// lintFiles' results carry it: relative to the working folder when below it, as input paths
// are, and null when none did (--no-config, or none found). Added to each result as it is
// handed on, never stored in the --cache: a cached result would keep a config's old path.
import type { InputHandlers, InputSpec } from './lint-inputs.js';
import { displayPath } from './collect-inputs.js';

function configFileOf(input: InputSpec, cwd: string): string | null {
  const file = input.config?.file;
  return file === undefined ? null : displayPath(file, cwd);
}

/** The handlers, with each result naming the config file that applied to `input`. */
export function namingConfigFile(handlers: InputHandlers, input: InputSpec,
  cwd: string): InputHandlers {
  const configFile = configFileOf(input, cwd);
  return { ...handlers, onResult: (result) => handlers.onResult({ ...result, configFile }) };
}
