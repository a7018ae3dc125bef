// A body logged in base64 (a HAR postData with "encoding": "base64", an API Gateway event with
// "isBase64Encoded": true), decoded to the UTF-8 text that was sent, or why it cannot be.

export type Base64Text = { text: string } | { problem: 'not-base64' | 'not-utf8' };

export function decodeBase64Text(text: string): Base64Text {
  // Exporters may wrap base64 in lines; the padding may be left out.
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    return { problem: 'not-base64' };
  }
  try {
    const bytes = Buffer.from(compact, 'base64');
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'not-utf8' };
  }
}
