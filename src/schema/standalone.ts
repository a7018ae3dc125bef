// Generates a body schema's validator as CommonJS source, at build time only
// (scripts/build-validators.mjs): the CLI loads the output (registry.ts), never this module, so
// neither ajv's compiler nor the ~40 ms of compiling is paid at start-up.
import AjvModule, { _ } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
// This import is also what makes tsc emit formats.cjs: tsconfig's src/**/*.ts skips .cts files.
import formats from './formats.cjs';
import type { SchemaNode } from './schema-types.js';

// ajv is CommonJS with a default export; under NodeNext that arrives wrapped.
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

/** Our annotations: ajv keeps them in the schema (and so in verbose errors) but checks nothing. */
const ANNOTATIONS = ['x-kind', 'x-entity', 'x-model', 'x-targets', 'x-blank-keeps'];

/**
 * The validator's module source. It requires formats.cjs as "../formats.cjs", so it must be
 * written to validators/ beside the compiled formats.cjs, where registry.ts looks for it.
 */
export function validatorSource(schema: SchemaNode): string {
  // allErrors: users want every problem in one run; verbose: errors carry the schema that failed,
  // which is where our x-* annotations live. validateSchema off (issue 6): the shipped schemas
  // are checked against the draft-07 meta-schema once, by test/schemas-meta-schema.test.ts.
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    validateSchema: false,
    code: { source: true, formats: _`require("../formats.cjs")` },
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  ajv.addVocabulary(ANNOTATIONS);
  return standaloneCode(ajv, ajv.compile(schema));
}

/**
 * The config file's validator source (schemas/config.schema.json), written as
 * validators/config.cjs. Options as config.ts always used: every error, the failing schema in
 * each (for the "Allowed:" list), and no strict mode for the schema's descriptive keywords.
 */
export function configValidatorSource(schema: object): string {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}
