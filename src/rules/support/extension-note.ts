// An invented "to" written with its extension beside the number ({"number": n, "extension":
// "12"}). No model of these bodies has a member for an extension, and the reference declares no
// form for one inside the number either (CALL-NUM-1: no format is declared, so other forms are
// no schema error, but whether they are dialled is not said). What it does have is the
// send-digits endpoint, for DTMF once the call is up; the hints say so rather than drop it.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { isBlank } from './targets.js';

/** The extension a party shape holds beside its number, when it is not that number itself. */
export function extensionBeside(shape: unknown, number: string): string | undefined {
  if (!isPlainObject(shape)) return undefined;
  const held = shape['extension'];
  return typeof held === 'string' && !isBlank(held) && held !== number ? held : undefined;
}

/** The clause a hint that moves the number adds for the extension it cannot move. */
export function extensionNote(extension: string): string {
  return `; its "extension" ${quote(extension)} cannot be sent in this body, which has no member ` +
    'for one (nor is a form documented for writing it into the number): send it as digits ' +
    'once the call connects (POST /api/v2/conversations/{conversationId}/participants/' +
    '{participantId}/digits)';
}
