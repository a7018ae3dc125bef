// isolateAt: the way to one place in a body, alone, for checking a change there without linting
// the rest of a body that may hold a hundred thousand entries beside it.
import { describe, expect, test } from '@jest/globals';
import { isolateAt } from '../src/lint/pointer.js';

describe('isolateAt', () => {
  const body = {
    callerId: '+13175550100',
    participants: [{ address: '+13175550142' }, { address: '+13175550143' }, { adress: 'abc' }],
  };

  test('keeps the way alone, each list cut to its item on the way, as its first', () => {
    expect(isolateAt(body, '/participants/2', { address: 'abc' })).toEqual({
      body: { participants: [{ address: 'abc' }] },
      pointer: '/participants/0',
    });
  });

  test('the whole body for the top, and names with / and ~ escaped as pointers write them', () => {
    expect(isolateAt(body, '', { x: 1 })).toEqual({ body: { x: 1 }, pointer: '' });
    const odd = { 'a/b': [[1, 2], [3, { '~c': 4 }]] };
    expect(isolateAt(odd, '/a~1b/1/1/~0c', 5)).toEqual({
      body: { 'a/b': [[{ '~c': 5 }]] },
      pointer: '/a~1b/0/0/~0c',
    });
  });

  test('leaves the body it is given as it was', () => {
    const before = JSON.stringify(body);
    isolateAt(body, '/participants/2/adress', 'x');
    expect(JSON.stringify(body)).toBe(before);
  });
});
