/**
 * Builders for journey maps in tests: small functions that return plain objects with sensible
 * defaults, and `toYaml` to turn them into the text the engine reads. Tests state only what
 * matters to them instead of copying whole fixtures.
 *
 *   const text = toYaml(journey({ stages: [stage('buy', { touchpoints: [touchpoint('pay', { emotion: 7 })] })] }));
 */
import { stringify } from 'yaml';

type Fields = Record<string, unknown>;

export function persona(id: string, fields: Fields = {}): Fields {
  return { id, name: `Persona ${id}`, ...fields };
}

export function touchpoint(id: string, fields: Fields = {}): Fields {
  return {
    id,
    name: `Touchpoint ${id}`,
    channel: 'app',
    digital: true,
    automated: true,
    owner: 'product',
    emotion: 3,
    ...fields,
  };
}

export function stage(id: string, fields: Fields = {}): Fields {
  return { id, name: `Stage ${id}`, touchpoints: [touchpoint(`${id}-touchpoint`)], ...fields };
}

export function painPoint(id: string, fields: Fields = {}): Fields {
  return { id, description: `Pain point ${id}`, ...fields };
}

export function opportunity(addresses: string[], fields: Fields = {}): Fields {
  return { description: `Fix ${addresses.join(', ')}`, addresses, owner: 'product', ...fields };
}

export function metric(type: string, fields: Fields = {}): Fields {
  return { type, ...fields };
}

/** A whole map; without overrides it is valid: one persona, one stage with one touchpoint. */
export function journey(fields: Fields = {}): Fields {
  return {
    journey: 'Test journey',
    reviewed: '2026-11-01',
    personas: [persona('rina')],
    stages: [stage('purchase', { kind: 'purchase' })],
    ...fields,
  };
}

/** Block-style YAML, as an author would write it. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
