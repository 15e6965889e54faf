import { describe, expect, it } from 'vitest';
import { formatMessage, formatPlural } from './formatMessage.ts';

describe('formatMessage', () => {
  it('fills names and locale-formatted numbers', () => {
    expect(formatMessage('Results for “{{query}}”', { query: 'pin' }, 'en')).toBe('Results for “pin”');
    expect(formatMessage('{{count, number}} Ergebnisse', { count: 1200 }, 'de')).toBe('1.200 Ergebnisse');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(formatMessage('{{missing}} x', {}, 'en')).toBe('{{missing}} x');
  });

  it('inserts a query literally, without interpreting $ patterns', () => {
    expect(formatMessage('«{{query}}»', { query: "$& $1 $'" }, 'fr')).toBe("«$& $1 $'»");
  });
});

describe('formatPlural', () => {
  const arabic = { zero: 'لا توجد نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{{count, number}} نتائج', many: '{{count, number}} نتيجة', other: '{{count, number}} نتيجة' };

  it('picks the form Intl.PluralRules names for the count', () => {
    expect(formatPlural({ one: '{{count}} result', other: '{{count}} results' }, 1, 'en')).toBe('1 result');
    expect(formatPlural({ one: '{{count}} result', other: '{{count}} results' }, 3, 'en')).toBe('3 results');
    expect(formatPlural(arabic, 2, 'ar')).toBe('نتيجتان');
    expect(formatPlural(arabic, 5, 'ar')).toBe('5 نتائج');
  });

  it('falls back to the other form', () => {
    expect(formatPlural({ other: '{{count}} 件' }, 1, 'ja')).toBe('1 件');
  });
});
