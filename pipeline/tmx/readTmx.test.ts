import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { readTmx } from './readTmx.ts';
import { writeTmx, type TmxUnit } from './writeTmx.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

// Each case: input.tmx → expected.json (the units, or the diagnostics as printed).
describe('readTmx fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const dir = join(fixtures, name);
      const result = readTmx(readFileSync(join(dir, 'input.tmx'), 'utf8'), `${name}/input.tmx`, 'en');
      const actual = { units: result.units, diagnostics: result.diagnostics.map(formatDiagnostic) };
      const expectedFile = join(dir, 'expected.json');
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

describe('writeTmx', () => {
  it('round-trips units, placeholders, braces, XML characters and props through readTmx', () => {
    const units: TmxUnit[] = [
      {
        id: 'account/reset-password#b2.s0',
        sourceLang: 'en',
        targetLang: 'pt-BR',
        source: 'Tap {1}Forgot password?{/1} & enter {2} in {{braces}} <now>.',
        target: 'Toque em {1}Esqueci a senha{/1} e digite {2} em {{chaves}} <agora>.',
        codes: new Map([[1, { open: '**', close: '**' }], [2, { open: '`code`', close: '' }]]),
        props: { origin: 'human', state: 'approved' },
        changedAt: '2026-11-20T10:12:00Z',
        changedBy: 'anna@lumo.example',
      },
    ];
    const xml = writeTmx(units, { srcLang: 'en', toolVersion: '0.1.0' });
    expect(xml).toContain('<bpt i="1" x="1">**</bpt>Forgot password?<ept i="1">**</ept>');
    expect(xml).toContain('<ph x="2">`code`</ph>');
    expect(xml).toContain('changedate="20261120T101200Z"');
    const back = readTmx(xml, 'x.tmx', 'en');
    expect(back.diagnostics).toEqual([]);
    const { codes: _codes, ...rest } = units[0] as TmxUnit;
    expect(back.units).toEqual([rest]);
  });
});
