// Every notice kind, with a one-line summary. SARIF lists them beside the rules and GitHub names
// them as annotation titles, so users take them for rule ids: `explain` prints their pages too
// (docs/rules/<kind>.md). A Record, so a new kind does not compile until it is described.
import type { Notice } from './types.js';

export type NoticeKind = Notice['kind'];

export const NOTICE_SUMMARIES: Readonly<Record<NoticeKind, string>> = {
  'deprecated-endpoint': 'The body is meant for an endpoint that Genesys has deprecated.',
  'endpoint-auto': 'How the endpoint was chosen when it was not given.',
};

export const NOTICE_KINDS = Object.keys(NOTICE_SUMMARIES) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.prototype.hasOwnProperty.call(NOTICE_SUMMARIES, value);
}
