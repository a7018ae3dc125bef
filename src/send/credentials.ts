// Who we are and where we send: credentials and region from flags first, then from the
// environment variables Genesys's own tools use (the CLI, Terraform provider and SDK examples).
import { UsageError } from '../lint/usage-error.js';
import { parseGateway, type Gateway } from './gateway.js';
import { findRegion, REGIONS, type Region } from './regions.js';

export const ENV = {
  clientId: 'GENESYSCLOUD_OAUTHCLIENT_ID',
  clientSecret: 'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  region: 'GENESYSCLOUD_REGION',
  accessToken: 'GENESYSCLOUD_ACCESS_TOKEN',
} as const;

export type Credentials =
  | { kind: 'client-credentials'; clientId: string; clientSecret: string }
  | { kind: 'access-token'; token: string }
  | { kind: 'none' };

export interface Target {
  /** Undefined when neither --region nor GENESYSCLOUD_REGION is set. */
  region: Region | undefined;
  gateway: Gateway | undefined;
}

export interface CredentialFlags {
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  accessToken?: string | undefined;
  region?: string | undefined;
  gateway?: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readCredentials(flags: CredentialFlags, env: Env): Credentials {
  const token = credential(flags.accessToken ?? nonEmpty(env[ENV.accessToken]), 'access token', ENV.accessToken);
  const clientId = credential(flags.clientId ?? nonEmpty(env[ENV.clientId]), 'client id', ENV.clientId);
  const clientSecret = credential(flags.clientSecret ?? nonEmpty(env[ENV.clientSecret]), 'client secret',
    ENV.clientSecret);
  // A token given on purpose wins over a client pair that may just be lying in the environment.
  if (token !== undefined) return { kind: 'access-token', token };
  if (clientId !== undefined && clientSecret !== undefined) {
    return { kind: 'client-credentials', clientId, clientSecret };
  }
  if (clientId !== undefined || clientSecret !== undefined) {
    const missing = clientId === undefined ? ENV.clientId : ENV.clientSecret;
    throw new UsageError(`client credentials are incomplete: ${missing} is not set`,
      `Set both ${ENV.clientId} and ${ENV.clientSecret}, or ${ENV.accessToken} for a user token.`);
  }
  return { kind: 'none' };
}

export function readTarget(flags: CredentialFlags, env: Env): Target {
  const gateway = flags.gateway === undefined ? undefined : parseGateway(flags.gateway);
  const named = flags.region ?? nonEmpty(env[ENV.region]);
  if (named === undefined) return { region: undefined, gateway };
  const region = findRegion(named);
  if (region === undefined) {
    const source = flags.region === undefined ? ENV.region : '--region';
    throw new UsageError(`${source} "${named}" is not a Genesys Cloud region`,
      `Use a region name or its domain, e.g. us_east_1 or mypurecloud.com; known: ` +
      `${Object.keys(REGIONS).join(', ')}.`);
  }
  return { region, gateway };
}

/**
 * A credential as it will be sent: the line end a file or a paste leaves around it is dropped
 * (what goes out must be what output is scrubbed of); space or control characters inside it are
 * refused, without showing the value.
 */
function credential(value: string | undefined, what: string, variable: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || /[\s\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new UsageError(`the ${what} is empty or has spaces or control characters in it (not shown)`,
      `Check ${variable} or its flag: ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} is one word; ` +
      'a line read from a file may carry its line end.');
  }
  return trimmed;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
