import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { parseXliff, readXliff } from './readXliff.ts';

const fixtures = join(import.meta.dirname, 'fixtures/read');

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

describe('parseXliff', () => {
  it('keeps the problems of single units apart from those of the file, so an import can use the sound units', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de">
  <file id="f1" original="calls/wait">
    <unit id="b0.s0"><segment state="final"><source>Wait.</source><target>Warten.</target></segment></unit>
    <unit id="b0.s1"><segment state="done"><source>Go <pc id="1">now</pc>.</source><target>Los <ec startRef="9"/>jetzt.</target></segment></unit>
  </file>
  <file id="f1" original="calls/other">
    <unit id="b0.s0"><segment><source>Other.</source></segment></unit>
  </file>
</xliff>`;
    const { document, fileProblems, unitProblems } = parseXliff(xml, 'de.xlf');
    expect(document.units.map((u) => u.id)).toEqual(['calls/wait#b0.s0', 'calls/wait#b0.s1', 'calls/other#b0.s0']);
    expect(fileProblems.map(formatDiagnostic)).toEqual(['de.xlf:7:3  xliff/duplicate-id  <file id="f1"> is not unique (every <file> needs its own id)']);
    expect([...unitProblems.keys()]).toEqual([1]);
    expect(unitProblems.get(1)?.map((d) => d.rule)).toEqual(['xliff/inline', 'xliff/state']);
  });
});
