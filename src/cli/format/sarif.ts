/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning tools (GitHub code scanning,
 * VS Code's SARIF viewer) read to show findings inline. Paths are relative to the working
 * folder through the SRCROOT base id, so the log is portable between machines.
 */
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../../core/findings';
import { gapRuleCatalogue, type GapRuleMeta } from '../../core/gaps/index';
import { syntaxCodeCatalogue, type FindingCodeInfo } from '../../core/parse/codes';
import { schemaCodeCatalogue } from '../../core/validate/codes';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { neutraliseJson } from './neutralise';
import { translator, type Translator } from '../../core/l10n/index';
import type { CheckReport } from './report';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration?: { level: SarifLevel };
  helpUri?: string;
  properties?: { category?: string };
}

export function formatSarif(report: CheckReport, tr: Translator = translator('en')): string {
  // Only the rules that occur, in order of first appearance (as docs/cli.md says): the log
  // describes its own results, and stays small for a clean run.
  const catalogue = new Map<string, SarifRule>();
  for (const entry of syntaxCodeCatalogue) catalogue.set(entry.code, ruleFromCodeInfo(entry, 'syntax'));
  for (const entry of schemaCodeCatalogue) catalogue.set(entry.code, ruleFromCodeInfo(entry, 'schema'));
  for (const entry of gapRuleCatalogue) catalogue.set(entry.code, ruleFromCatalogue(entry));

  const rules = new Map<string, SarifRule>();
  const results = report.files.flatMap((file) =>
    file.findings.map((finding) => {
      if (!rules.has(finding.code)) rules.set(finding.code, catalogue.get(finding.code) ?? ruleFromFinding(finding));
      return { finding, file };
    }),
  );
  const ruleIndex = new Map([...rules.keys()].map((id, index) => [id, index]));
  const fileIndex = new Map(report.files.map((file, index) => [file, index]));
  const cwdUri = pathToFileURL(report.cwd).href.replace(/\/?$/, '/');

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: [...rules.values()],
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: cwdUri } },
        artifacts: report.files.map((file) => ({ location: artifactLocation(file.displayPath, file.path) })),
        results: results.map(({ finding, file }) => ({
          ruleId: finding.code,
          ruleIndex: ruleIndex.get(finding.code)!,
          level: sarifLevel(finding.severity),
          message: { text: tr.finding(finding) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  ...artifactLocation(file.displayPath, file.path),
                  index: fileIndex.get(file)!,
                },
                region: {
                  startLine: finding.range.start.line,
                  startColumn: finding.range.start.column,
                  endLine: finding.range.end.line,
                  endColumn: finding.range.end.column,
                },
              },
            },
          ],
          ...(finding.related && finding.related.length > 0
            ? {
                relatedLocations: finding.related.map((related, id) => ({
                  id,
                  message: { text: tr.keyed(finding.code, related.messageId, related.data, related.message) },
                  physicalLocation: {
                    artifactLocation: artifactLocation(file.displayPath, file.path),
                    region: {
                      startLine: related.range.start.line,
                      startColumn: related.range.start.column,
                      endLine: related.range.end.line,
                      endColumn: related.range.end.column,
                    },
                  },
                })),
              }
            : {}),
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return neutraliseJson(JSON.stringify(log, null, 2)) + '\n';
}

/** A relative URI under SRCROOT for files inside the working folder, an absolute file URI otherwise. */
function artifactLocation(displayPath: string, absolutePath: string): { uri: string; uriBaseId?: string } {
  if (displayPath.startsWith('/') || /^[A-Za-z]:/.test(displayPath)) return { uri: pathToFileURL(absolutePath).href };
  return { uri: displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}

function ruleFromCatalogue(entry: GapRuleMeta): SarifRule {
  return {
    id: entry.code,
    name: entry.name,
    shortDescription: { text: entry.description },
    fullDescription: { text: entry.rationale },
    defaultConfiguration: { level: sarifLevel(entry.defaultSeverity) },
    properties: { category: 'gap' },
  };
}

function ruleFromCodeInfo(entry: FindingCodeInfo, category: 'syntax' | 'schema'): SarifRule {
  return {
    id: entry.code,
    shortDescription: { text: entry.summary },
    defaultConfiguration: { level: sarifLevel(entry.severity) },
    properties: { category },
  };
}

/** A code missing from every catalogue (a newer engine): describe it by its category. */
function ruleFromFinding(finding: Finding): SarifRule {
  const text: Record<Finding['category'], string> = {
    syntax: 'The file is not valid YAML.',
    schema: 'The map does not follow the journey map format.',
    reference: 'The map refers to something it does not define.',
    gap: 'A gap in the journey.',
    limit: 'The file exceeds a safety limit.',
  };
  return {
    id: finding.code,
    ...(finding.rule !== undefined ? { name: finding.rule } : {}),
    shortDescription: { text: text[finding.category] },
    properties: { category: finding.category },
  };
}
