// The per-endpoint facts (src/rules/support/endpoint-facts.ts) are keyed by short name and
// pointer; a misspelt key would silently never apply, so each one is checked against the table.
import { describe, expect, test } from '@jest/globals';
import { ENDPOINTS } from '../src/endpoints/table.js';
import { endpointsWithFacts } from '../src/rules/support/endpoint-facts.js';

describe('endpoint facts', () => {
  test.each(endpointsWithFacts())('%s is an endpoint short name with a body', (name) => {
    const endpoint = ENDPOINTS.find((e) => e.name === name);
    expect(endpoint?.model).toEqual(expect.any(String));
  });
});
