import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawConfigSchema } from './config.schema';

describe('.env.example', () => {
  it('documents every setting the apps read', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const documented = new Set(
      [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
    );
    const missing = Object.keys(rawConfigSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
