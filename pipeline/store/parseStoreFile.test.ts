import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { parseMemoryFile, parseStoreFile } from './parseStoreFile.ts';
import { articleStoreFile, memoryStoreFile } from './storePaths.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const expected = { locale: 'de', article: 'calls/poor-call-quality' };

/** Parse a fixture as the de store file of calls/poor-call-quality, or as de memory.yaml for memory-* cases. */
function parseFixture(name: string, text: string) {
  return name.startsWith('memory-')
    ? parseMemoryFile(memoryStoreFile('de'), text, expected)
    : parseStoreFile(articleStoreFile('de', expected.article), text, expected);
}

describe('parseStoreFile fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.yaml'), 'utf8');
      const want = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8');
      const parsed = parseFixture(name, input);
      expect(parsed.diagnostics.map(formatDiagnostic).join('\n') + (parsed.diagnostics.length ? '\n' : '')).toBe(want);
      expect(parsed.value === undefined).toBe(parsed.diagnostics.length > 0);
    });
  }
});

describe('parseStoreFile', () => {
  it('keeps a target YAML would read as a number as the text the translator typed', () => {
    const parsed = parseFixture('valid', readFileSync(join(fixtures, 'valid', 'input.yaml'), 'utf8'));
    expect(parsed.value && 'segments' in parsed.value ? parsed.value.segments[1] : undefined).toEqual({ key: 'b3.s0', hash: segmentHash('401'), source: '401', target: '401', state: 'translated' });
  });
});
