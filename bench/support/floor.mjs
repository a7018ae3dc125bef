// The floor: the least work a linter of these bodies can do in Node. Read each input, JSON.parse
// it and run ajv standalone code precompiled from the same schema (written by bench/run.mjs), then
// print how many bodies were invalid. No positions, messages or rules.
//   node bench/support/floor.mjs <validator.cjs> <file|folder|.jsonl>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [validatorFile, ...inputs] = process.argv.slice(2);
const validate = createRequire(import.meta.url)(validatorFile);
let bodies = 0;
let invalid = 0;

function check(text) {
  bodies++;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    invalid++;
    return;
  }
  if (!validate(value)) invalid++;
}

function visit(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) visit(join(path, name));
  } else if (path.endsWith('.jsonl') || path.endsWith('.ndjson')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim() !== '') check(line);
  } else if (path.endsWith('.json')) {
    check(readFileSync(path, 'utf8'));
  }
}

inputs.forEach(visit);
process.stdout.write(`${bodies} bodies, ${invalid} invalid\n`);
process.exitCode = invalid > 0 ? 1 : 0;
