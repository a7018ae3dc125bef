// libphonenumber-js, loaded on the first phone number rather than at start-up (issue 6). Its ES
// module build is about 110 files; the CommonJS build of the same release, with the same "min"
// metadata, loads in half the time, and a body without a phone member never loads it at all.
// lintText is synchronous, hence require() and not import().
import { createRequire } from 'node:module';

type LibPhoneNumber = typeof import('libphonenumber-js');

let loaded: LibPhoneNumber | undefined;

export function libphonenumber(): LibPhoneNumber {
  loaded ??= createRequire(import.meta.url)('libphonenumber-js') as LibPhoneNumber;
  return loaded;
}
