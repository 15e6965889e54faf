import { describe, expect, it } from 'vitest';
import { segmenterFor } from './segmenters.ts';
import { sentenceRanges, splitSentences } from './splitSentences.ts';

describe('splitSentences', () => {
  it('splits English and keeps abbreviations, version numbers and ellipses inside sentences', () => {
    expect(splitSentences('Use e.g. Android or i.e. the app. Dr. Smith agreed. Mr. Jones too.', 'en')).toEqual([
      'Use e.g. Android or i.e. the app.',
      'Dr. Smith agreed.',
      'Mr. Jones too.',
    ]);
    expect(splitSentences('Update to v2.1 now. Version 4.0 is out. It costs 4.5 dollars.', 'en')).toEqual([
      'Update to v2.1 now.',
      'Version 4.0 is out.',
      'It costs 4.5 dollars.',
    ]);
    // An ellipsis ends a sentence only before a capital letter, whether written … or ...
    expect(splitSentences('Wait… then tap it. Loading… Please wait. Wait... then go.', 'en')).toEqual([
      'Wait… then tap it.',
      'Loading…',
      'Please wait.',
      'Wait... then go.',
    ]);
  });

  it('splits German and keeps z. B., Nr. and dates with ordinal numbers', () => {
    expect(splitSentences('Das ist z. B. gut. Siehe Nr. 5 bzw. Abs. 3. Wir kommen am 4. Oktober. Danke.', 'de')).toEqual([
      'Das ist z. B. gut.',
      'Siehe Nr. 5 bzw. Abs. 3.',
      'Wir kommen am 4. Oktober.',
      'Danke.',
    ]);
  });

  it('splits Japanese after 。！？ without spaces', () => {
    expect(splitSentences('設定を開きます。通知をタップします。完了です！本当？はい', 'ja')).toEqual([
      '設定を開きます。',
      '通知をタップします。',
      '完了です！',
      '本当？',
      'はい',
    ]);
  });

  it('splits Chinese after 。！？', () => {
    expect(splitSentences('打开设置。点击通知！完成了吗？是的', 'zh-CN')).toEqual(['打开设置。', '点击通知！', '完成了吗？', '是的']);
  });

  it('splits Arabic after ؟ and .', () => {
    expect(splitSentences('هل تريد المتابعة؟ اضغط على الزر. تم', 'ar')).toEqual(['هل تريد المتابعة؟', 'اضغط على الزر.', 'تم']);
  });

  it('never splits inside a paired placeholder, and may split before one', () => {
    expect(splitSentences('Done. {1}Bold. Still bold.{/1} End.', 'en')).toEqual(['Done.', '{1}Bold. Still bold.{/1}', 'End.']);
    expect(splitSentences('Done. {1} is great.', 'en')).toEqual(['Done.', '{1} is great.']);
    expect(splitSentences('設定を開きます。{1}スキップ{/1}します。', 'ja')).toEqual(['設定を開きます。', '{1}スキップ{/1}します。']);
  });

  it('does not split after ASCII punctuation without a following space', () => {
    expect(splitSentences('Tap a [!{1}link{/1} now.', 'en')).toEqual(['Tap a [!{1}link{/1} now.']);
  });

  it('trims hard breaks at sentence edges and keeps them inside', () => {
    const placeholders = [{ id: 1, shape: 'standalone' as const, kind: 'break' as const }];
    expect(splitSentences('First.{1}Second line.', 'en', placeholders)).toEqual(['First.', 'Second line.']);
    expect(splitSentences('First{1}second line.', 'en', placeholders)).toEqual(['First{1}second line.']);
  });

  it('joins a piece without letters or digits to the sentence before it (or after it, if first)', () => {
    expect(splitSentences('Hello. 🙂', 'en')).toEqual(['Hello. 🙂']);
    expect(splitSentences('— Hello there. Bye.', 'en')).toEqual(['— Hello there.', 'Bye.']);
  });

  it('returns ranges into the text, without surrounding whitespace', () => {
    const text = '  One.\n Two. ';
    expect(sentenceRanges(text, 'en').map(({ start, end }) => text.slice(start, end))).toEqual(['One.', 'Two.']);
    expect(sentenceRanges('   ', 'en')).toEqual([]);
  });

  it('builds one segmenter per locale and granularity', () => {
    expect(segmenterFor('de', 'sentence')).toBe(segmenterFor('de', 'sentence'));
    expect(segmenterFor('de', 'sentence')).not.toBe(segmenterFor('de', 'word'));
  });
});
