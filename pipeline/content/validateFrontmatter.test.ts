import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from './validateFrontmatter.ts';

const long = 'x'.repeat(161);

describe('validateFrontmatter', () => {
  it('holds a source article to every rule', () => {
    expect(validateFrontmatter({ title: 'T', description: long, type: 'guide', category: 'calls', updated: '2026-11-01', zendeskId: 7 }).map((p) => [p.rule, p.severity])).toEqual([
      ['frontmatter/unknown-key', 'error'],
      ['frontmatter/description-too-long', 'error'],
    ]);
  });

  it('for a translation, makes length limits and unused keys warnings and needs only title and description', () => {
    expect(validateFrontmatter({ title: 'T', description: long, zendeskId: 7 }, 'translation').map((p) => [p.rule, p.severity])).toEqual([
      ['frontmatter/unknown-key', 'warning'],
      ['frontmatter/description-too-long', 'warning'],
    ]);
  });

  it('for a translation, keeps a missing title and a malformed value errors', () => {
    expect(validateFrontmatter({ description: 'D', type: 'tutorial', tags: 'x' }, 'translation').map((p) => [p.rule, p.severity])).toEqual([
      ['frontmatter/required', 'error'],
      ['frontmatter/invalid-type', 'error'],
      ['frontmatter/invalid-tags', 'error'],
    ]);
  });

  it('says frontmatter written as a list is not a mapping, instead of a rule with no field name', () => {
    for (const data of [['title: A', 'b'], 'just text', null]) {
      const problems = validateFrontmatter(data);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ rule: 'frontmatter/not-a-mapping', severity: 'error' });
      expect(problems[0]?.message).toMatch(/^frontmatter is (a list|a string|empty), not a mapping of fields$/);
    }
  });
});
