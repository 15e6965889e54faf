import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/parseMarkdown.ts';
import { reassembleArticle } from './reassembleArticle.ts';
import { ReassembleError } from './reassembleError.ts';
import { segmentArticle } from './segmentArticle.ts';
import type { SegmentedArticle } from './types.ts';

const article = (body: string, format: 'md' | 'mdx' = 'md', fields = { title: 'Title', description: 'Description.' }) =>
  segmentArticle({ id: 'calls/no-ringtone', format, body, ...fields }, { sourceLocale: 'en', doNotTranslate: ['Lumo'] });

/** Rebuild with targets given per source text; other segments keep their source. */
const rebuild = (segmented: SegmentedArticle, targets: Record<string, string>, targetLocale = 'de') =>
  reassembleArticle(segmented, (segment) => targets[segment.text], { targetLocale });

/** The text a reader sees in the first block of Markdown. */
const plainText = (markdown: string, format: 'md' | 'mdx' = 'md'): string => {
  const collect = (node: unknown): string => {
    const { value, children } = node as { value?: unknown; children?: unknown[] };
    return typeof value === 'string' ? value : (children ?? []).map(collect).join('');
  };
  return collect(parseMarkdown(markdown, format).children[0]);
};

describe('reassembleArticle', () => {
  const body = [
    '# Calls do not ring',
    'Check the volume. Then restart **Lumo**.',
    '```sh\nadb shell   # keep   spacing\n```',
    '| Setting  | Value |\n|:---------|------:|\n| Ringtone |  Loud |',
    '1. Open it.\n2. Tap [Sound](../sound) and\n   choose a tone.',
  ].join('\n\n');

  it('rebuilds the source byte for byte when every target is its source text', () => {
    const segmented = article(body);
    expect(reassembleArticle(segmented, (segment) => segment.text, { targetLocale: 'de' })).toEqual({
      title: 'Title',
      description: 'Description.',
      body,
    });
  });

  it('splices targets in and leaves code, table layout and list markers untouched', () => {
    const rebuilt = rebuild(article(body), {
      'Calls do not ring': 'Anrufe klingeln nicht',
      'Then restart {1}{2}{/1}.': 'Starten Sie dann {1}{2}{/1} neu.',
      Ringtone: 'Klingelton',
      'Tap {1}Sound{/1} and choose a tone.': 'Tippen Sie auf {1}Ton{/1} und wählen Sie einen aus.',
      Title: 'Titel',
    });
    expect(rebuilt.title).toBe('Titel');
    expect(rebuilt.description).toBe('Description.');
    expect(rebuilt.body).toBe(
      [
        '# Anrufe klingeln nicht',
        'Check the volume. Starten Sie dann **Lumo** neu.',
        '```sh\nadb shell   # keep   spacing\n```',
        '| Setting  | Value |\n|:---------|------:|\n| Klingelton |  Loud |',
        '1. Open it.\n2. Tippen Sie auf [Ton](../sound) und wählen Sie einen aus.',
      ].join('\n\n'),
    );
  });

  it('escapes Markdown in translated text only where it would be read as markup', () => {
    const segmented = article('Plain sentence here.\n\n| Cell |\n|---|\n| Text |');
    const rebuilt = rebuild(segmented, {
      'Plain sentence here.': '# 2 * 3 = 6, a_b, *not em*, [not link], `tick`, <b>, &amp; a | b.',
      Text: 'a | b',
    });
    expect(rebuilt.body).toBe(
      '\\# 2 * 3 = 6, a_b, \\*not em\\*, \\[not link\\], \\`tick\\`, \\<b>, \\&amp; a | b.\n\n| Cell |\n|---|\n| a \\| b |',
    );
    expect(plainText(rebuilt.body)).toBe('# 2 * 3 = 6, a_b, *not em*, [not link], `tick`, <b>, &amp; a | b.');
  });

  it('escapes list and quote markers only at the start of a line', () => {
    const rebuilt = rebuild(article('- First one.\n  Second one.'), { 'First one.': '- Erste.', 'Second one.': '> Zweite.' });
    expect(rebuilt.body).toBe('- \\- Erste.\n  \\> Zweite.');
  });

  it('escapes braces and angle brackets in MDX', () => {
    const rebuilt = rebuild(article('Text here.', 'mdx'), { 'Text here.': 'Use {{props}} and <Tag> or 1 < 2.' });
    expect(rebuilt.body).toBe('Use \\{props\\} and \\<Tag> or 1 \\< 2.');
    expect(plainText(rebuilt.body, 'mdx')).toBe('Use {props} and <Tag> or 1 < 2.');
  });

  it('joins translated sentences without a space for Japanese and Chinese, keeps the source spacing otherwise', () => {
    const segmented = article('One here. Two here. Three here.');
    const targets = { 'One here.': '一。', 'Two here.': '二。' };
    expect(rebuild(segmented, targets, 'ja').body).toBe('一。二。 Three here.');
    expect(rebuild(segmented, targets, 'zh-CN').body).toBe('一。二。 Three here.');
    expect(rebuild(segmented, targets, 'de').body).toBe('一。 二。 Three here.');
  });

  it('keeps emphasis valid: spaces move outside delimiters, and CJK punctuation falls back to a tag', () => {
    const segmented = article('Tap **Save** now.');
    expect(rebuild(segmented, { 'Tap {1}Save{/1} now.': 'Tippen Sie auf{1} Speichern {/1}jetzt.' }).body).toBe(
      'Tippen Sie auf **Speichern** jetzt.',
    );
    expect(rebuild(segmented, { 'Tap {1}Save{/1} now.': '{1}「保存」{/1}をタップします。' }, 'ja').body).toBe(
      '<strong>「保存」</strong>をタップします。',
    );
    expect(rebuild(segmented, { 'Tap {1}Save{/1} now.': '{1}{/1}Tippen.' }).body).toBe('Tippen.');
  });

  it('keeps a delimiter run that closes one pair and opens two as the source wrote it (found by the round-trip property)', () => {
    const segmented = article('*e.g. * ~~****a* a* \\***~~');
    const source = segmented.segments.find((s) => s.text.includes('{3}'))!.text;
    expect(source).toBe('{1}e.g. * ~~{/1}{2}{3}a{/3} a* *{/2}~~');
    expect(rebuild(segmented, { [source]: source.toUpperCase() }).body).toBe('*E.G. * ~~****A* A* \\***~~');
  });

  it('writes a shortcut reference link in full so the translated label still resolves', () => {
    const rebuilt = rebuild(article('Open [Settings].\n\n[settings]: /settings'), { 'Open {1}Settings{/1}.': 'Öffnen Sie {1}Einstellungen{/1}.' });
    expect(rebuilt.body).toBe('Öffnen Sie [Einstellungen][Settings].\n\n[settings]: /settings');
  });

  it('keeps text after a hard break inside its list item', () => {
    const rebuilt = rebuild(article('- Line one\\\n  line two.'), { 'Line one{1}line two.': 'Zeile eins{1}- Zeile zwei.' });
    expect(rebuilt.body).toBe('- Zeile eins\\\n  \\- Zeile zwei.');
  });

  it('writes a bare URL that translated text touches as an explicit link', () => {
    const rebuilt = rebuild(article('Go to https://lumo.example now.'), { 'Go to {1} now.': 'Gehen Sie zu {1}.' });
    expect(rebuilt.body).toBe('Gehen Sie zu [https://lumo.example](https://lumo.example).');
  });

  it('puts do-not-translate terms back in title and description as plain text', () => {
    const segmented = article('Body.', 'md', { title: 'Lumo *calls*', description: 'About Lumo.' });
    const rebuilt = rebuild(segmented, { '{1} *calls*': '{1}-Anrufe *x*', 'About {1}.': 'Über {1}.' });
    expect([rebuilt.title, rebuilt.description]).toEqual(['Lumo-Anrufe *x*', 'Über Lumo.']);
  });

  it('throws a ReassembleError naming the article, segment and problem, and rebuilds nothing', () => {
    const segmented = article('Open `a` and `b`.\n\nTap **Save**.');
    const attempt = () => rebuild(segmented, { 'Open {1} and {2}.': 'Öffnen Sie {1}.', 'Tap {1}Save{/1}.': 'Tippen {1}Speichern.' });
    expect(attempt).toThrow(ReassembleError);
    try {
      attempt();
    } catch (error) {
      const failure = error as ReassembleError;
      expect(failure.articleId).toBe('calls/no-ringtone');
      expect(failure.segmentKey).toBe('b0.s0');
      expect(failure.problems.map((problem) => problem.message)).toEqual(['placeholder {2} is missing']);
      expect(failure.failures.map((f) => f.segmentKey)).toEqual(['b0.s0', 'b1.s0']);
      expect(failure.message).toMatch(/^calls\/no-ringtone b0\.s0 {2}segment\/placeholders {2}placeholder \{2\} is missing .*\(and 1 more segment\)$/);
    }
  });

  it('refuses a segmented article without a skeleton', () => {
    const broken = { ...article('Text.'), skeleton: null };
    expect(() => reassembleArticle(broken, () => undefined, { targetLocale: 'de' })).toThrow(/no skeleton/);
  });
});

describe('reassembleArticle with whole-block targets', () => {
  const body = '- Enter it like `+49 0151 2345678` or `+49 151 2345678`. Lumo drops the **zero**.\n\nKeep it short. Really.\n';
  const japanese = '`+49 0151 2345678` のように入力します。{2} でも、{3} が{4}ゼロ{/4}を処理します。'.replace('`+49 0151 2345678`', '{1}');

  it('puts a block target in place of the block’s sentences, placeholders numbered across the block', () => {
    const seen: string[] = [];
    const rebuilt = reassembleArticle(article(body), () => undefined, {
      targetLocale: 'ja',
      blockTargetFor: (index, block) => {
        seen.push(`${index}: ${block.text}`);
        return index === 0 ? japanese : undefined;
      },
    });
    expect(seen).toEqual(['0: Enter it like {1} or {2}. {3} drops the {4}zero{/4}.', '1: Keep it short. Really.']);
    expect(rebuilt.body).toBe('- `+49 0151 2345678` のように入力します。`+49 151 2345678` でも、Lumo が**ゼロ**を処理します。\n\nKeep it short. Really.\n');
  });

  it('prefers the block’s own sentence targets, and refuses a block target that breaks a placeholder', () => {
    const segmented = article(body);
    const sentence = reassembleArticle(segmented, (segment) => (segment.text === 'Keep it short.' ? 'Kurz.' : undefined), {
      targetLocale: 'de',
      blockTargetFor: (index) => (index === 1 ? 'Ganz kurz, wirklich.' : undefined),
    });
    expect(sentence.body.endsWith('\n\nKurz. Really.\n')).toBe(true);
    const broken = () => reassembleArticle(segmented, () => undefined, { targetLocale: 'ja', blockTargetFor: () => japanese.replace('{2}', '') });
    expect(broken).toThrow(ReassembleError);
    expect(broken).toThrow(/b0 .*placeholder \{2\} is missing/);
  });
});
