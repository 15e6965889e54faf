import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { parseCsv, readGlossaryCsv, writeGlossaryCsv } from './glossaryCsv.ts';
import type { Glossary } from './types.ts';

const header = 'term,pos,status,case_sensitive,use_instead,note,locale,translation,translation_status,translation_note';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and where each field starts', () => {
    const errors: string[] = [];
    const records = parseCsv('a,"b, ""c"""\r\n"multi\nline",d\n', (l, c, m) => errors.push(`${l}:${c} ${m}`));
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.fields, r.line, r.columns])).toEqual([
      [['a', 'b, "c"'], 1, [1, 3]],
      [['multi\nline', 'd'], 2, [1, 7]],
    ]);
  });

  it('reports an unclosed quote where it opens', () => {
    const errors: string[] = [];
    parseCsv('a,b\nc,"open\nstill', (l, c, m) => errors.push(`${l}:${c} ${m}`));
    expect(errors).toEqual(['2:3 a quoted field is never closed']);
  });
});

describe('readGlossaryCsv', () => {
  it('groups rows by term, maps BCP 47 tags to locales, reads statuses and notes', () => {
    const csv = `\uFEFF${header}\ncomputer,noun,,,,A desk or laptop,es-MX,computadora,,\ncomputer,noun,,,,,es-419,ordenador,forbidden,Spain\ncomputer,noun,,,,,ko,컴퓨터,,\nhang up,verb,,true,,,,,,\n`;
    const { terms, diagnostics, skippedLanguages } = readGlossaryCsv(csv, 'terms.csv', config);
    expect(diagnostics).toEqual([]);
    expect(skippedLanguages).toEqual({ 'es-MX': 1, ko: 1 });
    expect(terms).toEqual([
      { source: 'computer', pos: 'noun', status: 'preferred', note: 'A desk or laptop', translations: { es: [{ term: 'ordenador', status: 'forbidden', note: 'Spain' }] }, line: 2 },
      { source: 'hang up', pos: 'verb', status: 'preferred', caseSensitive: true, translations: {}, line: 5 },
    ]);
  });

  it('reports bad values at their row and column, and a missing column in the header', () => {
    const { diagnostics } = readGlossaryCsv(`${header}\nchat,noun,maybe,yes,,,de,Chat,,\n,noun,,,,,,,,\n`, 'terms.csv', config);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:11 csv/invalid-status', '2:17 csv/invalid-case-sensitive', '3:1 csv/invalid-term']);
    expect(readGlossaryCsv('source,target\nSettings,Einstellungen\n', 'terms.csv', config).diagnostics[0]).toMatchObject({ line: 1, rule: 'csv/header', message: 'the header has no "term" column' });
  });

  it('round-trips a glossary through its CSV export', () => {
    const glossary: Glossary = {
      doNotTranslate: [],
      terms: [
        { source: 'chat', pos: 'noun', status: 'preferred', caseSensitive: false, note: 'A "conversation", 1:1 or group', translations: { fr: [{ term: 'discussion', status: 'preferred' }, { term: 'conversation', status: 'admitted' }], 'pt-br': [{ term: 'conversa', status: 'preferred' }] }, line: 2 },
        { source: 'handy', pos: 'adjective', status: 'forbidden', useInstead: 'useful', caseSensitive: true, translations: {}, line: 5 },
      ],
    };
    const csv = writeGlossaryCsv(glossary, config);
    expect(csv.split('\r\n')[4]).toBe('handy,adjective,forbidden,true,useful,,,,,');
    const back = readGlossaryCsv(csv, 'x.csv', config);
    expect(back.diagnostics).toEqual([]);
    expect(back.terms).toEqual(glossary.terms);
  });
});
