// What a consumer with @types/jest has in place of @jest/globals: a global expect typed by the
// jest namespace. @types/jest is no dependency of ours, so this declares the part of it that
// custom matchers merge with (Matchers, Expect, InverseAsymmetricMatchers), with its parameters.
declare namespace jest {
  interface Matchers<R, T = {}> {
    not: Matchers<R, T>;
    resolves: Matchers<Promise<R>, T>;
    toEqual<E = unknown>(expected: E): R;
  }

  interface InverseAsymmetricMatchers {
    objectContaining<E = {}>(sample: E): unknown;
  }

  interface Expect {
    <T = unknown>(actual: T): Matchers<void, T>;
    not: InverseAsymmetricMatchers;
  }
}

declare const expect: jest.Expect;
