// Checks the JSON grammar of the text a HAR splitter reads around the entries, one character at
// a time. The entries are parsed on their own (JSON.parse), so each one stands here as an opaque
// value; everything else (the outline: log, creator, pages, the commas between entries) is only
// ever scanned, and without this a trailing comma or a missing colon there passed unseen, while
// any tool reading the file as JSON refuses it.

/** The first grammar fault and where it is (1-based). */
export interface OutlineFault {
  what: string;
  line: number;
  column: number;
}

type Expect =
  | 'value' // at the start, after ":" and after "," in a list
  | 'value-or-close' // after "["
  | 'key-or-close' // after "{"
  | 'key' // after "," in an object
  | 'colon'
  | 'comma-or-close'
  | 'end'; // the outermost value has closed

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;
const HEX = /^[0-9a-fA-F]$/;
const ESCAPES = '"\\/bfnrtu';

export class JsonOutline {
  private expect: Expect = 'value';
  /** true for an object, false for a list. */
  private readonly stack: boolean[] = [];
  private inString = false;
  private isKey = false;
  /** Inside a string: -1 normally, 0 right after a backslash, 1–4 inside \uXXXX. */
  private escape = -1;
  private literal: { text: string; line: number; column: number } | undefined;

  /** One character of the outline; the first fault it shows, if any. */
  feed(char: string, line: number, column: number): OutlineFault | undefined {
    const fault = (what: string): OutlineFault => ({ what, line, column });
    if (this.inString) return this.inStringChar(char) ? undefined : fault(this.stringFault(char));
    if (this.literal !== undefined) {
      if (/[0-9A-Za-z+.-]/.test(char)) {
        this.literal.text += char;
        return undefined;
      }
      const ended = this.endLiteral();
      if (ended) return ended;
    }
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') return undefined;
    switch (char) {
      case '{':
      case '[':
        if (!this.takesValue()) return fault(this.unexpected(char));
        this.stack.push(char === '{');
        this.expect = char === '{' ? 'key-or-close' : 'value-or-close';
        return undefined;
      case '}':
      case ']':
        return this.close(char === '}') ? undefined : fault(this.unexpected(char));
      case ',':
        if (this.expect !== 'comma-or-close') return fault(this.unexpected(char));
        this.expect = this.stack.at(-1) ? 'key' : 'value';
        return undefined;
      case ':':
        if (this.expect !== 'colon') return fault(this.unexpected(char));
        this.expect = 'value';
        return undefined;
      case '"':
        if (this.expect === 'key' || this.expect === 'key-or-close') this.isKey = true;
        else if (this.takesValue()) this.isKey = false;
        else return fault(this.unexpected(char));
        this.inString = true;
        return undefined;
      default:
        if (!this.takesValue() || !/[0-9a-z-]/.test(char)) return fault(this.unexpected(char));
        this.literal = { text: char, line, column };
        return undefined;
    }
  }

  /**
   * A value the caller reads itself stands here (an entry): it must be where a value may be.
   * `char` is its first character, for the message.
   */
  skipValue(char: string, line: number, column: number): OutlineFault | undefined {
    const ended = this.literal === undefined ? undefined : this.endLiteral();
    if (ended) return ended;
    if (!this.takesValue()) return { what: this.unexpected(char), line, column };
    this.afterValue();
    return undefined;
  }

  /** The text has ended: a number or word at the very end is checked too. */
  end(): OutlineFault | undefined {
    return this.literal === undefined ? undefined : this.endLiteral();
  }

  private takesValue(): boolean {
    return this.expect === 'value' || this.expect === 'value-or-close';
  }

  private afterValue(): void {
    this.expect = this.stack.length === 0 ? 'end' : 'comma-or-close';
  }

  private close(isObject: boolean): boolean {
    const top = this.stack.at(-1);
    // Wrong or missing openers are the splitter's to name; here only the grammar around them.
    if (top === undefined || top !== isObject) return true;
    const ok = this.expect === 'comma-or-close' ||
      this.expect === (isObject ? 'key-or-close' : 'value-or-close');
    if (!ok) return false;
    this.stack.pop();
    this.afterValue();
    return true;
  }

  private endLiteral(): OutlineFault | undefined {
    const { text, line, column } = this.literal!;
    this.literal = undefined;
    if (!LITERAL.test(text)) {
      return { what: `"${text}" is not a JSON value: not a number, true, false, null or a quoted string`,
        line, column };
    }
    this.afterValue();
    return undefined;
  }

  private inStringChar(char: string): boolean {
    if (this.escape === 0) {
      if (!ESCAPES.includes(char)) return false;
      this.escape = char === 'u' ? 1 : -1;
      return true;
    }
    if (this.escape > 0) {
      if (!HEX.test(char)) return false;
      this.escape = this.escape === 4 ? -1 : this.escape + 1;
      return true;
    }
    if (char === '\\') this.escape = 0;
    else if (char === '"') {
      this.inString = false;
      if (this.isKey) this.expect = 'colon';
      else this.afterValue();
    } else if (char.charCodeAt(0) < 0x20) return false;
    return true;
  }

  private stringFault(char: string): string {
    if (this.escape === 0) return `"\\${printable(char)}" is not an escape JSON knows`;
    if (this.escape > 0) return `"\\u" needs four hex digits, found ${quoteChar(char)}`;
    return `${quoteChar(char)} stands unescaped inside a string`;
  }

  private unexpected(char: string): string {
    const found = quoteChar(char);
    switch (this.expect) {
      case 'colon':
        return `a ":" is missing after a key, found ${found}`;
      case 'comma-or-close':
        if (char === '"' || char === '{' || char === '[' || /[0-9a-z-]/.test(char)) {
          return this.stack.at(-1)
            ? 'a "," is missing before the next member'
            : 'a "," is missing between two values of a list';
        }
        return `${found} where "," or "${this.stack.at(-1) ? '}' : ']'}" belongs`;
      case 'key':
        return char === '}' ? 'a trailing "," before "}"' : `a quoted key is missing, found ${found}`;
      case 'key-or-close':
        return `a quoted key or "}" is missing, found ${found}`;
      case 'value':
        if (char === ']' && this.stack.at(-1) === false) return 'a trailing "," before "]"';
        return `a value is missing, found ${found}`;
      case 'value-or-close':
        return `a value or "]" is missing, found ${found}`;
      case 'end':
        return 'text follows the end of the JSON';
    }
  }
}

function quoteChar(char: string): string {
  if (char === '"') return "'\"'";
  return char.charCodeAt(0) < 0x20 ? `a control character (U+${hex4(char)})` : `"${char}"`;
}

function printable(char: string): string {
  return char.charCodeAt(0) < 0x20 ? `u${hex4(char)}` : char;
}

function hex4(char: string): string {
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}
