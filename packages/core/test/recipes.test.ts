/** `@destseg/core/recipes` goes into the dashboard's browser bundle: it must not reach TF.js or Node. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THRESHOLD, RECIPE_PRESETS } from '../src/recipes.ts';
import { OFFICIAL_RECIPE } from '../src/train/train-config.ts';

const RECIPES = fileURLToPath(new URL('../src/recipes.ts', import.meta.url));

/** Every module specifier the file at `path` and its relative imports import, type-only imports left out. */
function reachableSpecifiers(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return new Set();
  seen.add(path);
  const found = new Set<string>();
  const text = readFileSync(path, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
    const specifier = m[1] as string;
    found.add(specifier);
    if (specifier.startsWith('.')) {
      for (const s of reachableSpecifiers(resolve(dirname(path), specifier), seen)) found.add(s);
    }
  }
  return found;
}

test('recipes.ts imports neither TF.js nor Node nor any package', () => {
  const external = [...reachableSpecifiers(RECIPES)].filter((s) => !s.startsWith('.'));
  assert.deepEqual(external, []);
});

test('the official preset is the engine recipe, and the default threshold is 0.5', () => {
  for (const [key, value] of Object.entries(RECIPE_PRESETS.official)) {
    assert.equal(value, OFFICIAL_RECIPE[key as keyof typeof OFFICIAL_RECIPE], key);
  }
  assert.equal(DEFAULT_THRESHOLD, 0.5);
});
