import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { readXliff } from './readXliff.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

// Each case: input.xlf → expected.json (the document, or the diagnostics as printed).
describe('readXliff fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const dir = join(fixtures, name);
      let actual: unknown;
      try {
        actual = readXliff(readFileSync(join(dir, 'input.xlf'), 'utf8'), `${name}/input.xlf`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        actual = { diagnostics: error.diagnostics.map(formatDiagnostic) };
      }
      const expectedFile = join(dir, 'expected.json');
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
