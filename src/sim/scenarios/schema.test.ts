import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './schema';

describe('scenario format', () => {
  it('the exported JSON Schema file is the zod schema (regenerate it when the format changes)', () => {
    const file = JSON.parse(readFileSync(new URL('./scenario.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(scenarioJsonSchema());
  });
});
