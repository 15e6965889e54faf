import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../segment/index.ts';
import { segmentHash } from '../segment/segmentHash.ts';
import { blockUnitCoverage, blockUnitsByArticle, shownBlockCoverage } from './blockUnitCoverage.ts';
import type { MemoryUnit } from './storeTypes.ts';

const privateChats = 'Lumo keeps your chats private. Nobody else can read them.';
// Segments: title, description, b0.s0 "{1} keeps your chats private.", b0.s1 "Nobody else can read them.", b1.s0 "Calls are encrypted too."
const article = (id: string) => segmentArticle({ id, format: 'md', title: 'Privacy', description: 'Who reads what.', body: `${privateChats}\n\nCalls are encrypted too.\n` }, { sourceLocale: 'en', doNotTranslate: ['Lumo'] });
const blockSource = '{1} keeps your chats private. Nobody else can read them.';

function unit(article: string | undefined, key: string | undefined, source = blockSource): MemoryUnit {
  return { article, key, hash: segmentHash(source), source, target: 'Ihre Chats bleiben privat – niemand sonst kann sie lesen.', state: 'translated', origin: 'import:align' };
}

describe('blockUnitsByArticle', () => {
  it('groups the whole-block units (key b<n>) by article in one pass, leaving out sentence units and units of no article', () => {
    const units = [unit('privacy/chats', 'b0'), unit('privacy/chats', 'b0.s1'), unit(undefined, undefined), unit('privacy/other', 'b3'), unit('privacy/chats', 'b1')];
    const byArticle = blockUnitsByArticle(units);
    expect([...byArticle.keys()]).toEqual(['privacy/chats', 'privacy/other']);
    expect(byArticle.get('privacy/chats')?.map((u) => u.key)).toEqual(['b0', 'b1']);
    expect(byArticle.get('privacy/other')?.map((u) => u.key)).toEqual(['b3']);
  });
});

describe('blockUnitsByArticle with a block aligned again', () => {
  it('keeps one unit per block: the one furthest in review, then the latest', () => {
    const aligned = (target: string, state: MemoryUnit['state'], at: string): MemoryUnit => ({ ...unit('privacy/chats', 'b0'), target, state, at });
    const approved = aligned('Ihre Chats bleiben privat.', 'approved', '2026-11-01T00:00:00Z');
    const newer = aligned('Ihre Chats sind privat.', 'translated', '2026-12-01T00:00:00Z');
    const newest = aligned('Chats bleiben privat.', 'translated', '2026-12-02T00:00:00Z');
    expect(blockUnitsByArticle([approved, newer]).get('privacy/chats')).toEqual([approved]);
    expect(blockUnitsByArticle([newest, newer]).get('privacy/chats')).toEqual([newest]);
    expect(blockUnitsByArticle([newer, newest]).get('privacy/chats')).toEqual([newest]);
  });
});

describe('blockUnitCoverage', () => {
  it("maps each sentence of a block to the article's unit for it while the block's source is unchanged", () => {
    const units = blockUnitsByArticle([unit('privacy/chats', 'b0'), unit('privacy/other', 'b0')]);
    const covered = blockUnitCoverage(article('privacy/chats'), units.get('privacy/chats'));
    expect([...covered.keys()]).toEqual(['b0.s0', 'b0.s1']);
    expect(covered.get('b0.s1')).toMatchObject({ article: 'privacy/chats', key: 'b0' });
    // A unit made from an earlier version of the block covers nothing.
    expect(blockUnitCoverage(article('privacy/chats'), [unit('privacy/chats', 'b0', 'Lumo keeps chats private. Nobody reads them.')]).size).toBe(0);
    expect(blockUnitCoverage(article('privacy/none'), units.get('privacy/none')).size).toBe(0);
  });

  it('covers no sentence of a block one of whose sentences has a target of its own: the page then builds that block sentence by sentence', () => {
    const units = [unit('privacy/chats', 'b0')];
    expect([...blockUnitCoverage(article('privacy/chats'), units, [{ key: 'b0.s1', target: undefined }, { key: 'b1.s0', target: 'Anrufe auch.' }]).keys()]).toEqual(['b0.s0', 'b0.s1']);
    expect(blockUnitCoverage(article('privacy/chats'), units, [{ key: 'b0.s1', target: 'Niemand sonst kann sie lesen.' }]).size).toBe(0);
  });

  it('shownBlockCoverage ends the coverage only for a target the page shows: published under the policy, placeholders that fit, no markup its source lacks', () => {
    const segmented = article('privacy/chats');
    const units = [unit('privacy/chats', 'b0')];
    const entry = (key: string, source: string, target: string, state: 'machine' | 'reviewed' | 'fuzzy') => ({ key, hash: segmentHash(source), source, target, state });
    const first = '{1} keeps your chats private.';
    const covered = (entries: ReturnType<typeof entry>[], policy: 'machine' | 'reviewed') => shownBlockCoverage(segmented, units, entries, policy).size;
    expect(covered([entry('b0.s0', first, '{1} schützt Ihre Chats.', 'machine')], 'reviewed')).toBe(2);
    expect(covered([entry('b0.s0', first, '{1} schützt Ihre Chats.', 'fuzzy')], 'machine')).toBe(2);
    // Placeholders that do not fit: the page shows the unit, not that target.
    expect(covered([entry('b0.s0', first, '{1} {2} schützt Ihre Chats.', 'reviewed')], 'reviewed')).toBe(2);
    // Markup the source lacks: the page refuses that target and shows the unit.
    expect(covered([entry('b0.s0', first, '{1} schützt Ihre <b>Chats</b>.', 'reviewed')], 'reviewed')).toBe(2);
    expect(covered([entry('b0.s0', first, '{1} schützt Ihre Chats.', 'reviewed')], 'reviewed')).toBe(0);
    expect(covered([entry('b0.s0', first, '{1} schützt Ihre Chats.', 'machine')], 'machine')).toBe(0);
  });
});
