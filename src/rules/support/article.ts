// "a" or "an" before a phrase, by its sound: "a user id" ("u" sounding like "you"), "an
// external contact id", "an ISO-8601 date-time". Hints name members' shapes in running text.
export function article(phrase: string): string {
  return /^[aeio]|^u(?!s)/i.test(phrase) ? 'an' : 'a';
}
