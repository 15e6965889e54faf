import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { loadDoNotTranslate } from './sourceSegments.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-dnt-'));
  await mkdir(join(root, 'glossary'));
});

const glossary = (text: string) => writeFile(join(root, 'glossary', 'terms.yaml'), text);
const failure = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: unknown) => (e instanceof UserError ? e.diagnostics.map(formatDiagnostic).join('\n') : String(e)));

describe('loadDoNotTranslate', () => {
  it('reads the terms, and none without a glossary', async () => {
    expect(await loadDoNotTranslate(root)).toEqual([]);
    await glossary('# terms\ndoNotTranslate:\n  - Lumo\n  - Lumo SDK\n');
    expect(await loadDoNotTranslate(root)).toEqual(['Lumo', 'Lumo SDK']);
  });

  it('points at a term that is not text', async () => {
    await glossary('doNotTranslate:\n  - Lumo\n  - [LumoKit]\n');
    expect(await failure(loadDoNotTranslate(root))).toBe('glossary/terms.yaml:3:5  glossary/invalid-do-not-translate  term 2 is not text (doNotTranslate: is a list of terms, one "- Term" per line)');
  });

  it('reports broken YAML with its position', async () => {
    await glossary('doNotTranslate: [Lumo\n');
    expect(await failure(loadDoNotTranslate(root))).toMatch(/^glossary\/terms\.yaml:\d+:\d+ {2}glossary\/yaml {2}/);
  });
});
