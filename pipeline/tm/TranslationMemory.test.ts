import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contextKey } from './contextKey.ts';
import { NUMBERS_REPAIRED_SCORE, TranslationMemory } from './TranslationMemory.ts';
import type { TmUnit } from './types.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const segment = (text: string) => ({ text, hash: hash(text) });

function unit(source: string, target: string, extra: Partial<TmUnit> = {}): TmUnit {
  return {
    sourceLocale: 'en',
    targetLocale: 'de',
    source,
    target,
    sourceHash: hash(source),
    origin: 'human',
    state: 'reviewed',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const articleContext = contextKey('Open Settings.', 'Tap Privacy.', 'Turn on the lock.', 'account/two-step-verification');

function memory(): TranslationMemory {
  const tm = new TranslationMemory({ sourceLocale: 'en', localeTags: { es: 'es-419' } });
  tm.add(unit('Tap Privacy.', 'Tippen Sie auf Datenschutz.', { updatedAt: '2026-03-01T00:00:00Z' }));
  tm.add(unit('Tap Privacy.', 'Tippen Sie auf „Datenschutz“.', { contextKey: articleContext, updatedAt: '2026-01-01T00:00:00Z' }));
  tm.add(unit('Tap Privacy and then Blocked contacts.', 'Tippen Sie auf Datenschutz und dann auf Blockierte Kontakte.'));
  tm.add(unit('Wait 30 seconds.', 'Warten Sie 30 Sekunden.'));
  tm.add(unit('Tap Privacy.', 'Toca Privacidad.', { targetLocale: 'es' }));
  return tm;
}

describe('TranslationMemory.lookup', () => {
  it('prefers a context match (101) over a newer exact match', () => {
    const match = memory().lookup(segment('Tap Privacy.'), 'de', { contextKey: articleContext });
    expect(match).toMatchObject({ kind: 'context', score: 101, target: 'Tippen Sie auf „Datenschutz“.' });
  });

  it('falls back to the newest exact match (100) when the context differs or is not given', () => {
    const other = contextKey('Open Lumo.', 'Tap Privacy.', undefined, 'privacy-security/block-report');
    for (const options of [{ contextKey: other }, {}]) {
      expect(memory().lookup(segment('Tap Privacy.'), 'de', options)).toMatchObject({ kind: 'exact', score: 100, target: 'Tippen Sie auf Datenschutz.' });
    }
  });

  it('offers a fuzzy match when no source is the same, with its computed score', () => {
    const match = memory().lookup(segment('Tap Privacy and then Blocked users.'), 'de');
    // 6 tokens, 1 substitution: ⌊500/6⌋ = 83.
    expect(match).toMatchObject({ kind: 'fuzzy', score: 83, numbersRepaired: false, source: 'Tap Privacy and then Blocked contacts.' });
  });

  it('repairs numbers when the sources differ only in numbers, and says so', () => {
    const match = memory().lookup(segment('Wait 60 seconds.'), 'de');
    expect(match).toMatchObject({
      kind: 'fuzzy',
      score: NUMBERS_REPAIRED_SCORE,
      target: 'Warten Sie 60 Sekunden.',
      source: 'Wait 30 seconds.',
      numbersRepaired: true,
    });
  });

  it('does not repair when the threshold asks for 100', () => {
    expect(memory().lookup(segment('Wait 60 seconds.'), 'de', { threshold: 100 })).toBeUndefined();
  });

  it('keeps the computed score and the old target when the numbers cannot be mapped', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Wait 5 minutes and then restart the app.', 'Warten Sie fünf Minuten und starten Sie die App neu.'));
    const match = tm.lookup(segment('Wait 6 minutes and then restart the app.'), 'de');
    expect(match).toMatchObject({ kind: 'fuzzy', score: 87, numbersRepaired: false, target: 'Warten Sie fünf Minuten und starten Sie die App neu.' });
  });

  it('returns nothing below the threshold', () => {
    expect(memory().lookup(segment('Delete your account forever.'), 'de')).toBeUndefined();
    expect(memory().lookup(segment('Tap Privacy and then Blocked users.'), 'de', { threshold: 90 })).toBeUndefined();
  });

  it('keeps target locales apart and uses the locale tag for number formats', () => {
    const tm = memory();
    expect(tm.lookup(segment('Tap Privacy.'), 'es')?.target).toBe('Toca Privacidad.');
    expect(tm.lookup(segment('Wait 30 seconds.'), 'es')).toBeUndefined();
    expect(tm.lookup(segment('Tap Privacy.'), 'fr')).toBeUndefined();
    tm.add(unit('Send 30 messages.', 'Envía 30 mensajes.', { targetLocale: 'es' }));
    // es-419 groups with a comma (es would write 1500 without grouping).
    expect(tm.lookup(segment('Send 1,500 messages.'), 'es')?.target).toBe('Envía 1,500 mensajes.');
  });

  it('between a case-only fuzzy match and a repaired one, both 99, takes the newer', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('wait 60 seconds.', 'warten Sie 60 Sekunden.', { updatedAt: '2026-01-01T00:00:00Z' }));
    tm.add(unit('Wait 30 seconds.', 'Warten Sie 30 Sekunden.', { updatedAt: '2026-02-01T00:00:00Z' }));
    expect(tm.lookup(segment('Wait 60 seconds.'), 'de')).toMatchObject({ score: 99, numbersRepaired: true, target: 'Warten Sie 60 Sekunden.' });
    tm.add(unit('wait 60 seconds.', 'warten Sie 60 Sekunden!', { updatedAt: '2026-03-01T00:00:00Z' }));
    expect(tm.lookup(segment('Wait 60 seconds.'), 'de')).toMatchObject({ score: 99, numbersRepaired: false, target: 'warten Sie 60 Sekunden!' });
  });

  it('ignores a unit stored under the segment hash whose text differs', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Tap Privacy.', 'Tippen Sie auf Datenschutz.', { sourceHash: hash('Tap Settings.') }));
    expect(tm.lookup(segment('Tap Settings.'), 'de')?.kind).not.toBe('exact');
  });

  it('rejects an unusable threshold even when an exact match exists', () => {
    expect(() => memory().lookup(segment('Tap Privacy.'), 'de', { threshold: 0 })).toThrow(/TranslationMemory.lookup: threshold/);
  });
});

describe('TranslationMemory.lookup with accepts', () => {
  /** Refuses targets marked broken, counting how often each target is judged. */
  function judge() {
    const judged = new Map<string, number>();
    const accepts = (target: string) => {
      judged.set(target, (judged.get(target) ?? 0) + 1);
      return !target.includes('BROKEN');
    };
    return { judged, accepts };
  }

  it('passes over a refused context or exact unit for the next best usable one', () => {
    const tm = memory();
    tm.add(unit('Tap Privacy.', 'BROKEN elsewhere', { contextKey: 'elsewhere', updatedAt: '2026-04-01T00:00:00Z' }));
    tm.add(unit('Tap Privacy.', 'BROKEN in context', { contextKey: articleContext, updatedAt: '2026-04-01T00:00:00Z' }));
    // Without accepts the broken units win, as they are newer.
    expect(tm.lookup(segment('Tap Privacy.'), 'de', { contextKey: articleContext })?.target).toBe('BROKEN in context');
    expect(tm.lookup(segment('Tap Privacy.'), 'de')?.target).toMatch(/^BROKEN/);
    const { judged, accepts } = judge();
    expect(tm.lookup(segment('Tap Privacy.'), 'de', { contextKey: articleContext, accepts })).toMatchObject({ kind: 'context', target: 'Tippen Sie auf „Datenschutz“.' });
    expect(tm.lookup(segment('Tap Privacy.'), 'de', { contextKey: 'elsewhere', accepts })).toMatchObject({ kind: 'exact', target: 'Tippen Sie auf Datenschutz.' });
    expect(Math.max(...judged.values())).toBe(2); // each unit once per lookup
  });

  it('offers the best usable fuzzy match when a better one is refused', () => {
    const tm = memory();
    tm.add(unit('Tap Privacy and then Blocked users now.', 'BROKEN closer'));
    const query = segment('Tap Privacy and then Blocked users.');
    expect(tm.lookup(query, 'de')?.target).toBe('BROKEN closer');
    expect(tm.lookup(query, 'de', { accepts: judge().accepts })).toMatchObject({
      kind: 'fuzzy',
      score: 83,
      target: 'Tippen Sie auf Datenschutz und dann auf Blockierte Kontakte.',
    });
  });

  it('judges a repaired target, and offers a plain fuzzy match when it is refused', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Wait 30 seconds.', 'BROKEN Warten Sie 30 Sekunden.', { updatedAt: '2026-02-01T00:00:00Z' }));
    tm.add(unit('Please wait 60 seconds.', 'Bitte warten Sie 60 Sekunden.'));
    const query = segment('Wait 60 seconds.');
    expect(tm.lookup(query, 'de')).toMatchObject({ numbersRepaired: true, target: 'BROKEN Warten Sie 60 Sekunden.' });
    const { judged, accepts } = judge();
    expect(tm.lookup(query, 'de', { accepts })).toMatchObject({ kind: 'fuzzy', score: 75, numbersRepaired: false, target: 'Bitte warten Sie 60 Sekunden.' });
    expect(judged.get('BROKEN Warten Sie 60 Sekunden.')).toBe(1);
  });

  it('finds nothing when every unit is refused, judging each once', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Tap Save.', 'BROKEN 1', { contextKey: 'a' }));
    tm.add(unit('Tap Save.', 'BROKEN 2', { contextKey: 'b' }));
    const { judged, accepts } = judge();
    // The refused exact units come up again from the fuzzy index (score 100): not judged twice.
    expect(tm.lookup(segment('Tap Save.'), 'de', { accepts })).toBeUndefined();
    expect([...judged.values()]).toEqual([1, 1]);
  });
});

describe('TranslationMemory.add', () => {
  it('replaces a unit with the same source, context and target by a newer copy, never by an older one', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Tap Save.', 'Tippen Sie auf Speichern.', { state: 'translated', updatedAt: '2026-02-01T00:00:00Z' }));
    tm.add(unit('Tap Save.', 'Tippen Sie auf Speichern.', { state: 'approved', updatedAt: '2026-03-01T00:00:00Z' }));
    tm.add(unit('Tap Save.', 'Tippen Sie auf Speichern.', { state: 'draft', updatedAt: '2026-01-01T00:00:00Z' }));
    expect(tm.size).toBe(1);
    expect(tm.lookup(segment('Tap Save.'), 'de')?.unit.state).toBe('approved');
    // The replaced copy is gone from the fuzzy index and the number-variant map too: one unit is judged.
    let judged = 0;
    expect(tm.lookup(segment('Tap Save now.'), 'de', { threshold: 50, accepts: () => (judged++, false) })).toBeUndefined();
    expect(judged).toBe(1);
  });

  it('keeps other targets of the same source and context behind the newest', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    tm.add(unit('Tap Save.', 'Tippen Sie auf Sichern.', { updatedAt: '2026-02-01T00:00:00Z' }));
    tm.add(unit('Tap Save.', 'Tippen Sie auf Speichern.', { updatedAt: '2026-03-01T00:00:00Z' }));
    expect(tm.size).toBe(2);
    expect(tm.lookup(segment('Tap Save.'), 'de')?.target).toBe('Tippen Sie auf Speichern.');
    expect(tm.lookup(segment('Tap Save now.'), 'de', { threshold: 50 })?.target).toBe('Tippen Sie auf Speichern.');
    const accepts = (target: string) => !target.includes('Speichern');
    expect(tm.lookup(segment('Tap Save.'), 'de', { accepts })).toMatchObject({ kind: 'exact', target: 'Tippen Sie auf Sichern.' });
  });

  it('refuses units of another source locale and unreadable times', () => {
    const tm = new TranslationMemory({ sourceLocale: 'en' });
    expect(() => tm.add(unit('Hallo', 'Hello', { sourceLocale: 'de' }))).toThrow(/source locale "de" is not the memory's "en"/);
    expect(() => tm.add(unit('Hello', 'Hallo', { updatedAt: 'yesterday' }))).toThrow(/updatedAt "yesterday"/);
  });
});
