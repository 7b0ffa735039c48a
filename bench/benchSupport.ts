/**
 * What the benchmarks share: min/median timing, the machine's load line (timings are only
 * comparable with the load they were taken under) and Red Hat's yaml-language-server set up on
 * the journey schema, the baseline both compare the engine with.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';

export type YamlLanguageService = ReturnType<typeof getLanguageService>;

/** A benchmark's figure: the fastest run and the median one (the mean hides outliers under load). */
export interface Timing {
  min: number;
  median: number;
}

export function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

export function machineLoad(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')} on ${cpus().length} cores`;
}

/** yaml-language-server validating against our schema, and the URI of the document to give it. */
export function yamlLanguageServer(root: string): { service: YamlLanguageService; uri: string } {
  const schemaText = readFileSync(join(root, 'schemas', 'journey.schema.json'), 'utf8');
  const service = getLanguageService({
    schemaRequestService: async () => schemaText,
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  // yaml-language-server mutates the schema object it is given: hand it its own copy.
  service.configure({
    validate: true,
    completion: false,
    hover: false,
    schemas: [
      { uri: 'file:///bench/journey.schema.json', fileMatch: ['*.journey.yaml'], schema: JSON.parse(schemaText) },
    ],
  });
  return { service, uri: pathToFileURL(join(root, 'samples', 'bench.journey.yaml')).toString() };
}
