// uri-address: a tel:/sip: URI or a user@host address in phoneNumber, Destination.address or
// TransferRequest.address. Genesys' own samples send such values and they work, but the fields
// are documented as numbers, so a bare number is recommended (warning).
import { quote } from '../lint/quote.js';
import { analysePhone } from '../phone/analyse-phone.js';
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
      context.report({
        pointer: field.pointer,
        message:
          `${where(field.pointer)} is ${quote(field.value)}, a ${describe(phone.uriScheme)} rather than ` +
          'a bare phone number.',
        hint: isTel
          ? `Send the number alone: ${quote(phone.number.trim())}.`
          : 'Keep it only if your trunk routes SIP addresses; otherwise send an E.164 number.',
      });
    });
  },
} satisfies Rule;

function describe(scheme: string): string {
  return scheme === 'user@host' ? 'user@host address' : `${scheme}: URI`;
}
