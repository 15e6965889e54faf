import { describe, expect, it } from 'vitest';
import type { Glossary } from '../glossary/loadGlossary.ts';
import { glossaryPairs, glossarySynonymPairs } from './glossaryPairs.ts';

describe('glossaryPairs', () => {
  it('pairs every translation with its English term, deprecated and forbidden ones too, and a deprecated English term with its replacement', () => {
    const glossary: Glossary = {
      doNotTranslate: [],
      terms: [
        { source: 'password', pos: 'noun', status: 'preferred', caseSensitive: false, line: 1, translations: { de: [{ term: 'Passwort', status: 'preferred' }, { term: 'Kennwort', status: 'deprecated' }], es: [{ term: 'contraseña', status: 'preferred' }] } },
        { source: 'e-mail', pos: 'noun', status: 'deprecated', useInstead: 'email', caseSensitive: false, line: 5, translations: { de: [{ term: 'Mail', status: 'forbidden' }] } },
      ],
    };
    expect(glossaryPairs(glossary, 'de')).toEqual([
      { source: 'password', target: 'Passwort' },
      { source: 'password', target: 'Kennwort' },
      { source: 'email', target: 'Mail' },
    ]);
    expect(glossaryPairs(glossary, 'ja')).toEqual([]);
    expect(glossarySynonymPairs(glossary)).toEqual([{ source: 'email', target: 'e-mail' }]);
  });
});
