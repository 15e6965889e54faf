import { describe, expect, it } from 'vitest';
import { fuzzyScore, MAX_FUZZY_SCORE, PLACEHOLDER_PENALTY, prepareText, scorePrepared, type Vocabulary } from './fuzzyScore.ts';
import { tokenize } from './tokenize.ts';

describe('fuzzyScore', () => {
  it.each([
    // [a, b, score, why]
    ['Open the app', 'Open the app', 100, 'identical text'],
    ['Wait 30 seconds', 'Wait 60 seconds', 66, '1 edit in 3 tokens: ⌊100·2/3⌋'],
    ['Up to 32 people can join', 'Up to 50 people can join', 83, '1 edit in 6: ⌊500/6⌋'],
    ['Open the chat and tap Call', 'Open the group and tap Video', 66, '2 edits in 6: ⌊400/6⌋'],
    ['Tap Save', 'Tap Save now please', 50, '2 insertions, max 4'],
    ['Open the chat', 'Close the chat list', 50, 'substitution + insertion, max 4'],
    ['abc def', 'ghi jkl', 0, 'nothing in common'],
  ])('%s ~ %s → %i (%s)', (a, b, score) => {
    expect(fuzzyScore(a, b, 'en')).toBe(score);
    expect(fuzzyScore(b, a, 'en')).toBe(score);
  });

  it('scores case-only, whitespace-only and punctuation-only differences 99, never 100', () => {
    expect(fuzzyScore('Tap Save', 'tap save', 'en')).toBe(MAX_FUZZY_SCORE);
    expect(fuzzyScore('Tap Save', 'Tap  Save', 'en')).toBe(99);
    expect(fuzzyScore('Tap Save.', 'Tap Save!', 'en')).toBe(99);
    expect(fuzzyScore('?', '!', 'en')).toBe(99);
  });

  it('caps long near-identical segments at 99', () => {
    const words = Array.from({ length: 150 }, (_, i) => `w${i}`);
    const changed = [...words.slice(0, -1), 'other'];
    // ⌊100·149/150⌋ = 99 by the formula, and 99 is also the cap.
    expect(fuzzyScore(words.join(' '), changed.join(' '), 'en')).toBe(99);
  });

  it('takes 2 points per placeholder one side lacks, on top of the token edits', () => {
    expect(PLACEHOLDER_PENALTY).toBe(2);
    // Tokens: tap {} save {/} vs tap save → 2 deletions of 4 → 50, one placeholder missing → 48.
    expect(fuzzyScore('Tap {1}Save{/1}', 'Tap Save', 'en')).toBe(48);
    // Two placeholders more: 5 tokens vs 3 → ⌊100·3/5⌋ = 60 − 4 = 56.
    expect(fuzzyScore('Press {1} or {2} now', 'Press or now', 'en')).toBe(56);
    // Same placeholder count, different position: only the token edits count.
    expect(fuzzyScore('Press {1} to save', 'Press to save {1}', 'en')).toBe(50);
  });

  it('ignores placeholder renumbering', () => {
    // `{2}` vs `{1}` is the same token; the texts differ, so 99.
    expect(fuzzyScore('Tap {2} to open it', 'Tap {1} to open it', 'en')).toBe(99);
  });

  it('treats differently written equal numbers as equal tokens', () => {
    expect(fuzzyScore('Send 1,000 messages', 'Send 1000 messages', 'en')).toBe(99);
  });

  it('scores CJK by dictionary words, not characters', () => {
    // ICU: 请|打开|设置|页|面 vs 请|打开|聊天|页|面 — one word of 5 differs (by characters it would be 2 of 7).
    expect(tokenize('请打开设置页面', 'zh-cn').length).toBe(5);
    expect(fuzzyScore('请打开设置页面', '请打开聊天页面', 'zh-cn')).toBe(80);
  });

  it('never goes below 0', () => {
    expect(fuzzyScore('{1}{2}{3}{4}{5}{6}{7}{8} a', 'b', 'en')).toBe(0);
  });
});

describe('scorePrepared with a minimum', () => {
  const vocabulary: Vocabulary = new Map();
  const prepare = (text: string) => prepareText(text, tokenize(text, 'en'), vocabulary, true);
  const pairs: [string, string][] = [
    ['Open the chat and tap Call', 'Open the group and tap Video'],
    ['Tap {1}Save{/1}', 'Tap Save'],
    ['Wait 30 seconds', 'Wait 60 seconds'],
    ['Open the app', 'Open the app'],
    ['Tap Save', 'tap save'],
  ];

  it.each(pairs)('returns the exact score when it reaches the minimum, else -1: %s ~ %s', (a, b) => {
    const full = scorePrepared(prepare(a), prepare(b));
    for (let minimum = 1; minimum <= 100; minimum++) {
      expect(scorePrepared(prepare(a), prepare(b), minimum)).toBe(full >= minimum ? full : -1);
    }
  });
});
