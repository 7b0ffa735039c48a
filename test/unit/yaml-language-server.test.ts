/**
 * The schema must work in Red Hat's yaml-language-server (the engine behind the YAML extension)
 * through the `# yaml-language-server: $schema=…` modeline each sample starts with. This runs the
 * real language service on the files, resolving the modeline's relative path as the editor would.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';
import { analyzeJourney } from '../../src/core/analyze';

const samples = join(__dirname, '..', '..', 'samples');

function languageService() {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: {
      resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString(),
    },
  });
  // No schema association: the modeline alone must bring the schema in.
  service.configure({ validate: true, completion: false, hover: false, schemas: [] });
  return service;
}

async function validate(path: string): Promise<{ line: number; column: number; message: string; severity?: number }[]> {
  const document = TextDocument.create(pathToFileURL(path).toString(), 'yaml', 1, readFileSync(path, 'utf8'));
  const diagnostics = await languageService().doValidation(document, false);
  return diagnostics.map((diagnostic) => ({
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    message: diagnostic.message,
    severity: diagnostic.severity,
  }));
}

describe('yaml-language-server with the schema modeline', function () {
  this.timeout(60_000);

  for (const name of readdirSync(samples).filter((file) => file.endsWith('.journey.yaml'))) {
    it(`finds no problem in samples/${name}`, async () => {
      assert.deepEqual(await validate(join(samples, name)), []);
    });
  }

  it('loads the schema through the modeline and reports what the engine reports, at the same places', async () => {
    const path = join(samples, 'invalid', 'schema-errors.journey.yaml');
    const theirs = await validate(path);
    assert.ok(
      theirs.length >= 8,
      `yaml-language-server found only ${theirs.length} problems: is the modeline resolved?`,
    );
    const ours = analyzeJourney(readFileSync(path, 'utf8')).findings.map(
      (finding) => `${finding.range.start.line}:${finding.range.start.column}`,
    );
    for (const diagnostic of theirs) {
      assert.ok(
        ours.includes(`${diagnostic.line}:${diagnostic.column}`),
        `yaml-language-server reports “${diagnostic.message}” at ${diagnostic.line}:${diagnostic.column}; the engine has nothing there (it has ${ours.join(', ')})`,
      );
    }
  });

  it('recognises the editor keywords: an unknown channel lists the allowed values', async () => {
    const theirs = await validate(join(samples, 'invalid', 'schema-errors.journey.yaml'));
    assert.ok(theirs.some((diagnostic) => diagnostic.line === 15 && /whatsapp/.test(diagnostic.message)));
  });
});
