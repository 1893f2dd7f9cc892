import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '../../src/lib/entry-file';

const dir = join(import.meta.dirname, '../../content/sites');
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`content/sites/${f}`, readFileSync(join(dir, f), 'utf8')]),
);

describe('the catalogue in content/sites', () => {
  it('validates every entry and resolves every alternative', () => {
    expect(() => loadEntries(files)).not.toThrow();
  });
});
