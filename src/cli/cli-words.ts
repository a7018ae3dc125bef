// How the CLI's hints name what to change: as flags and commands (see src/lint/caller-words.ts).
import type { CallerWords } from '../lint/caller-words.js';

export const CLI_WORDS: CallerWords = {
  option: (name, value) => {
    // The default country's flag is the short --country (defaultCountry in a config file).
    const flag = name === 'defaultCountry' ? 'country'
      : name.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);
    if (value === false) return `--no-${flag}`;
    return value === undefined ? `--${flag}` : `--${flag} ${value}`;
  },
  noConfig: 'run with --no-config',
  endpointNames: 'Run genesys-call-lint --help for the endpoint short names.',
  endpointList: 'genesys-call-lint --help',
  endpointSource: 'genesys-call-lint list-endpoints',
  lintedEndpoints: '--help lists the endpoints whose bodies are linted',
  readAsLog: 'name it .ndjson or pass --input-format ndjson',
  anyInput: 'pass a file, a directory of *.json files, a glob, or - for stdin',
  notAFile: 'Pass the body as a file, or pipe it to genesys-call-lint -.',
  // Quoted for the shell unless plain: a negation's "!" and "*" are not.
  lintCall: (inputs) => `genesys-call-lint ${inputs.map((input) => /^[\w./-]+$/.test(input) ? input
    : `'${input}'`).join(' ')}`,
  sizeLimit: '--max-file-size limit',
  overSizeLimit: (mb) => `Raise the limit, e.g. --max-file-size ${mb} (in MB), if the file really ` +
    'is one body.',
};
