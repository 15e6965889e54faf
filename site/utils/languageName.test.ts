import { describe, expect, it } from 'vitest';
import { languageName } from './languageName.ts';

describe('languageName', () => {
  it('names each language in itself, without the region', () => {
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('fr')).toBe('français');
    expect(languageName('es-419')).toBe('español');
    expect(languageName('pt-BR')).toBe('português');
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('zh-CN')).toBe('中文');
    expect(languageName('ar')).toBe('العربية');
  });
});
