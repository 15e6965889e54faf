import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from './parseGlossary.ts';
import { leadingComment, serializeGlossary } from './serializeGlossary.ts';
import type { Glossary } from './types.ts';

const repoGlossary = join(import.meta.dirname, '../../glossary/terms.yaml');

describe('serializeGlossary', () => {
  it('writes the repository glossary back byte for byte, header comment included', async () => {
    const text = await readFile(repoGlossary, 'utf8');
    const { glossary } = parseGlossary('glossary/terms.yaml', text);
    expect(serializeGlossary(glossary as Glossary, leadingComment(text))).toBe(text);
  });

  it('quotes what YAML needs quoted, sorts terms and reads back the same glossary', () => {
    const glossary: Glossary = {
      doNotTranslate: ['Lumo'],
      terms: [
        { source: 'video call', pos: 'noun', status: 'preferred', caseSensitive: false, translations: { fr: [{ term: 'appel vidéo', status: 'preferred' }] }, line: 1 },
        {
          source: 'chat: group',
          pos: 'phrase',
          status: 'deprecated',
          useInstead: 'group chat',
          caseSensitive: true,
          note: 'Old "name", [do not use]',
          translations: { de: [{ term: 'Gruppe, Chat', status: 'preferred', note: 'a, b' }, { term: '{x}', status: 'forbidden' }] },
          line: 1,
        },
      ],
    };
    const yaml = serializeGlossary(glossary);
    expect(yaml.indexOf('chat: group')).toBeLessThan(yaml.indexOf('video call'));
    expect(yaml).toContain('      fr: [appel vidéo]\n');
    const back = parseGlossary('g.yaml', yaml);
    expect(back.diagnostics).toEqual([]);
    const strip = (g: Glossary) => g.terms.map(({ line: _line, ...t }) => t);
    expect(strip(back.glossary as Glossary)).toEqual(strip({ ...glossary, terms: [glossary.terms[1], glossary.terms[0]] as Glossary['terms'] }));
  });
});
