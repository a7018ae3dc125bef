// Minimal ANSI styling; a no-op when colour is off so reporters can call it unconditionally.
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLORED: Paint = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const PLAIN: Paint = {
  red: (t) => t,
  yellow: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t,
};

export function paint(color: boolean): Paint {
  return color ? COLORED : PLAIN;
}

// Reporters escape payload text with the same function as messages.
export { escapeControl, escapeInvisible, escapeName } from '../lint/escape-control.js';
