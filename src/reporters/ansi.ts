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

/**
 * Escapes control characters (ANSI escapes, carriage returns, ...) in text that came from an
 * input, such as file names, so nothing in a payload can drive the terminal.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
