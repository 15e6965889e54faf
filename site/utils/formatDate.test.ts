import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('writes the date the way each locale does', () => {
    expect(formatDate('2026-10-14', 'en')).toBe('October 14, 2026');
    expect(formatDate('2026-10-14', 'de')).toBe('14. Oktober 2026');
    expect(formatDate('2026-10-14', 'ja')).toBe('2026年10月14日');
    expect(formatDate('2026-10-14', 'pt-BR')).toBe('14 de outubro de 2026');
  });
  it('keeps the calendar day at the edges of the year', () => {
    expect(formatDate('2027-01-01', 'fr')).toBe('1 janvier 2027');
    expect(formatDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
  });
});
