// The Genesys Cloud regions of the official SDK's region table (reference section 6: npm
// purecloud-platform-client-v2 262.0.0, PureCloudRegionHosts.js). The API host is "api." plus
// the environment and the login host "login." plus it; nothing else is ever contacted.
export const REGIONS = {
  us_east_1: 'mypurecloud.com',
  eu_west_1: 'mypurecloud.ie',
  ap_southeast_2: 'mypurecloud.com.au',
  ap_northeast_1: 'mypurecloud.jp',
  eu_central_1: 'mypurecloud.de',
  us_west_2: 'usw2.pure.cloud',
  ca_central_1: 'cac1.pure.cloud',
  ap_northeast_2: 'apne2.pure.cloud',
  eu_west_2: 'euw2.pure.cloud',
  ap_south_1: 'aps1.pure.cloud',
  us_east_2: 'use2.us-gov-pure.cloud',
  sa_east_1: 'sae1.pure.cloud',
  me_central_1: 'mec1.pure.cloud',
  ap_northeast_3: 'apne3.pure.cloud',
  eu_central_2: 'euc2.pure.cloud',
  mx_central_1: 'mxc1.pure.cloud',
  ap_southeast_1: 'apse1.pure.cloud',
  eusc_de_east_1: 'edee1.eusc-pure.cloud',
} as const satisfies Record<string, string>;

export type RegionKey = keyof typeof REGIONS;

export interface Region {
  key: RegionKey;
  environment: string;
  apiBase: string;
  loginBase: string;
}

/**
 * A region from what users write: the SDK key (us_east_1, also us-east-1), the environment
 * (mypurecloud.ie) or an API/login host or URL of it. Undefined when it is none of these.
 */
export function findRegion(text: string): Region | undefined {
  const cleaned = text.trim().toLowerCase()
    .replace(/^https?:\/\//, '').replace(/\/+$/, '').replace(/^(api|login)\./, '');
  const asKey = cleaned.replace(/-/g, '_');
  const key = (Object.keys(REGIONS) as RegionKey[])
    .find((k) => k === asKey || REGIONS[k] === cleaned);
  return key === undefined ? undefined : regionOf(key);
}

function regionOf(key: RegionKey): Region {
  const environment = REGIONS[key];
  return { key, environment, apiBase: `https://api.${environment}`, loginBase: `https://login.${environment}` };
}
