// A {name} left in a path where another parameter belongs: `-e "POST /calls/{cid}/participants/
// p1/consult"` puts communicationId's short name in the conversation's place. The message said
// only that conversationId was missing, or that --param cid fits no path, and never named the
// {cid} the user had written and meant to fill.
import { escapeControl } from '../lint/escape-control.js';
import { longParamName } from './param-short-names.js';

/** A {placeholder} in the place of `name`, standing for another parameter (`standsFor`). */
export interface Misplaced {
  name: string;
  placeholder: string;
  standsFor: string;
}

/** The first place of `values` (a path's {param} values) holding another parameter's {name}. */
export function findMisplaced(values: Readonly<Record<string, string>>): Misplaced | undefined {
  for (const [name, value] of Object.entries(values)) {
    const inner = /^\{([^{}]+)\}$/.exec(value)?.[1];
    if (inner === undefined) continue;
    const standsFor = longParamName(inner);
    if (standsFor !== name) return { name, placeholder: escapeControl(value), standsFor };
  }
  return undefined;
}

/** What to say of a misplaced placeholder: where it stands, and what it stands for. */
export function describeMisplaced(misplaced: Misplaced, where: string): string {
  const { name, placeholder, standsFor } = misplaced;
  const inner = placeholder.slice(1, -1);
  const meaning = inner === standsFor ? '' : ` (${inner} is short for ${escapeControl(standsFor)})`;
  return `${where} has ${placeholder} in the place of ${name}${meaning}`;
}

/** The fix: the right placeholder there, filled by --param. */
export function misplacedHint(misplaced: Misplaced): string {
  const { name, placeholder } = misplaced;
  return `Write {${name}} or the ${name} itself where ${placeholder} is, and give the value ` +
    `with --param ${name}=<id>.`;
}
