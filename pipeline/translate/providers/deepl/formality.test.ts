import { describe, expect, it } from 'vitest';
import config from '../../../../kb.config.ts';
import { deeplFormality } from './formality.ts';

describe('deeplFormality', () => {
  it('maps each locale register to prefer_more / prefer_less, and omits it where DeepL has no formality', () => {
    const byCode = Object.fromEntries(config.locales.filter((l) => l.deepl).map((l) => [l.code, deeplFormality(l)]));
    expect(byCode).toEqual({ de: 'prefer_more', fr: 'prefer_more', ja: 'prefer_more', es: 'prefer_less', 'pt-br': 'prefer_less', 'zh-cn': undefined, ar: undefined });
    const de = config.locales.find((l) => l.code === 'de');
    expect(deeplFormality({ ...(de as NonNullable<typeof de>), formality: 'default' })).toBeUndefined();
  });
});
