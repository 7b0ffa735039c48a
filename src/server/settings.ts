/**
 * The settings that apply to one document, as the server sees them: the gap rules
 * (`journeyMap.rules` merged over the `.journeymaprc.json` rules) and the validation
 * delay. Read from `workspace/configuration` when the client supports it (VS Code; the
 * client adds the config file's rules), else from `initializationOptions` (editors that
 * start `journey-map lsp --stdio` with a settings table), plus, where the host can read
 * files (Node), the nearest `.journeymaprc.json` walking up from the map.
 */
import type { Connection } from 'vscode-languageserver';
import { parseRuleSettings, type RuleSettings } from '../core/index';
import { pickLanguage, type Language } from '../core/l10n/index';
import { CONFIG_FILE_RULES_KEY, CONFIGURATION_SECTION } from '../shared/languageProtocol';
import { mergeRuleConfig } from '../shared/mergeRuleConfig';
import { isRecord } from '../core/values';

/** Wait this long after the last keystroke before analysing (setting `journeyMap.validationDelay`). */
export const DEFAULT_VALIDATION_DELAY_MS = 300;
const MAX_VALIDATION_DELAY_MS = 10_000;

export interface DocumentSettings {
  readonly rules: RuleSettings;
  readonly validationDelayMs: number;
  readonly validateClosedMaps: boolean;
  /**
   * Names the settings an analysis depends on (the resolved rules): equal settings have equal
   * generations, different ones different. An analysis is reused while its generation holds,
   * so a settings notification that changes nothing for a map (VS Code's client sends one on
   * start, and another once it has read `.journeymaprc.json`) does not analyse it again.
   */
  readonly generation: number;
}

/** What the host (Node or web worker) can do beyond the protocol. */
export interface SettingsHost {
  /** The `rules` of the config file that applies to a document, when the host can read files itself. */
  readConfigFileRules?(uri: string): unknown;
}

export class ServerSettings {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  /** Every distinct set of resolved rules seen, numbered: DocumentSettings.generation. */
  private readonly generations = new Map<string, number>();
  private useConfigurationRequest = false;
  private initializationSettings: Record<string, unknown> = {};
  /** The client's display language (InitializeParams.locale; VS Code sends vscode.env.language): findings and exports speak it. */
  language: Language = 'en';

  constructor(
    private readonly connection: Connection,
    private readonly host: SettingsHost,
  ) {}

  /** From the initialize request: whether to ask the client, and the fallback settings. */
  initialize(supportsConfiguration: boolean, initializationOptions: unknown, locale?: string): void {
    this.useConfigurationRequest = supportsConfiguration;
    this.language = pickLanguage(locale);
    this.initializationSettings = sectionOf(initializationOptions);
  }

  /** Settings changed (didChangeConfiguration, or the client says the config file changed). */
  changed(settings?: unknown): void {
    const section = sectionOf(settings);
    if (Object.keys(section).length > 0) this.initializationSettings = { ...this.initializationSettings, ...section };
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  for(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.read(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  private async read(uri: string): Promise<DocumentSettings> {
    let section: Record<string, unknown> = this.initializationSettings;
    if (this.useConfigurationRequest) {
      try {
        const [value] = await this.connection.workspace.getConfiguration([
          { scopeUri: uri, section: CONFIGURATION_SECTION },
        ]);
        section = { ...section, ...sectionOf(value) };
      } catch (error) {
        this.connection.console.warn(`Could not read the settings: ${String(error)}`);
      }
    }
    let fileRules = section[CONFIG_FILE_RULES_KEY];
    if (fileRules === undefined && this.host.readConfigFileRules) {
      try {
        fileRules = this.host.readConfigFileRules(uri);
      } catch (error) {
        this.connection.console.warn(String(error instanceof Error ? error.message : error));
      }
    }
    const { settings, problems } = parseRuleSettings(mergeRuleConfig(fileRules, section.rules));
    for (const problem of problems) this.connection.console.warn(`Rule settings: ${problem}`);
    const delay = section.validationDelay;
    return {
      rules: settings,
      validationDelayMs:
        typeof delay === 'number' && Number.isFinite(delay) && delay >= 0
          ? Math.min(delay, MAX_VALIDATION_DELAY_MS)
          : DEFAULT_VALIDATION_DELAY_MS,
      validateClosedMaps: section.validateClosedMaps === true,
      generation: this.generationOf(settings),
    };
  }

  private generationOf(rules: RuleSettings): number {
    const key = JSON.stringify(rules);
    let generation = this.generations.get(key);
    if (generation === undefined) {
      generation = this.generations.size;
      this.generations.set(key, generation);
    }
    return generation;
  }
}

/** `{ journeyMap: {...} }` or the section itself → the section. */
function sectionOf(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const nested = value[CONFIGURATION_SECTION];
  return isRecord(nested) ? nested : value;
}
