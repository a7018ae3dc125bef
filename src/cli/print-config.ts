// --print-config FILE: the settings that would apply to FILE, as JSON, for checking a setup.
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { describeEndpoint } from '../endpoints/resolve-endpoint.js';
import { endpointFor, isAuto } from '../lint/lint-text.js';
import type { RuleSetting } from '../lint/types.js';
import { RULES } from '../rules/index.js';
import { RULE_IDS, type RuleId } from '../rules/rule-ids.js';
import type { CliOptions } from './args.js';
import { CLI_WORDS } from './cli-words.js';
import { endpointForFile, toPosix, type LoadedConfig } from './config.js';
import { relative } from 'node:path';

interface Settings {
  config: LoadedConfig;
  options: CliOptions;
  rules: Partial<Record<RuleId, RuleSetting>>;
  country: string | undefined;
  cwd: string;
}

export async function printConfig(file: string, settings: Settings): Promise<string> {
  const { config, options, rules, country, cwd } = settings;
  const absolute = resolve(cwd, file);
  const spec = options.endpoint ?? endpointForFile(config, absolute);
  // auto picks a model per body, as it is linted; printing create-call, the fallback for bodies
  // without members, named a model the file was not linted as. The file is not read here.
  const endpoint = isAuto(spec) ? undefined : endpointFor(spec, CLI_WORDS);
  const ignores = config.data.ignores ?? [];
  const isIgnored = ignores.length > 0 &&
    picomatch([...ignores], { dot: true })(toPosix(relative(config.base, absolute)));
  const severities = Object.fromEntries(RULE_IDS.map((id) => [id, rules[id] ?? defaultSetting(id)]));
  // Loaded only for a looked-up config: a named one, or none, is what the user chose.
  const nearer = config.isLookedUp === true
    ? (await import('./nearer-configs.js')).findNearerConfigs([absolute], resolve(cwd))[0]
    : undefined;
  const printed = {
    file,
    configFile: config.file ?? null,
    // A closer config file that the run does not apply to the file (see the README).
    nearerConfigFile: nearer?.config ?? null,
    endpoint: endpoint === undefined ? 'auto' : describeEndpoint(endpoint),
    model: endpoint === undefined ? null : endpoint.model,
    ignoredWhenExpanded: isIgnored,
    defaultCountry: country ?? null,
    rules: severities,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

function defaultSetting(id: RuleId): RuleSetting {
  return RULES[id].severity === 'error' ? 'error' : 'warn';
}
