import assert from 'node:assert/strict';
import { SchemaNavigator } from '../../../src/server/language/schemaNavigator';

const schema = new SchemaNavigator();

describe('SchemaNavigator (over schemas/journey.schema.json)', () => {
  it('lists the top-level keys with required ones marked', () => {
    const keys = schema.propertiesAt([]);
    assert.deepEqual(
      keys.map((key) => key.name),
      ['journey', 'description', 'owner', 'reviewed', 'language', 'personas', 'stages'],
    );
    assert.equal(keys.find((key) => key.name === 'stages')?.required, true);
    assert.equal(keys.find((key) => key.name === 'owner')?.required, false);
  });

  it('follows $ref through arrays to a touchpoint', () => {
    const keys = schema.propertiesAt(['stages', 3, 'touchpoints', 0]).map((key) => key.name);
    assert.ok(keys.includes('momentOfTruth'));
    assert.ok(keys.includes('painPoints'));
  });

  it('keeps a property description next to its $ref', () => {
    const id = schema.propertiesAt(['personas', 0]).find((key) => key.name === 'id');
    assert.match(id?.schema.markdownDescription ?? '', /persona's id/);
  });

  it('offers enum values with their descriptions', () => {
    const kinds = schema.valuesAt(['stages', 0, 'kind']);
    assert.deepEqual(
      kinds.map((kind) => kind.value),
      ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
    );
    assert.match(kinds[3]?.documentation ?? '', /Retention/);
    const channels = schema.valuesAt(['personas', 0, 'channels', 2]);
    assert.ok(channels.some((channel) => channel.value === 'whatsapp'));
  });

  it('offers true and false for booleans', () => {
    assert.deepEqual(
      schema.valuesAt(['stages', 0, 'touchpoints', 0, 'digital']).map((value) => value.value),
      [true, false],
    );
  });

  it('sees both branches of the emotion (a score or one per persona)', () => {
    const candidates = schema.schemasAt(['stages', 0, 'touchpoints', 0, 'emotion']);
    assert.deepEqual(candidates.map((candidate) => candidate.type).sort(), ['integer', 'object']);
    assert.equal(schema.schemasAt(['stages', 0, 'touchpoints', 0, 'emotion', 'rina'])[0]?.type, 'integer');
  });

  it('documents a key from the schema', () => {
    assert.match(schema.documentationAt(['stages', 0, 'touchpoints', 0, 'momentOfTruth']) ?? '', /moment of truth/);
    assert.match(schema.documentationAt(['stages', 0, 'touchpoints', 0, 'personas', 0]) ?? '', /persona/);
  });

  it('knows nothing of keys the schema does not have', () => {
    assert.deepEqual(schema.schemasAt(['nonsense', 'deeper']), []);
    assert.deepEqual(schema.propertiesAt(['stages', 0, 'nonsense']), []);
  });
});
