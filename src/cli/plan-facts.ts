/**
 * Where the CLI's facts come from: a JSON file of facts, or the collector's output imported by
 * src/core/parse with an optional JSON file of overrides merged on top (objects merge, arrays and
 * values replace). Problems come back as messages, not exceptions.
 */
import { readFileSync } from 'node:fs';
import { importCollected } from '../core/parse';

export type Loaded = { ok: true; input: unknown; notes: string[] } | { ok: false; error: string };

function readJson(path: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges overrides onto a base: objects key by key, everything else replaced. */
export function mergeOverrides(base: unknown, overrides: unknown): unknown {
  if (!isObject(base) || !isObject(overrides)) return overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = mergeOverrides(base[key], value);
  return merged;
}

export function loadFacts(options: { facts?: string; collected?: string }): Loaded {
  if (!options.collected) {
    const json = readJson(options.facts ?? '');
    return json.ok ? { ok: true, input: json.value, notes: [] } : json;
  }
  let text: string;
  try {
    text = readFileSync(options.collected, 'latin1');
  } catch (error) {
    return {
      ok: false,
      error: `cannot read ${options.collected}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  const imported = importCollected(text);
  const notes = [
    ...imported.errors.map((e) => `collected, line ${e.line}: ${e.message}`),
    ...imported.sections.flatMap((s) => [
      ...s.errors.map((e) => `collected ${s.command}, line ${e.line}: ${e.message}`),
      ...s.notes.map((n) => `collected ${s.command}: ${n}`),
    ]),
  ];
  if (!options.facts) return { ok: true, input: imported.facts, notes };
  const overrides = readJson(options.facts);
  if (!overrides.ok) return overrides;
  return { ok: true, input: mergeOverrides(imported.facts, overrides.value), notes };
}
