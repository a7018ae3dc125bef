// VS Code's REST Client and JetBrains' HTTP Client can send a body kept in a file: the body part
// of the request is then the one line "< ./body.json" (REST Client also writes "<@ ./body.json",
// which fills in the file's variables, and "<@latin1 ./body.json"). The file is not opened here:
// a capture is read as text alone, --cache knows only the .http file's bytes, and a path taken
// from a file's content may name any file on the machine. The request is reported instead.
import { resolveEndpointFor } from '../endpoints/resolve-endpoint.js';
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import type { InputProblem } from './body-record.js';

const FILE_LINE = /^<(?:@[\w-]*)? +(\S.*?)\s*$/;
// curl -v prints "< " before each response line; its status line is no file.
const STATUS_LINE = /^< HTTP\/\d/;

/** The file an editor's body line names, or undefined when the text is no such single line. */
export function editorBodyFile(bodyPart: string): string | undefined {
  const line = bodyPart.trim();
  if (/[\n\r]/.test(line) || STATUS_LINE.test(line)) return undefined;
  return FILE_LINE.exec(line)?.[1];
}

/** What to say of a request whose body is in that file, linted against `endpoint`. */
export function editorBodyProblem(
  file: string,
  line: number,
  endpoint: string,
  words: CallerWords,
): InputProblem {
  const resolved = resolveEndpointFor(endpoint, words);
  const option = resolved.ok ? words.option('endpoint', resolved.endpoint.name)
    : words.option('endpoint');
  return {
    message: `sends the file ${quote(file)} as its body (line ${line}), which is not read ` +
      'here, so its body was not linted',
    hint: `Lint ${quote(file)} itself (the editor finds it from the .http file's folder), ` +
      `with ${option}.`,
  };
}
