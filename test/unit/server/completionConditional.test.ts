import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeJourney } from '../../../src/core/index';
import { provideCompletion } from '../../../src/server/features/completion';
import { SchemaNavigator } from '../../../src/server/language/schemaNavigator';

/** A map with one metric of `type`, the cursor on a new line under its `responses:`. */
function completeUnderResponses(type: string): string[] {
  const text = `journey: Delivery
stages:
  - id: retention
    name: Retention
    touchpoints:
      - id: courier
        name: Courier
        metrics:
          - type: ${type}
            responses:
              
`;
  const document = TextDocument.create('untitled:map.journey.yaml', 'journey-yaml', 1, text);
  const offset = text.lastIndexOf('              ') + 14;
  const schema = new SchemaNavigator();
  return provideCompletion(document, offset, schema, () => analyzeJourney(text)).map((item) => item.label);
}

describe('completion honours the schema if/then (issue 8 item 10)', () => {
  it('offers no NPS groups under the responses of a CSAT metric', () => {
    const labels = completeUnderResponses('csat');
    for (const key of ['promoters', 'passives', 'detractors']) assert.ok(!labels.includes(key), labels.join(', '));
  });

  it('offers the NPS groups under the responses of an NPS metric', () => {
    const labels = completeUnderResponses('nps');
    for (const key of ['promoters', 'passives', 'detractors']) assert.ok(labels.includes(key), labels.join(', '));
  });

  it('decides the branch from the value in the schema navigator, and keeps both when there is no value', () => {
    const schema = new SchemaNavigator();
    const path = ['stages', 0, 'touchpoints', 0, 'metrics', 0, 'responses'];
    const root = (type: string) => ({ stages: [{ touchpoints: [{ metrics: [{ type }] }] }] });
    const names = (value?: unknown) => schema.propertiesAt(path, value).map((property) => property.name);
    assert.deepEqual(names(root('ces')), []);
    assert.deepEqual(names(root('nps')).sort(), ['detractors', 'passives', 'promoters']);
    assert.deepEqual(names().sort(), ['detractors', 'passives', 'promoters'], 'no value: every branch stays');
  });
});
