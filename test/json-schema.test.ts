// The published JSON Schema is generated from the validator's own definitions and checked in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../src/model/json-schema.js';

const root = join(import.meta.dirname, '..');
const checkedIn = readFileSync(join(root, 'schema', 'itinerary.schema.json'), 'utf8');

describe('schema/itinerary.schema.json', () => {
  it('is what the zod definitions generate (run `npm run schema:write` after changing src/model/schema.ts)', () => {
    expect(checkedIn).toBe(jsonSchemaText());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(checkedIn) as object);
  const load = (file: string) => parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core' }) as unknown;

  it('is a valid draft 2020-12 schema that accepts the valid rule fixtures', () => {
    const folder = join(root, 'test', 'fixtures', 'rules', 'schema');
    const ok = load(join(folder, 'valid.yaml'));
    expect(validate(ok), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the itineraries shipped in itineraries/', () => {
    const folder = join(root, 'itineraries');
    for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)) : []) {
      expect(validate(load(join(folder, file))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what the schema rule rejects', () => {
    const folder = join(root, 'test', 'fixtures', 'rules', 'schema');
    for (const file of readdirSync(folder).filter((f) => !f.startsWith('valid'))) {
      expect(validate(load(join(folder, file))), file).toBe(false);
    }
  });

  it('writes out the event conditions zod checks in code: a flight has from and to, not place', () => {
    const ok = load(join(root, 'test', 'fixtures', 'rules', 'schema', 'valid.yaml')) as { days: { events: Record<string, unknown>[] }[] };
    const flight = ok.days[0]!.events[0]!;
    expect(flight.kind).toBe('flight');
    flight.place = 'hotel';
    expect(validate(ok)).toBe(false);
    delete flight.place;
    delete flight.to;
    expect(validate(ok)).toBe(false);
  });
});
