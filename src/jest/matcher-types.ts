// The types of toBeValidCallRequest, for both ways Jest is typed: @jest/globals, whose expect
// comes from the 'expect' module, and @types/jest, the global jest namespace. Types only: both
// entries, 'genesys-call-lint/jest' and 'genesys-call-lint/jest/setup', re-export nothing from
// here (export type {}), which keeps this file in their .d.ts without loading it at run time.

interface CallRequestMatchers<R> {
  /** Passes when the body has no error findings for the endpoint (default create-call). */
  toBeValidCallRequest(endpoint?: string): R;
}

declare module 'expect' {
  // The parameters are written as 'expect' declares them: merged declarations must agree.
  interface Matchers<R extends void | Promise<void>, T = unknown> extends CallRequestMatchers<R> {}

  // expect.toBeValidCallRequest() and expect.not.toBeValidCallRequest(), inside toEqual and
  // the like; Jest's own docs type asymmetric matchers as returning void.
  interface AsymmetricMatchers extends CallRequestMatchers<void> {}
}

declare global {
  // Declared the way @types/jest declares them, so that these merge with its interfaces; without
  // @types/jest they are types nobody uses.
  namespace jest {
    interface Matchers<R, T = {}> extends CallRequestMatchers<R> {}
    interface Expect extends CallRequestMatchers<unknown> {}
    interface InverseAsymmetricMatchers extends CallRequestMatchers<unknown> {}
  }
}

export {};
