import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../kb.config.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { loadProject } from './loadProject.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/validate');

// Each case is a project folder with content/en/… and the expected `kb validate` lines.
describe('loadProject diagnostics', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, async () => {
      const project = await loadProject(join(fixtures, name), config);
      const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8');
      expect(project.diagnostics.map(formatDiagnostic).join('\n') + (project.diagnostics.length ? '\n' : '')).toBe(expected);
    });
  }

  it('keeps bare YAML numbers and dates in tags as strings, and fills defaults', async () => {
    const project = await loadProject(join(fixtures, 'valid'), config);
    const article = project.articles.find((a) => a.id === 'account/reset-password');
    expect(article?.frontmatter.tags).toEqual(['password', '401', '2026-01-01']);
    expect(article?.frontmatter.audience).toBe('end-user');
    expect(article?.frontmatter.updated).toBe('2026-10-01');
    expect(project.articles.map((a) => a.id)).toEqual(['account/reset-password', 'new-category/hello-world']);
  });

  it('accepts the whole sample corpus without errors', async () => {
    const project = await loadProject(join(import.meta.dirname, '../..'), config);
    expect(project.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(project.articles.length).toBeGreaterThanOrEqual(30);
  });
});
