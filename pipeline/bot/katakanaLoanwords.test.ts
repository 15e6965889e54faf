import { describe, expect, it } from 'vitest';
import { englishSkeleton, katakanaSkeleton } from './katakanaLoanwords.ts';

describe('katakana loanword skeletons', () => {
  it('gives a loanword and its English word the same skeleton', () => {
    const pairs = [['パスワード', 'password'], ['グループ', 'group'], ['アカウント', 'account'], ['メッセージ', 'messag'], ['スクリーン', 'screen'], ['リンク', 'link'], ['ログイン', 'login'], ['サーバー', 'server']];
    for (const [katakana, english] of pairs) expect(katakanaSkeleton(katakana!), `${katakana} ${english}`).toBe(englishSkeleton(english!));
  });

  it('keeps a leading vowel apart, and leaves words of other scripts out', () => {
    expect(katakanaSkeleton('アカウント')).not.toBe(englishSkeleton('count'));
    expect(katakanaSkeleton('パスワードを')).toBeUndefined();
    expect(katakanaSkeleton('通知')).toBeUndefined();
    expect(englishSkeleton('rate_limited')).toBeUndefined();
  });
});
