#!/usr/bin/env node
// Second half of `npm run build`, after tsc: writes each body schema's ajv standalone validator to
// dist/src/schema/validators/, where registry.ts loads it (inside dist/src/ so it ships with the
// package). It imports the compiled sources: the model list, file names and ajv set-up live there.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = join(ROOT, 'dist', 'src', 'schema');

const registry = await import(pathToFileURL(join(SCHEMA_DIR, 'registry.js')).href);
const { configValidatorSource, validatorSource } = await import(pathToFileURL(join(SCHEMA_DIR, 'standalone.js')).href);

// Start empty so a validator of a model that was dropped cannot linger.
rmSync(join(SCHEMA_DIR, 'validators'), { recursive: true, force: true });
for (const model of registry.supportedModels()) {
  const file = registry.schemaFileOf(model);
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
  // Where registry.ts's loadValidator requires it.
  const target = join(SCHEMA_DIR, 'validators', `${registry.validatorNameOf(file)}.cjs`);
  mkdirSync(dirname(target), { recursive: true });
  const banner = `// Generated from schemas/${file} by scripts/build-validators.mjs.\n`;
  writeFileSync(target, banner + validatorSource(schema));
}

// The config file's schema, for src/cli/config.ts.
const configSchema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8'));
writeFileSync(join(SCHEMA_DIR, 'validators', 'config.cjs'),
  '// Generated from schemas/config.schema.json by scripts/build-validators.mjs.\n' +
  configValidatorSource(configSchema));
