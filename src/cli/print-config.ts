// --print-config FILE: the settings that would apply to FILE, as JSON, for checking a setup.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeEndpoint } from '../endpoints/resolve-endpoint.js';
import { endpointFor, isAuto } from '../lint/lint-text.js';
import type { RuleSetting } from '../lint/types.js';
import { RULES } from '../rules/index.js';
import { RULE_IDS, type RuleId } from '../rules/rule-ids.js';
import type { CliOptions } from './args.js';
import { CLI_WORDS } from './cli-words.js';
import { endpointForFile, type LoadedConfig } from './config.js';
import type { ConfigLookup } from './config-lookup.js';
import type { LintSettings } from './config-settings.js';

interface Settings {
  configs: ConfigLookup;
  settingsOf: (config: LoadedConfig) => LintSettings;
  options: CliOptions;
  cwd: string;
}

export function printConfig(file: string, settings: Settings): string {
  const { configs, settingsOf, options, cwd } = settings;
  const absolute = resolve(cwd, file);
  // The config the file is linted with: the nearest to it, or the one named with --config. A
  // folder is asked about for the files in it, as ESLint's user asks of "src": the lookup starts
  // in the folder itself, not in its parent.
  const config = isFolder(absolute) ? configs.forFolder(absolute) : configs.forFile(absolute);
  const { rules, country } = settingsOf(config);
  const spec = options.endpoint ?? endpointForFile(config, absolute);
  // auto picks a model per body, as it is linted; printing create-call, the fallback for bodies
  // without members, named a model the file was not linted as. The file is not read here.
  const endpoint = isAuto(spec) ? undefined : endpointFor(spec, CLI_WORDS);
  const severities = Object.fromEntries(RULE_IDS.map((id) => [id, rules[id] ?? defaultSetting(id)]));
  const printed = {
    file,
    configFile: config.file ?? null,
    endpoint: endpoint === undefined ? 'auto' : describeEndpoint(endpoint),
    model: endpoint === undefined ? null : endpoint.model,
    // Its own config's ignores, or those of a config above it up to the working folder's.
    ignoredWhenExpanded: configs.ignoredBy(absolute) !== undefined,
    defaultCountry: country ?? null,
    rules: severities,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

function defaultSetting(id: RuleId): RuleSetting {
  return RULES[id].severity === 'error' ? 'error' : 'warn';
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
