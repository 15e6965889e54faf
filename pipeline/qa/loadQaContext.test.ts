import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/loadConfig.ts';
import { UserError } from '../diagnostics/diagnostic.ts';
import { articleFile, createTempProject, repoRoot } from '../../test/helpers/tempProject.ts';
import { parseToneGuide } from './toneGuide/parseToneGuide.ts';
import { checkUnits } from './index.ts';
import { qaContextOf } from '../../test/helpers/qaContext.ts';

const guide = (yaml: string) => `# Tone guide\n\nProse for reviewers.\n\n## Rules\n\n\`\`\`yaml\n${yaml}\`\`\`\n\nMore prose.\n`;

describe('loadQaProject', () => {
  it("reads the project's glossary, every tone guide with the issue's registers, kuromoji for ja and placeholder kinds", async () => {
    const config = await loadConfig(repoRoot);
    const context = await qaContextOf(repoRoot);
    expect(Object.keys(context.toneGuides)).toEqual(config.locales.map((l) => l.code));
    expect(Object.fromEntries(Object.entries(context.toneGuides).map(([code, g]) => [code, g.register]))).toEqual({ en: 'default', de: 'formal', fr: 'formal', es: 'informal', 'pt-br': 'informal', ja: 'formal', 'zh-cn': 'formal', ar: 'formal' });
    expect(context.tags.es).toBe('es-419');
    expect(context.glossary.doNotTranslate).toContain('Lumo');
    expect(context.japanese).toBeDefined();
    // The title of account/reset-password: {1} is the brand name, a do-not-translate placeholder.
    expect(context.placeholders.get('Reset your {1} password')).toEqual([{ id: 1, shape: 'standalone', kind: 'dnt' }]);

    const register = (locale: string, target: string) => checkUnits([{ id: 'u', locale, source: 'Open the settings.', target }], context).filter((f) => f.check === 'register').length;
    expect([register('de', 'Öffne du die Einstellungen.'), register('de', 'Öffnen Sie die Einstellungen.')]).toEqual([1, 0]);
    expect([register('fr', 'Ouvre tes paramètres.'), register('fr', 'Ouvrez les paramètres.')]).toEqual([1, 0]);
    expect([register('es', 'Si podéis, abrid vuestros ajustes.'), register('es', 'Usted abra la configuración.'), register('es', 'Abre la configuración.')]).toEqual([2, 1, 0]);
    expect([register('pt-br', 'Abre as tuas configurações.'), register('pt-br', 'Abra suas configurações.')]).toEqual([1, 0]);
    expect([register('ja', '設定を開く。'), register('ja', '設定を開きます。')]).toEqual([1, 0]);
    expect([register('zh-cn', '请打开你的设置。'), register('zh-cn', '请打开您的设置。')]).toEqual([1, 0]);
    expect([register('ar', 'افتح الإعدادات عشان تكمل.'), register('ar', 'افتح الإعدادات للمتابعة.')]).toEqual([1, 0]);
  });

  it('keeps the reviewers’ prose in every guide and no longer uses the old formality:/forbidden: keys', async () => {
    for (const code of ['en', 'de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn', 'ar']) {
      const text = await readFile(join(repoRoot, `tone-guides/${code}.md`), 'utf8');
      expect(text).toContain('## For reviewers');
      expect(text).not.toMatch(/^(formality|forbidden):/m);
      expect(parseToneGuide(`tone-guides/${code}.md`, text, code).diagnostics).toEqual([]);
    }
  });

  it('loads kuromoji only when a guide asks for plain-form endings', async () => {
    const root = await createTempProject({
      'content/en/account/a.md': articleFile('account', 'A', 'Text.\n'),
      'tone-guides/ja.md': guide('register: formal\n'),
    });
    const context = await qaContextOf(root);
    expect(context.japanese).toBeUndefined();
    expect(Object.keys(context.toneGuides)).toEqual(['ja']);
  });

  it('reports tone-guide schema errors at the guide’s file:line:col, and a register that contradicts kb.config.ts', async () => {
    const root = await createTempProject({
      'content/en/account/a.md': articleFile('account', 'A', 'Text.\n'),
      'tone-guides/de.md': guide("register: formal\nregisterMarkers:\n  - { pattern: '(du' }\n"),
      'tone-guides/fr.md': guide('formality: formal\nforbidden: []\n'),
      'tone-guides/es.md': guide('register: formal\n'),
      'tone-guides/ja.md': guide('register: formal\nexclamationMarks: sometimes\n'),
    });
    const error = await qaContextOf(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as UserError).diagnostics.map((d) => `${d.file}:${d.line}:${d.column}  ${d.rule}`);
    // The ```yaml fence is on line 7: its first line is line 8.
    expect(lines).toEqual([
      'tone-guides/de.md:10:16  tone-guide/invalid-pattern',
      'tone-guides/fr.md:8:1  tone-guide/required',
      'tone-guides/fr.md:8:1  tone-guide/unknown-key',
      'tone-guides/fr.md:8:1  tone-guide/unknown-key',
      'tone-guides/es.md:8:1  tone-guide/register',
      'tone-guides/ja.md:9:19  tone-guide/invalid-exclamationMarks',
    ]);
  });
});
