import { describe, expect, it } from 'vitest';
import type { LocaleConfig } from '../config/defineConfig.ts';
import { segmentArticle } from '../segment/index.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import type { PublishPolicy, StoreEntry, TranslationState } from '../store/index.ts';
import { noticesOf } from './pageStatus.ts';
import { sourceTextMarks } from './sourceTextMarks.ts';
import { translationFromStore } from './translationFromStore.ts';

const { open, close } = sourceTextMarks;

// Segments: title, description, b0.s0 "Open {1}Settings{/1}.", b0.s1 "Wait 30 seconds.", b1.s0 "Use headphones."
const article = segmentArticle(
  { id: 'calls/wait', format: 'md', title: 'Wait', description: 'Wait a little.', body: 'Open **Settings**. Wait 30 seconds.\n\nUse headphones.\n' },
  { sourceLocale: 'en' },
);
const german: Record<string, string> = {
  title: 'Warten',
  description: 'Kurz warten.',
  'b0.s0': 'Öffnen Sie {1}Einstellungen{/1}.',
  'b0.s1': 'Warten Sie 30 Sekunden.',
  'b1.s0': 'Verwenden Sie Kopfhörer.',
};

/** Store entries for every segment, all in `state` unless `changes` says otherwise for a key (undefined: no entry). */
function entries(state: TranslationState, changes: Record<string, Partial<StoreEntry> | undefined> = {}): StoreEntry[] {
  return article.segments.flatMap((segment) => {
    if (segment.key in changes && changes[segment.key] === undefined) return [];
    return [{ key: segment.key, hash: segment.hash, source: segment.text, target: german[segment.key], state, ...changes[segment.key] }];
  });
}

function assembleGerman(stored: StoreEntry[], publish: PublishPolicy = 'machine') {
  const locale: LocaleConfig = { code: 'de', tag: 'de', dir: 'ltr', label: 'Deutsch', englishName: 'German', formality: 'formal', publish };
  const warnings: string[] = [];
  const translation = translationFromStore(article, stored, [], locale, (message) => warnings.push(message));
  return { translation, warnings };
}

describe('translationFromStore: what the page says it is', () => {
  it('all approved: an approved translation with no notice, and no English text marked', () => {
    const { translation } = assembleGerman(entries('approved'));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'approved', gaps: [] });
    expect(noticesOf(translation!.status)).toEqual([]);
    expect(translation?.body).toBe('Öffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\nVerwenden Sie Kopfhörer.\n');
    expect(translation?.inSourceLanguage).toEqual([]);
  });

  it('all at least reviewed: reviewed, the weakest state shown', () => {
    expect(assembleGerman(entries('approved', { 'b0.s1': { state: 'reviewed' } })).translation?.status).toEqual({ kind: 'translation', review: 'reviewed', gaps: [] });
  });

  it('a machine sentence among approved ones: machine', () => {
    const { translation } = assembleGerman(entries('approved', { 'b1.s0': { state: 'machine' } }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'machine', gaps: [] });
    expect(noticesOf(translation!.status)).toEqual(['machine']);
  });

  it('a sentence never translated: partly untranslated, that sentence in English between marks', () => {
    const { translation } = assembleGerman(entries('translated', { 'b0.s1': undefined }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(noticesOf(translation!.status)).toEqual(['untranslated']);
    expect(translation?.body).toBe(`Öffnen Sie **Einstellungen**. ${open}Wait 30 seconds.${close}\n\nVerwenden Sie Kopfhörer.\n`);
  });

  it('a target whose placeholders do not fit: partly untranslated, not outdated', () => {
    const { translation, warnings } = assembleGerman(entries('translated', { 'b0.s0': { target: 'Öffnen Sie Einstellungen.' } }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(translation?.body).toBe(`${open}Open **Settings**.${close} Warten Sie 30 Sekunden.\n\nVerwenden Sie Kopfhörer.\n`);
    expect(warnings).toEqual(['de calls/wait b0.s0: placeholder {1} is missing; showing the source sentence']);
  });

  it('a target that brings a script: partly untranslated, the source sentence shown', () => {
    const { translation, warnings } = assembleGerman(entries('translated', { 'b1.s0': { target: 'Verwenden Sie <script>alert(1)</script>.' } }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(translation?.body).toBe(`Öffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\n${open}Use headphones.${close}\n`);
    expect(warnings).toEqual(['de calls/wait b1.s0: the translation introduces <script>; showing the source sentence']);
  });

  it('a target holding the reserved source-text marks: the source sentence shown, so the marks cannot mislabel German as English', () => {
    const { translation, warnings } = assembleGerman(entries('translated', { 'b1.s0': { target: `Verwenden Sie ${open}Kopfhörer${close}.` } }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['untranslated'] });
    expect(translation?.body).toBe(`Öffnen Sie **Einstellungen**. Warten Sie 30 Sekunden.\n\n${open}Use headphones.${close}\n`);
    expect(warnings).toEqual([`de calls/wait b1.s0: the translation introduces ${open}, ${close}; showing the source sentence`]);
  });

  it('under the approved policy, a sentence not yet approved is partly untranslated, and the page is approved', () => {
    const { translation } = assembleGerman(entries('approved', { 'b0.s0': { state: 'reviewed' }, title: { state: 'translated' } }), 'approved');
    expect(translation?.status).toEqual({ kind: 'translation', review: 'approved', gaps: ['untranslated'] });
    expect(translation?.title).toBe('Wait');
    expect(translation?.inSourceLanguage).toEqual(['title']);
    expect(translation?.body).toBe(`${open}Open **Settings**.${close} Warten Sie 30 Sekunden.\n\nVerwenden Sie Kopfhörer.\n`);
  });

  it('a sentence whose source changed since it was translated: outdated, the new source shown', () => {
    const old = 'Wait 20 seconds.';
    const { translation } = assembleGerman(entries('translated', { 'b0.s1': { hash: segmentHash(old), source: old, target: 'Warten Sie 20 Sekunden.' } }));
    expect(translation?.status).toEqual({ kind: 'translation', review: 'translated', gaps: ['outdated'] });
    expect(noticesOf(translation!.status)).toEqual(['outdated']);
    expect(translation?.body).toBe(`Öffnen Sie **Einstellungen**. ${open}Wait 30 seconds.${close}\n\nVerwenden Sie Kopfhörer.\n`);
  });

  it('machine translated and outdated and partly untranslated: says all three', () => {
    const old = 'Use earphones.';
    const stored = entries('machine', { 'b1.s0': { hash: segmentHash(old), source: old }, description: undefined });
    const { translation } = assembleGerman(stored);
    expect(translation?.status).toEqual({ kind: 'translation', review: 'machine', gaps: ['outdated', 'untranslated'] });
    expect(noticesOf(translation!.status)).toEqual(['machine', 'outdated', 'untranslated']);
    expect(translation?.inSourceLanguage).toEqual(['description']);
  });

  it('consecutive English sentences of a block are one marked run; nothing usable at all is a fallback', () => {
    const { translation } = assembleGerman(entries('translated', { 'b0.s0': undefined, 'b0.s1': undefined }));
    expect(translation?.body).toBe(`${open}Open **Settings**. Wait 30 seconds.${close}\n\nVerwenden Sie Kopfhörer.\n`);
    expect(assembleGerman(entries('fuzzy')).translation).toBeUndefined();
  });
});
