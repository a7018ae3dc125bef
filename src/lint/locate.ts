// Maps JSON Pointers to ranges in the source text. Built only for bodies that have findings, so
// clean bodies never pay for a second parse.
import { parseTree, type Node } from 'jsonc-parser';
import type { Anchor, Range } from './types.js';
import { splitPointer } from './pointer.js';

export class Locator {
  readonly #text: string;
  readonly #lineStarts: number[];
  #root: Node | undefined | null = null;

  constructor(text: string) {
    this.#text = text;
    this.#lineStarts = computeLineStarts(text);
  }

  rangeAtOffset(offset: number, length: number): Range {
    const start = Math.min(Math.max(0, offset), this.#text.length);
    const end = Math.min(this.#text.length, start + Math.max(0, length));
    return this.#range(start, end);
  }

  /** The range of the value at pointer, of its member (key and value), or of its parent. */
  rangeOf(pointer: string, anchor: Anchor = 'value'): Range {
    const tokens = splitPointer(pointer);
    const effective = anchor === 'parent' ? tokens.slice(0, -1) : tokens;
    const node = this.#nodeAt(effective);
    if (!node) return this.#range(0, 0);
    if (anchor === 'member' && node.parent?.type === 'property') {
      const member = node.parent;
      return this.#range(member.offset, member.offset + member.length);
    }
    if (anchor === 'parent' && (node.type === 'object' || node.type === 'array')) {
      // A missing member is placed at the opening bracket of the object that lacks it.
      return this.#range(node.offset, node.offset + 1);
    }
    return this.#range(node.offset, node.offset + node.length);
  }

  #nodeAt(tokens: string[]): Node | undefined {
    if (this.#root === null) this.#root = parseTree(this.#text);
    let node = this.#root;
    for (const token of tokens) {
      if (!node) return undefined;
      node = childOf(node, token);
    }
    return node;
  }

  #range(startOffset: number, endOffset: number): Range {
    return {
      start: this.#position(startOffset),
      end: this.#position(endOffset),
      startOffset,
      endOffset,
    };
  }

  #position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#lineStarts[low]! + 1 };
  }
}

function childOf(node: Node, token: string): Node | undefined {
  if (node.type === 'array') {
    const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : -1;
    return node.children?.[index];
  }
  if (node.type !== 'object') return undefined;
  // JSON.parse keeps the last of duplicate keys, so the last matching member is the one checked.
  let found: Node | undefined;
  for (const member of node.children ?? []) {
    if (member.children?.[0]?.value === token) found = member.children[1];
  }
  return found;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
