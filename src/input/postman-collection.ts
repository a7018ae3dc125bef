// Postman collection exports (v2.0 and v2.1): a .json file holding requests, each with its own
// method, URL and body. Told by content, a collection is read for its requests (read-postman.ts)
// instead of being linted as one create-call body ("Remove info").
import { quote } from '../lint/quote.js';
import { isPlainObject } from '../lint/walk-model.js';

/**
 * Whether the parsed document is a collection: an "info" whose "schema" is a getpostman.com
 * schema URL (https://schema.getpostman.com/json/collection/v2.1.0/collection.json), and items.
 */
export function isPostmanCollection(value: Record<string, unknown>): boolean {
  const info = value['info'];
  return isPlainObject(info) && typeof info['schema'] === 'string' &&
    /^https?:\/\/schema\.getpostman\.com\//.test(info['schema']) && Array.isArray(value['item']);
}

/**
 * How a collection's request is named: by the names of its folders and its own, as Postman's
 * sidebar shows them, and where it starts ("item \"Calls / Place a call\" (line 14)"). Names
 * repeat across folders and collections, so the line (and column where the line alone cannot)
 * tells them apart.
 */
export function postmanItemLabel(item: { item?: string; line: number; column?: number }): string {
  const column = item.column === undefined ? '' : `, column ${item.column}`;
  return `item ${quote(item.item ?? '')} (line ${item.line}${column})`;
}
