import { describe, expect, it } from 'vitest';
import { pseudoLocalize } from './pseudo.ts';

describe('pseudoLocalize', () => {
  it('accents letters, brackets the text and keeps placeholders and doubled braces', () => {
    expect(pseudoLocalize('Open {1}Settings{/1} and tap {2}.')).toBe('[ÓÓþééñ {1}Šééţţííñĝš{/1} ááñď ţááþ {2}.]');
    expect(pseudoLocalize('Use {{name}} in {10}')).toBe('[ÚÚšéé {{ñááɱéé}} ííñ {10}]');
  });

  it('expands English prose by about 30 %', () => {
    const text = 'Your calls drop when the mobile network is weak, so switch to Wi-Fi or turn off Data Saver.';
    const ratio = pseudoLocalize(text).length / text.length;
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.5);
  });
});
