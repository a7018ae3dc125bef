// The rules and country a file is linted with: its config's, with the flags' (or the library
// caller's options) over them. Merged once per config, not once per file: a run has a few
// configs and may have 10,000 files.
import type { RuleSetting } from '../lint/types.js';
import type { RuleId } from '../rules/rule-ids.js';
import type { LoadedConfig } from './config.js';

export interface LintSettings {
  rules: Partial<Record<RuleId, RuleSetting>>;
  country: string | undefined;
}

/** What the flags set, for every file alike; undefined where they leave it to the config. */
export interface SettingFlags {
  rules?: Partial<Record<RuleId, RuleSetting>> | undefined;
  country?: string | undefined;
}

/** The settings each config gives under these flags; a file without a config gets the flags'. */
export function settingsByConfig(flags: SettingFlags):
  (config: LoadedConfig | undefined) => LintSettings {
  const merged = new WeakMap<LoadedConfig, LintSettings>();
  const alone: LintSettings = { rules: { ...flags.rules }, country: flags.country };
  return (config) => {
    if (config === undefined) return alone;
    let settings = merged.get(config);
    if (settings === undefined) {
      settings = {
        rules: { ...config.data.rules, ...flags.rules },
        country: flags.country ?? config.data.defaultCountry,
      };
      merged.set(config, settings);
    }
    return settings;
  };
}
