import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scanFrontmatter } from './scanFrontmatter.ts';

/** What the parser reads (the reference the scanner must agree with). */
const parse = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });
/** Frontmatter as renderSiteArticle writes it, without the closing newline (what parseAssembled hands over). */
const render = (data: unknown): string => stringify(data, { lineWidth: 0 }).replace(/\n$/, '');

describe('scanFrontmatter', () => {
  it('reads what kb assemble writes as the parser does', () => {
    const data = {
      title: 'Réinitialiser: le « mot de passe » #1',
      description: "It's \"quoted\" \\ and [bracketed]",
      type: 'troubleshooting',
      category: 'account',
      tags: ['401', 'api', 'true', 'null', 'two-fa'],
      updated: '2025-03-11',
      related: [],
      locale: 'pt-br',
      articleId: 'account/reset-password',
      status: { kind: 'translation', review: 'machine', gaps: ['outdated'] },
      inSourceLanguage: [],
    };
    expect(scanFrontmatter(render(data))).toEqual(parse(render(data)));
    expect(scanFrontmatter(render(data))).toEqual(data);
  });

  it('agrees with the parser on any frontmatter the serializer writes, or leaves it to the parser', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('true', 'null', '~', '1e3', '0b11', '0x1f', '.inf', '-1', '2025-03-11', 'a: b', 'a #b', 'x\ty', ' lead', 'trail ', "'", '"', '\\x41'));
    const value = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.dictionary(fc.constantFrom('kind', 'review', 'gaps'), fc.oneof(text, fc.array(text, { maxLength: 2 }))));
    let scannedCount = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z]{0,8}$/), value, { minKeys: 1 }), (data) => {
        const rendered = render(data);
        const scanned = scanFrontmatter(rendered);
        if (scanned === undefined) return;
        scannedCount++;
        expect(scanned).toEqual(parse(rendered));
      }),
      { numRuns: 500 },
    );
    // Not vacuous: most of what the serializer writes is scanned.
    expect(scannedCount).toBeGreaterThan(100);
  });

  it('leaves every other layout to the parser', () => {
    for (const text of [
      'a: 0b11', 'a: 1_000', 'a: null', 'a: ~', 'a: true', 'a: .5', 'a: +1',
      'a: foo\t# comment', 'a: foo # comment', 'a: "x" # comment', 'a: "\\x41"', "a: 'it's'",
      'a:\n- x', 'a:\n  - x\n b: c', 'a: foo\n  bar', 'a: 1\na: 2', 'a:', 'a: ', 'a: [x]', 'a: {}', 'a: &x y', 'a: !!str 1',
      '# comment\na: b', 'a: b\n\nc: d', 'a: |\n  text', 'a:\n  - - x', 'a:\n  - k: v', 'a:\n  b:\n  c: d',
    ]) {
      expect(scanFrontmatter(text), text).toBeUndefined();
    }
  });
});
