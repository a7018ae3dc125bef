// An invented "to" written with its extension beside the number ({"number": n, "extension":
// "12"}). No model of these bodies has a member for an extension, and the reference declares no
// form for one inside the number either (CALL-NUM-1: no format is declared, so other forms are
// no schema error, but whether they are dialled is not said). What it does have is the
// send-digits endpoint, for DTMF once the call is up; the hints say so rather than drop it.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { EXTENSION_MARKS } from '../../phone/analyse-phone.js';
import { andList, isBlank } from './targets.js';

// The names an extension goes by as a member: the words that mark one written after a number
// ("extension", "ext"), in any letter case. A lone "x" names too much else to be read as one.
const EXTENSION_MEMBERS: ReadonlySet<string> =
  new Set(EXTENSION_MARKS.filter((mark) => /^[a-z]{3,}$/.test(mark)));

export interface Extension {
  /** The member as written ("ext", "Extension"), and what it holds (a string, 12, ...). */
  member: string;
  value: unknown;
}

/**
 * The extensions a party shape holds beside its number, when they are not that number itself:
 * in any JSON type, since {"extension": 12} is dropped as surely as {"extension": "12"}, and
 * every one of them ({"extension": "12", "ext": "34"}), since each is dropped.
 */
export function extensionsBeside(shape: unknown, number: string): Extension[] {
  if (!isPlainObject(shape)) return [];
  return Object.keys(shape)
    .filter((key) => EXTENSION_MEMBERS.has(key.toLowerCase()) && !isBlank(shape[key]) &&
      shape[key] !== number)
    .map((member) => ({ member, value: shape[member] }));
}

/** The clause a hint that moves the number adds for the extensions it cannot move, if any. */
export function extensionNote(extensions: readonly Extension[]): string {
  if (extensions.length === 0) return '';
  const them = extensions.length === 1 ? 'it' : 'them';
  const named = namedIn(extensions);
  return `; its ${named} cannot be sent in this body, which has no member for one (nor is a ` +
    `form documented for writing ${them} into the number): send ${them} as digits once the ` +
    'call connects (POST /api/v2/conversations/{conversationId}/participants/{participantId}/' +
    'digits)';
}

/**
 * The clause a call's "from" hint adds for the extensions beside the caller's number: callerId
 * takes the number alone, and no member of the body takes the caller's extension. Sending it as
 * digits, as a "to"'s note says, would dial it at the called party.
 */
export function callerExtensionNote(extensions: readonly Extension[]): string {
  if (extensions.length === 0) return '';
  return `; its ${namedIn(extensions)} ${extensions.length === 1 ? 'is' : 'are'} left out, as ` +
    'callerId takes a number only and this body has no member for the caller\'s extension';
}

function namedIn(extensions: readonly Extension[]): string {
  return andList(extensions.map(({ member, value }) => `${quote(member)} ${quote(value)}`));
}
