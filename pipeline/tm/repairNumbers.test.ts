import { describe, expect, it } from 'vitest';
import { numberMaskedKey, repairNumbers } from './repairNumbers.ts';
import { tokenize } from './tokenize.ts';

describe('repairNumbers', () => {
  it.each([
    // [matchSource, matchTarget, newSource, targetLocale, repaired target]
    ['Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 60 seconds', 'de', 'Warten Sie 60 Sekunden.'],
    ['Up to 32 people can join a call.', 'Bis zu 32 Personen können an einem Anruf teilnehmen.', 'Up to 50 people can join a call.', 'de', 'Bis zu 50 Personen können an einem Anruf teilnehmen.'],
    ['Up to 32 people can join a call.', '最多可有 32 人加入通话。', 'Up to 50 people can join a call.', 'zh-CN', '最多可有 50 人加入通话。'],
    ['Wait 30 seconds.', '30秒待ってください。', 'Wait 45 seconds.', 'ja', '45秒待ってください。'],
    ['Wait 30 seconds', 'انتظر ٣٠ ثانية.', 'Wait 45 seconds', 'ar', 'انتظر ٤٥ ثانية.'],
    ['Send up to 1,000 messages', 'Senden Sie bis zu 1.000 Nachrichten', 'Send up to 2,500 messages', 'de', 'Senden Sie bis zu 2.500 Nachrichten'],
    ['Send up to 1,000 messages', 'Envoyez jusqu’à 1 000 messages', 'Send up to 25,000 messages', 'fr', 'Envoyez jusqu’à 25 000 messages'],
    ['It costs 4.99 dollars', 'Es kostet 4,99 Dollar', 'It costs 12.50 dollars', 'de', 'Es kostet 12,50 Dollar'],
    ['Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 1,500 seconds', 'de', 'Warten Sie 1.500 Sekunden.'],
    ['Wait 30 seconds', 'Espera 30 segundos.', 'Wait 1,500 seconds', 'es-419', 'Espera 1,500 segundos.'],
    // Word order differs: numbers are found by value, not by position.
    ['From 5 to 10 minutes', '10 bis 5 Minuten (rückwärts)', 'From 6 to 11 minutes', 'de', '11 bis 6 Minuten (rückwärts)'],
    // Swapped values are replaced in one pass, not one after the other.
    ['From 5 to 10', 'Von 5 bis 10', 'From 10 to 5', 'de', 'Von 10 bis 5'],
    // Unchanged numbers and placeholder ids are left alone.
    ['Tap {1}Save{/1} 2 times in 3 steps', 'Tippen Sie 2-mal in 3 Schritten auf {1}Speichern{/1}', 'Tap {1}Save{/1} 2 times in 4 steps', 'de', 'Tippen Sie 2-mal in 4 Schritten auf {1}Speichern{/1}'],
    // Case and punctuation of the sources do not matter.
    ['Wait 30 seconds.', 'Warten Sie 30 Sekunden.', 'wait 60 seconds', 'de', 'Warten Sie 60 Sekunden.'],
  ])('%s → %s, for %s', (matchSource, matchTarget, newSource, targetLocale, expected) => {
    expect(repairNumbers(matchSource, matchTarget, newSource, { targetLocale })).toBe(expected);
  });

  it.each([
    ['sources differ in a word too', 'Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 60 minutes'],
    ['numbers are the same', 'Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 30 seconds!'],
    ['a number was added', 'Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 30 or 60 seconds'],
    ['one old value goes two ways', 'From 5 to 5', 'Von 5 bis 5', 'From 5 to 10'],
    ['the target spells the number out', 'Wait 2 minutes', 'Warten Sie zwei Minuten.', 'Wait 3 minutes'],
    ['the target repeats the number', 'Wait 5 minutes', 'Warten Sie 5 Minuten (5 Min.).', 'Wait 6 minutes'],
    ['a target number could be two old values', 'Enter 1 or 1,000', 'Geben Sie 1.000 ein', 'Enter 2 or 2,000'],
  ])('leaves the target alone when %s', (_why, matchSource, matchTarget, newSource) => {
    expect(repairNumbers(matchSource, matchTarget, newSource, { targetLocale: 'de' })).toBeUndefined();
  });

  it('gives up when the new number needs a format the old target does not show and no locale is known', () => {
    expect(repairNumbers('Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 1,500 seconds')).toBeUndefined();
    expect(repairNumbers('Wait 30 seconds', 'Warten Sie 30 Sekunden.', 'Wait 45 seconds')).toBe('Warten Sie 45 Sekunden.');
  });

  it('reads the sources in their own locale', () => {
    expect(repairNumbers('Warten Sie 1.000 Sekunden', 'Wait 1,000 seconds', 'Warten Sie 2.000 Sekunden', { sourceLocale: 'de', targetLocale: 'en' })).toBe(
      'Wait 2,000 seconds',
    );
  });
});

describe('numberMaskedKey', () => {
  const key = (text: string) => numberMaskedKey(tokenize(text, 'en'));

  it('is equal for sources that differ only in numbers, case or punctuation', () => {
    expect(key('Wait 30 seconds.')).toBe(key('wait 1,000 seconds'));
    expect(key('Wait 30 seconds')).not.toBe(key('Wait 30 minutes'));
    expect(key('Wait 30 seconds')).not.toBe(key('Wait 30 60 seconds'));
  });
});
