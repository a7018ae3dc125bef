// uri-address: a tel:/sip: URI or a user@host address in phoneNumber, Destination.address or
// TransferRequest.address. Genesys' own samples send such values and they work, but the fields
// are documented as numbers, so a bare number is recommended (warning).
import { quote } from '../lint/quote.js';
import { analysePhone } from '../phone/analyse-phone.js';
import type { Fix } from '../lint/types.js';
import type { FieldKind } from '../schema/schema-types.js';
import { phoneFault } from './invalid-phone.js';
import { where } from './support/field-names.js';
import type { Rule, RuleContext } from './rule.js';

export const uriAddress = {
  id: 'uri-address',
  severity: 'warning',
  summary: 'A tel:/sip: URI or user@host address where a bare number is expected.',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      const kind = field.schema['x-kind'];
      if (kind !== 'dial-address' && kind !== 'transfer-address') return;
      const phone = analysePhone(field.value);
      if (!phone.uriScheme) return;
      const isTel = phone.uriScheme === 'tel';
      const bare = phone.number.trim();
      context.report({
        pointer: field.pointer,
        message:
          `${where(field.pointer)} is ${quote(field.value)}, a ${describe(phone.uriScheme)} rather than ` +
          'a bare phone number.',
        hint: isTel ? telHint(kind, bare)
          : 'Keep it only if your trunk routes SIP addresses; otherwise send an E.164 number.',
        ...(isTel && isBareNumber(kind, bare) ? { fix: dropScheme(field.pointer, bare) } : {}),
      });
    });
  },
} satisfies Rule;

/** The number after tel:, to send alone, unless it is no number there ("tel:+", "tel:abc"). */
function telHint(kind: FieldKind, bare: string): string {
  const fault = bare === '' ? 'nothing follows it' : phoneFault(kind, bare);
  return fault === undefined ? `Send the number alone: ${quote(bare)}.`
    : `Send a phone number alone, without "tel:": what follows it, ${quote(bare)}, is no number ` +
      `(${fault}).`;
}

/** Whether the number after tel: is accepted on its own in this member (no letters, no URI). */
function isBareNumber(kind: FieldKind, bare: string): boolean {
  // With ";ext=" the URI carries a parameter, which a bare number has no way to write.
  const phone = analysePhone(bare);
  if (bare === '' || phone.uriScheme !== undefined || phone.extension !== undefined) return false;
  return phoneFault(kind, bare) === undefined;
}

function dropScheme(pointer: string, bare: string): Fix {
  return {
    description: `Send the number alone: ${quote(bare)}.`,
    ops: [{ op: 'replace-value', pointer, value: bare }],
  };
}

function describe(scheme: string): string {
  return scheme === 'user@host' ? 'user@host address' : `${scheme}: URI`;
}
