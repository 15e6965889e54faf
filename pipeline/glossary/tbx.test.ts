import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { parseGlossary } from './parseGlossary.ts';
import { readTbx, writeTbx } from './tbx.ts';
import type { Glossary } from './types.ts';

const vendorTbx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Where the app's options are.</descrip>
      <langSet xml:lang="en-US"><tig><term>Settings</term><termNote type="partOfSpeech">properNoun</termNote></tig></langSet>
      <langSet xml:lang="de-DE"><tig><term>Einstellungen</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
      <langSet xml:lang="ja-JP">
        <tig><term>設定</term></tig>
        <tig><term>セッティング</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="es-419"><tig><term>Configuración</term></tig></langSet>
      <langSet xml:lang="ko-KR"><tig><term>설정</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

describe('readTbx', () => {
  it('maps a vendor file tagged de-DE, ja-JP, es-419 to our locales and skips languages we do not publish', () => {
    const { terms, diagnostics, skippedLanguages } = readTbx(vendorTbx, 'vendor.tbx', config);
    expect(diagnostics).toEqual([]);
    expect(skippedLanguages).toEqual({ 'ko-KR': 1 });
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatchObject({
      source: 'Settings',
      pos: 'proper noun',
      status: 'preferred',
      note: "Where the app's options are.",
      translations: {
        de: [{ term: 'Einstellungen', status: 'preferred' }],
        ja: [{ term: '設定', status: 'preferred' }, { term: 'セッティング', status: 'deprecated' }],
        es: [{ term: 'Configuración', status: 'preferred' }],
      },
    });
    expect(terms[0]?.caseSensitive).toBeUndefined();
  });

  it('reads TBX v3 (tbx, conceptEntry, langSec, termSec)', () => {
    const v3 = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
      <conceptEntry id="1"><langSec xml:lang="en"><termSec><term>backup</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
      <langSec xml:lang="pt-BR"><termSec><term>backup</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    const { terms, diagnostics } = readTbx(v3, 'v3.tbx', config);
    expect(diagnostics).toEqual([]);
    expect(terms[0]).toMatchObject({ source: 'backup', pos: 'noun', translations: { 'pt-br': [{ term: 'backup', status: 'admitted' }] } });
  });

  it('reports broken XML, entries without an English term and unknown statuses at their line and column', () => {
    expect(readTbx('<martif><text>\n<body></text></martif>', 'bad.tbx', config).diagnostics[0]).toMatchObject({ file: 'bad.tbx', line: 2, rule: 'tbx/xml' });
    expect(readTbx('<glossary/>', 'x.tbx', config).diagnostics[0]).toMatchObject({ rule: 'tbx/not-tbx' });
    const noSource = readTbx('<martif type="TBX-Basic">\n<text><body>\n  <termEntry id="c9"><langSet xml:lang="de"><tig><term>Konto</term><termNote type="administrativeStatus">maybeTerm</termNote></tig></langSet></termEntry>\n</body></text></martif>', 'x.tbx', config);
    expect(noSource.diagnostics.map((d) => [d.line, d.column, d.rule])).toEqual([
      [3, 68, 'tbx/status'],
      [3, 3, 'tbx/no-source-term'],
    ]);
    expect(noSource.diagnostics[1]?.message).toBe('<termEntry id="c9"> has no en term');
  });
});

describe('writeTbx', () => {
  it('round-trips the repository glossary: statuses (forbidden, deprecated, admitted), notes, useInstead and parts of speech survive', async () => {
    const { glossary } = parseGlossary('glossary/terms.yaml', await readFile(join(import.meta.dirname, '../../glossary/terms.yaml'), 'utf8'));
    const original = glossary as Glossary;
    const xml = writeTbx(original, config);
    expect(xml).toContain('<langSet xml:lang="es-419">');
    const back = readTbx(xml, 'export.tbx', config);
    expect(back.diagnostics).toEqual([]);
    expect(back.terms.map(({ line: _l, caseSensitive: _c, ...t }) => t)).toEqual(original.terms.map(({ line: _l, caseSensitive: _c, ...t }) => t));
    const statuses = new Set(original.terms.flatMap((t) => [t.status, ...Object.values(t.translations).flat().map((x) => x.status)]));
    expect([...statuses].sort()).toEqual(['admitted', 'deprecated', 'forbidden', 'preferred']);
  });
});
