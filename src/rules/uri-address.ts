// uri-address: a tel:/sip: URI or a user@host address in phoneNumber, Destination.address or
// TransferRequest.address. Genesys' own samples send such values and they work, but the fields
// are documented as numbers, so a bare number is recommended (warning).
import { quote } from '../lint/quote.js';
import { analysePhone } from '../phone/analyse-phone.js';
import type { Fix } from '../lint/types.js';
import type { FieldKind } from '../schema/schema-types.js';
import { onlyDialledE164 } from '../phone/international-form.js';
import { phoneFault } from './invalid-phone.js';
import { where } from './support/field-names.js';
import { placesOfNumber } from './support/numbers-country.js';
import { unfilledClause } from './support/template-variable.js';
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
      if (!phone.uriScheme || context.countWhenFull(field.pointer)) return;
      const isTel = phone.uriScheme === 'tel';
      const bare = phone.number.trim();
      const isFixed = isTel && isBareNumber(kind, bare);
      // "tel:00 44 20 ...": the other rules ask for "+44...", so sending "00 44 20 ..." alone would
      // only be warned about again.
      const dialled = isFixed
        ? onlyDialledE164(analysePhone(bare).compact, placesOfNumber(field, context)) : undefined;
      const alone = dialled === undefined ? { number: bare, how: '' }
        : { number: dialled.number, how: ` in E.164 form (${dialledChange(dialled.trunk)})` };
      const send = `Send the number alone${alone.how}: ${quote(alone.number)}.`;
      // "sip:{{user}}@host": an address all the same, but what it dials is known only once
      // filled in, as the rules for numbers and ids say of their values (template-variable.ts).
      const unfilled = unfilledClause(field.value);
      const also = unfilled === undefined ? '' : `; it ${unfilled.clause}`;
      const sipHint = 'Keep it only if your trunk routes SIP addresses; otherwise send an E.164 number.';
      context.report({
        pointer: field.pointer,
        message:
          `${where(field.pointer)} is ${quote(field.value)}, a ${describe(phone.uriScheme)} rather than ` +
          `a bare phone number${also}.`,
        hint: unfilled !== undefined ? variableHint(unfilled.variable, isTel)
          : isFixed ? send : isTel ? telHint(kind, bare) : sipHint,
        ...(isFixed ? { fix: replaceWith(field.pointer, alone.number, send) } : {}),
      });
    });
  },
} satisfies Rule;

/** What follows tel: and why it is not sent alone ("tel:+", "tel:abc", "tel:+1...;ext=2"). */
function telHint(kind: FieldKind, bare: string): string {
  const fault = bare === '' ? 'nothing follows it' : phoneFault(kind, bare);
  return fault === undefined ? `Send the number alone: ${quote(bare)}.`
    : `Send a phone number alone, without "tel:": what follows it, ${quote(bare)}, is no number ` +
      `(${fault}).`;
}

/** Fill the variable in first: what the value is cannot be told before. */
function variableHint(variable: string, isTel: boolean): string {
  const then = isTel ? 'then send the number alone, without "tel:"'
    : 'keep a SIP address only if your trunk routes them, otherwise send an E.164 number';
  return `Lint the body as sent, with ${variable} filled in; ${then}.`;
}

function dialledChange(trunk: string | undefined): string {
  return '"+" for the international prefix 00' +
    (trunk === undefined ? '' : `, without the trunk prefix ${trunk}`);
}

/** Whether the number after tel: is accepted on its own in this member (no letters, no URI). */
function isBareNumber(kind: FieldKind, bare: string): boolean {
  // With ";ext=" the URI carries a parameter, which a bare number has no way to write.
  const phone = analysePhone(bare);
  if (bare === '' || phone.uriScheme !== undefined || phone.extension !== undefined) return false;
  return phoneFault(kind, bare) === undefined;
}

function replaceWith(pointer: string, value: string, description: string): Fix {
  return { description, ops: [{ op: 'replace-value', pointer, value }] };
}

function describe(scheme: string): string {
  return scheme === 'user@host' ? 'user@host address' : `${scheme}: URI`;
}
