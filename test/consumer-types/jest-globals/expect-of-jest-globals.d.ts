// The expect a test imports from @jest/globals, made global so that this project checks the
// same uses-matcher.ts as the other: its type is what the import gives.
declare global {
  const expect: typeof import('@jest/globals').expect;
}

export {};
