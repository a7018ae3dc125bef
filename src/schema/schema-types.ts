// The slice of JSON Schema our schemas use, plus our annotations (the x-* keywords).
import type { Severity } from '../lint/types.js';

/** What a string member holds; drives the rules beyond the schema. */
export type FieldKind =
  | 'entity-id'
  | 'dial-address'
  | 'transfer-address'
  | 'callback-number'
  | 'e164'
  | 'datetime'
  | 'enum'
  | 'country-code'
  | 'text';

export type TargetMode = 'exactly-one' | 'at-most-one' | 'at-least-one';

/** Which members of an object name the party it is about, and how many may be set. */
export interface TargetSpec {
  mode: TargetMode;
  members: readonly string[];
  /** Naming nobody is fine when this boolean member is true (voicemail, provisional). */
  noneAllowedWhenTrue?: string;
  /**
   * Severity of missing-target and conflicting-targets for this object, when it differs from
   * the rules' own: a warning where the reference only infers that a target is needed.
   */
  severity?: Severity;
}

export interface SchemaNode {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: readonly string[];
  items?: SchemaNode;
  enum?: readonly string[];
  format?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  definitions?: Record<string, SchemaNode>;
  /** The reference marks the member read-only: Genesys sets it (read-only-member). */
  readOnly?: boolean;
  'x-kind'?: FieldKind;
  'x-entity'?: string;
  'x-model'?: string;
  'x-targets'?: TargetSpec;
  /** The model documents a blank value as "leave it unchanged": an empty string is no noise. */
  'x-blank-keeps'?: boolean;
}
