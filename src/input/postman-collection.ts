// Postman collection exports (v2.0 and v2.1): a .json file holding requests, each with its own
// method, URL and body, which was linted as one create-call body ("Remove info").
import { isRecord } from './own-report.js';

/**
 * Whether the parsed document is a collection: an "info" whose "schema" is a getpostman.com
 * schema URL (https://schema.getpostman.com/json/collection/v2.1.0/collection.json), and items.
 */
export function isPostmanCollection(value: Record<string, unknown>): boolean {
  const info = value['info'];
  return isRecord(info) && typeof info['schema'] === 'string' &&
    /^https?:\/\/schema\.getpostman\.com\//.test(info['schema']) && Array.isArray(value['item']);
}
