// The text the matcher lints, from what it received: JSON text as it is, the bytes of a file
// (expect(fs.readFileSync(f))) decoded as the CLI decodes files, and any other value as
// JSON.stringify writes it. A Buffer went the last way, through its toJSON, and was linted as
// {"type": "Buffer", "data": [...]}: two unknown members instead of the file's body.
import { types } from 'node:util';
import { decodeBytesFor } from '../input/decode-bytes.js';
import { MATCHER_WORDS } from './matcher-words.js';
import { toJsonText } from './to-json-text.js';

/** The text, whether positions are in text the test holds, or why there is no text to lint. */
export type ReceivedText = { text: string; isWritten: boolean } | { unsendable: string };

export function receivedText(received: unknown): ReceivedText {
  if (typeof received === 'string') return { text: received, isWritten: true };
  // util.types: a Buffer made in another realm (Jest's test context) fails instanceof.
  if (types.isUint8Array(received)) {
    const decoded = decodeBytesFor(received, MATCHER_WORDS);
    if (decoded.ok) return { text: decoded.text, isWritten: true };
    return { unsendable: `its bytes are not JSON text: ${decoded.reason}` +
      `${decoded.hint === undefined ? '' : `. ${decoded.hint}`}` };
  }
  const sent = toJsonText(received);
  return 'unsendable' in sent ? sent : { text: sent.text, isWritten: false };
}
