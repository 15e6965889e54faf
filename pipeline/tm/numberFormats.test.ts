import { describe, expect, it } from 'vitest';
import { findNumbers, formatLike, parseNumber } from './numberFormats.ts';

describe('parseNumber', () => {
  it.each([
    ['1,000', 'en', '1000'],
    ['1,000.50', 'en', '1000.5'],
    ['1.000', 'en', '1'],
    ['1.000', 'de', '1000'],
    ['1.000,5', 'de', '1000.5'],
    ['007', 'en', '7'],
    ['١٬٠٠٠', 'ar', '1000'],
  ])('%s in %s is %s', (token, locale, value) => {
    expect(parseNumber(token, locale)?.value).toBe(value);
  });

  it.each([
    ['1,5', 'en'],
    ['1.2.3', 'en'],
    ['12,34,567', 'en'],
  ])('%s is not a number in %s', (token, locale) => {
    expect(parseNumber(token, locale)).toBeUndefined();
  });
});

describe('findNumbers', () => {
  const values = (text: string) => findNumbers(text).map((occurrence) => occurrence.readings.map((reading) => reading.number.value));

  it('offers every reading a separator allows', () => {
    expect(values('1.000 und 2,5 und 1 000 und 1,000.5')).toEqual([['1000', '1'], ['2.5'], ['1000'], ['1000.5']]);
  });

  it('skips placeholder markers, escaped braces and digits inside Latin words', () => {
    expect(values('{1}Tippen{/1} {{2}} MP3 30s 4G 30秒 ٣٠')).toEqual([['2'], ['30'], ['30']]);
  });

  it('keeps separate numbers apart when a space is not followed by a 3-digit group', () => {
    expect(values('Schritt 2 von 3')).toEqual([['2'], ['3']]);
  });
});

describe('formatLike', () => {
  const reading = (text: string, index = 0) => {
    const found = findNumbers(text)[0]?.readings[index];
    if (!found) throw new Error(`no number in ${text}`);
    return found.style;
  };
  const number = (integer: string, fraction = '') => ({ integer, fraction, value: '' });

  it('copies grouping, decimal mark and digit system from the number it replaces', () => {
    expect(formatLike(number('2500', '75'), reading('1.000,50', 0), undefined)).toBe('2.500,75');
    expect(formatLike(number('12500'), reading('1 000'), undefined)).toBe('12 500');
    expect(formatLike(number('1500', '5'), reading('١٬٠٠٠٫٥'), undefined)).toBe('١٬٥٠٠٫٥');
    expect(formatLike(number('60'), reading('30'), undefined)).toBe('60');
  });

  it('keeps big numbers ungrouped when the old one was written ungrouped', () => {
    expect(formatLike(number('25000'), reading('1000'), 'de')).toBe('25000');
  });

  it('asks the locale only for what the old number does not show, and gives up without one', () => {
    expect(formatLike(number('1500'), reading('30'), 'de')).toBe('1.500');
    expect(formatLike(number('1500'), reading('30'), 'es-419')).toBe('1,500');
    expect(formatLike(number('2', '5'), reading('30'), 'fr')).toBe('2,5');
    expect(formatLike(number('1500'), reading('30'), undefined)).toBeUndefined();
    expect(formatLike(number('2', '5'), reading('30'), undefined)).toBeUndefined();
  });
});
