// A consumer's test code, checked under each project here: its expect is the global one of
// that project's Jest typing, and the matcher's types come only from "genesys-call-lint/jest/setup"
// in the project's tsconfig "types", as the README tells users to write.
export async function useMatcher(): Promise<void> {
  expect({ speakTo: 'DESTINATION' }).toBeValidCallRequest('consult');
  expect('{}').not.toBeValidCallRequest();
  await expect(Promise.resolve({})).resolves.toBeValidCallRequest('create-call');
  expect({ body: {} }).toEqual({ body: expect.toBeValidCallRequest('create-call') });
  expect({ body: {} }).toEqual({ body: expect.not.toBeValidCallRequest() });
  // @ts-expect-error -- the endpoint is a string: the matcher is typed, not any.
  expect({}).toBeValidCallRequest(5);
}
