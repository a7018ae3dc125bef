// The rule registry. Typed as a Record over RuleId, so adding an id without its module (or a
// module without its id) fails to compile.
import { conflictingTargets } from './conflicting-targets.js';
import { duplicateKey } from './duplicate-key.js';
import { emptyBody } from './empty-body.js';
import { emptyValue } from './empty-value.js';
import { enumCase } from './enum-case.js';
import { freezeDeep } from '../lint/freeze-deep.js';
import { invalidDatetime } from './invalid-datetime.js';
import { invalidEnum } from './invalid-enum.js';
import { invalidPhone } from './invalid-phone.js';
import { invalidUuid } from './invalid-uuid.js';
import { missingRequired } from './missing-required.js';
import { missingTarget } from './missing-target.js';
import { nonE164 } from './non-e164.js';
import { notAnObject } from './not-an-object.js';
import { phoneFormatting } from './phone-formatting.js';
import { readOnlyMember } from './read-only-member.js';
import { selfMerge } from './self-merge.js';
import type { Rule } from './rule.js';
import type { RuleId } from './rule-ids.js';
import { syntaxError } from './syntax-error.js';
import { unknownField } from './unknown-field.js';
import { uriAddress } from './uri-address.js';
import { wrongType } from './wrong-type.js';

// Frozen: the package exports this very table (src/lint/freeze-deep.ts).
export const RULES = freezeDeep({
  'syntax-error': syntaxError,
  'empty-body': emptyBody,
  'not-an-object': notAnObject,
  'unknown-field': unknownField,
  'missing-target': missingTarget,
  'conflicting-targets': conflictingTargets,
  'missing-required': missingRequired,
  'wrong-type': wrongType,
  'invalid-uuid': invalidUuid,
  'invalid-phone': invalidPhone,
  'invalid-enum': invalidEnum,
  'invalid-datetime': invalidDatetime,
  'empty-value': emptyValue,
  'non-e164': nonE164,
  'phone-formatting': phoneFormatting,
  'uri-address': uriAddress,
  'enum-case': enumCase,
  'duplicate-key': duplicateKey,
  'self-merge': selfMerge,
  'read-only-member': readOnlyMember,
} as const satisfies Record<RuleId, Rule>);
