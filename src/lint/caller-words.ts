// Hints tell the reader what to change, and must name it the way that reader can: a library
// caller passes { endpoint: "consult" }, a CLI user types --endpoint consult. Each hint is
// written once, around the words of whoever called; these are the library's, the default, and
// the CLI passes its own (src/cli/cli-words.ts).

/** The options a hint may point to, by their names in the library's options objects. */
export type HintOption = 'endpoint' | 'inputFormat' | 'config' | 'defaultCountry';

export interface CallerWords {
  /** The option set to a value ('endpoint: "consult"'), or named alone ("the endpoint option"). */
  option(name: HintOption, value?: string | false): string;
  /** A clause: how to go without a config file. */
  noConfig: string;
  /** A sentence: where the endpoints' short names are listed. */
  endpointNames: string;
  /** What lists every endpoint, as the subject of "lists them all". */
  endpointList: string;
  /** Where the short names come from, after "short names from". */
  endpointSource: string;
  /** A clause: how to tell which endpoints take a body that is linted. */
  lintedEndpoints: string;
  /** A clause: how to have a log of one JSON value per line read as one, not as one body. */
  readAsLog: string;
  /** A clause: the inputs that can be named. */
  anyInput: string;
  /** A sentence: what to do instead of naming what is no file. */
  notAFile: string;
  /** A call that lints these inputs, for an example. */
  lintCall(inputs: readonly string[]): string;
  /** The limit on a body file read whole, after "over the". */
  sizeLimit: string;
  /** A sentence: what to do about a body file of this many MB, over that limit. */
  overSizeLimit(mb: number): string;
}

export const LIBRARY_WORDS: CallerWords = {
  option: (name, value) => {
    // Only lintFiles reads files, so only it takes inputFormat: a lintText caller told to pass
    // it must learn where it goes.
    if (name === 'inputFormat') {
      return value === undefined ? "lintFiles' inputFormat option"
        : `inputFormat: ${JSON.stringify(value)} (a lintFiles option)`;
    }
    return value === undefined ? `the ${name} option` : `${name}: ${JSON.stringify(value)}`;
  },
  noConfig: 'pass config: false',
  endpointNames: 'ENDPOINTS lists the endpoint short names.',
  endpointList: 'ENDPOINTS',
  endpointSource: 'ENDPOINTS',
  lintedEndpoints: 'ENDPOINTS gives each endpoint\'s body model, null where it takes none',
  readAsLog: 'name it .ndjson or pass inputFormat: "ndjson" (a lintFiles option)',
  // lintFiles reads no standard input, unlike the CLI's "-".
  anyInput: 'pass a file, a directory of *.json files or a glob',
  notAFile: 'Pass the body as a file, or read it yourself and pass the text to lintText.',
  lintCall: (inputs) => `lintFiles([${inputs.map((input) => `'${input.replace(/['\\]/g, '\\$&')}'`)
    .join(', ')}])`,
  // lintFiles takes no limit: the CLI's --max-file-size only.
  sizeLimit: 'size limit',
  overSizeLimit: () => 'If the file really is one body, read it yourself and pass the text to ' +
    'lintText: lintFiles reads a body file whole only up to that size.',
};
