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

/** Each place of `values` (a path's {param} values) holding another parameter's {name}. */
export function findAllMisplaced(values: Readonly<Record<string, string>>): Misplaced[] {
  const found: Misplaced[] = [];
  for (const [name, value] of Object.entries(values)) {
    const inner = /^\{([^{}]+)\}$/.exec(value)?.[1];
    if (inner === undefined) continue;
    const standsFor = longParamName(inner);
    if (standsFor !== name) found.push({ name, placeholder: escapeControl(value), standsFor });
  }
  return found;
}

/** The first place of `values` holding another parameter's {name}. */
export function findMisplaced(values: Readonly<Record<string, string>>): Misplaced | undefined {
  return findAllMisplaced(values)[0];
}

/** What to say of misplaced placeholders: where they stand, and what each stands for. */
export function describeMisplaced(misplaced: readonly Misplaced[], where: string): string {
  const places = misplaced.map(({ name, placeholder, standsFor }) => {
    const inner = placeholder.slice(1, -1);
    const meaning = inner === standsFor ? '' : ` (${inner} is short for ${escapeControl(standsFor)})`;
    return `${placeholder} in the place of ${name}${meaning}`;
  });
  return `${where} has ${places.join(', and ')}`;
}

/** The fix: the right placeholder in each place, filled by --param. */
export function misplacedHint(misplaced: readonly Misplaced[]): string {
  const names = misplaced.map(({ name }) => name);
  const places = misplaced.map(({ name, placeholder }) => `{${name}} or the ${name} itself ` +
    `where ${placeholder} is`);
  return `Write ${places.join(', and ')}, and give the ${names.length > 1 ? 'values' : 'value'} ` +
    `with ${names.map((name) => `--param ${name}=<id>`).join(' and ')}.`;
}
