// The .http files of VS Code's REST Client and JetBrains' HTTP Client, and Postman, write
// "{{name}}" where the client puts a value of its environment as it sends the request. A body
// read from such a file still holds the variable: told "contains letters", a user hunts for a
// typo in a value that is not there.
const VARIABLE = /\{\{[^{}\n]*\}\}/;

/** The first "{{name}}" in a value, or undefined when it has none. */
export function templateVariableIn(value: string): string | undefined {
  return VARIABLE.exec(value)?.[0];
}
