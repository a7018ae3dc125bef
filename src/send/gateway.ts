// --gateway: where requests go instead of the region's hosts (a company proxy, or our tests'
// mock). Plain http would carry the client secret and tokens in clear text over the network,
// so it is accepted only for loopback addresses, which never leave the machine.
import { isIP } from 'node:net';
import { UsageError } from '../lint/usage-error.js';

export interface Gateway {
  protocol: 'http' | 'https';
  host: string;
  /** -1 when the URL names none (the SDK's convention for "default port"). */
  port: number;
  /** The origin requests go to, e.g. http://127.0.0.1:8080. */
  origin: string;
}

export function parseGateway(given: string): Gateway {
  // Every message names the gateway without what stands before an "@": it may be a password.
  const text = hideUserInfo(given);
  let url: URL;
  try {
    url = new URL(given.includes('://') ? given : `https://${given}`);
  } catch {
    throw new UsageError(`--gateway ${text} is not a URL`,
      'Write e.g. --gateway https://proxy.example.com or --gateway http://127.0.0.1:8080.');
  }
  const protocol = url.protocol.replace(/:$/, '');
  if (protocol !== 'http' && protocol !== 'https') {
    throw new UsageError(`--gateway ${text}: only http and https are supported`,
      'Write e.g. --gateway https://proxy.example.com.');
  }
  if (url.username !== '' || url.password !== '') {
    // Not quoted: the part before "@" is a password.
    throw new UsageError(
      `--gateway ${url.protocol}//…@${url.host}: credentials in the gateway URL are not supported (not shown)`,
      'Give only a scheme, host and port, e.g. --gateway https://proxy.example.com.');
  }
  if (url.pathname !== '/' || url.search !== '') {
    // Named for what was given: "?x=1" was refused as a path prefix, which it is not.
    const parts = [url.pathname === '/' ? '' : 'Path prefixes', url.search === '' ? '' : 'queries']
      .filter((part) => part !== '').join(' and ');
    throw new UsageError(`--gateway ${text}: give only a scheme, host and port`,
      `${parts.charAt(0).toUpperCase()}${parts.slice(1)} in the gateway URL are not supported.`);
  }
  // Kept in brackets for IPv6: the SDK joins protocol, host and port into a URL as they are.
  const host = url.hostname;
  if (protocol === 'http' && !isLoopback(host.replace(/^\[|\]$/g, ''))) {
    throw new UsageError(`--gateway ${text} would send credentials unencrypted to another machine`,
      'Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).');
  }
  return { protocol, host, port: url.port === '' ? -1 : Number(url.port), origin: url.origin };
}

/** "scheme://user:pw@host..." as "scheme://…@host...": user info ends at the last "@" before a path. */
function hideUserInfo(text: string): string {
  return text.replace(/^((?:[a-z][a-z0-9+.-]*:)?\/\/)?[^/?#]*@/i, (_all, scheme: string | undefined) =>
    `${scheme ?? ''}…@`);
}

/** 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z) and localhost. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  if (name === 'localhost') return true;
  const mapped = name.startsWith('::ffff:') ? name.slice(7) : name;
  if (isIP(mapped) === 4) return mapped.split('.')[0] === '127';
  return isIP(name) === 6 && (name === '::1' || name === '0:0:0:0:0:0:0:1');
}
