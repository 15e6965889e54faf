import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMemoryFile, parseStoreFile } from './parseStoreFile.ts';
import { scanStoreTexts } from './scanStoreTexts.ts';
import { serializeMemoryFile, serializeStoreFile } from './serializeStoreFile.ts';
import { translationStates, type MemoryUnit, type StoreEntry, type StoreFile } from './storeTypes.ts';
import { segmentHash } from '../segment/segmentHash.ts';

const expected = { locale: 'de', article: 'calls/poor-call-quality' };
const sourceFile = 'content/en/calls/poor-call-quality.md';

describe('serializeStoreFile', () => {
  it('writes the documented layout: header, fixed key order, one line per value', () => {
    const file: StoreFile = {
      ...expected,
      segments: [
        { state: 'reviewed', target: 'Öffnen Sie {1}Einstellungen{/1}.', source: 'Open {1}Settings{/1}.', key: 'b3.s0', hash: '3f2a9c1e0b7d4a11', origin: 'human', by: 'anna@lumo.example', at: '2026-11-20T10:12:00Z' },
        { key: 'b3.s1', hash: 'a0b1c2d3e4f50617', source: 'Tap Calls.', target: 'Tippen Sie auf Anrufe.', state: 'machine', origin: 'mt:deepl', outdated: true, currentSource: 'Tap {1}Calls{/1} twice.' },
        { key: 'b4.s0', hash: '0123456789abcdef', source: '{1}Note:{/1} 401', state: 'new' },
      ],
    };
    expect(serializeStoreFile(file, sourceFile)).toBe(`# Polyglot KB translation store · de · calls/poor-call-quality · source content/en/calls/poor-call-quality.md

article: calls/poor-call-quality
locale: de
segments:
  - key: b3.s0
    hash: 3f2a9c1e0b7d4a11
    source: Open {1}Settings{/1}.
    target: Öffnen Sie {1}Einstellungen{/1}.
    state: reviewed
    origin: human
    by: anna@lumo.example
    at: 2026-11-20T10:12:00Z
  - key: b3.s1
    hash: a0b1c2d3e4f50617
    outdated: true
    source: Tap Calls.
    currentSource: Tap {1}Calls{/1} twice.
    target: Tippen Sie auf Anrufe.
    state: machine
    origin: mt:deepl
  - key: b4.s0
    hash: 0123456789abcdef
    source: "{1}Note:{/1} 401"
    state: new
`);
  });

  it('does not wrap long lines', () => {
    const long = 'word '.repeat(60).trim();
    const text = serializeStoreFile({ ...expected, segments: [{ key: 'b0.s0', hash: segmentHash(long), source: long, state: 'new' }] }, sourceFile);
    expect(text).toContain(`    source: ${long}\n`);
  });

  const text = fc.string({ minLength: 1, unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '{', '}', '"', "'", '-', '1', '0', 'e', '.', 'ö', '日', '\\', '\t', '\n', '&', '*', '!', '|', '>', '%', '@', '`') }).filter((s) => s.trim().length > 0);
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const state = fc.constantFrom(...translationStates);
  const origin = optional(fc.constantFrom('tm-context', 'tm-exact', 'tm-fuzzy', 'human', 'mt:deepl', 'import:tmx') as fc.Arbitrary<StoreEntry['origin'] & string>);
  const at = optional(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()));
  const entry: fc.Arbitrary<Omit<StoreEntry, 'key'>> = fc
    .record({ source: text, target: optional(text), state, origin, score: optional(fc.integer({ min: 1, max: 101 })), by: optional(text), at, currentSource: optional(text) })
    .map(({ currentSource, ...e }) => dropUndefined({ ...e, hash: segmentHash(e.source), state: e.target === undefined ? 'new' : e.state, ...(currentSource === undefined ? {} : { outdated: true as const, currentSource }) }));
  const storeFile = fc.array(entry, { maxLength: 6 }).map((entries): StoreFile => ({ ...expected, segments: entries.map((e, i) => ({ ...e, key: `b${i}.s0` })) }));

  it('round-trips any store file, byte for byte', () => {
    fc.assert(
      fc.property(storeFile, (file) => {
        const written = serializeStoreFile(file, sourceFile);
        const parsed = parseStoreFile('x.yaml', written, expected);
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.value).toEqual(file);
        expect(serializeStoreFile(parsed.value as StoreFile, sourceFile)).toBe(written);
      }),
    );
  });

  it('scanStoreTexts reads the texts parseStoreFile reads, or declines (undefined) so the caller parses', () => {
    const texts = (file: StoreFile) => file.segments.map((e) => ({ source: e.source, ...(e.target === undefined ? {} : { target: e.target }), outdated: e.outdated === true }));
    let read = 0;
    fc.assert(
      fc.property(storeFile, (file) => {
        const scanned = scanStoreTexts(serializeStoreFile(file, sourceFile));
        if (scanned !== undefined) {
          read++;
          expect(scanned).toEqual(texts(file));
        }
      }),
      { numRuns: 300 },
    );
    // Most files take the fast way; arbitrary punctuation sends some to the parser.
    expect(read).toBeGreaterThan(30);
    const plain: StoreFile = { ...expected, segments: [{ key: 'b0.s0', hash: segmentHash('Tap {1}Calls{/1}: 429'), source: 'Tap {1}Calls{/1}: 429', target: "[Ţáþ {1}Çááĺĺš{/1}: 429] l'appel", state: 'machine', outdated: true, currentSource: 'x', history: [{ at: '2026-11-20T10:12:00Z', action: 'machine', state: 'machine', by: 'kb' }] }] };
    expect(scanStoreTexts(serializeStoreFile(plain, sourceFile))).toEqual(texts(plain));
    for (const handEdited of ['segments:\n  - key: a\n    source: x # note\n', 'segments:\n  - key: a\n    source: |\n      x\n', 'segments:\n  - key: a\n    source: "\\x41"\n', 'segments:\n- key: a\n  source: x\n', 'segments:\n  - key: a\n    target: 2024\n    source: x\n']) {
      expect(scanStoreTexts(handEdited), handEdited).toBeUndefined();
    }
  });

  it('round-trips any memory file', () => {
    const unit: fc.Arbitrary<MemoryUnit> = fc
      .record({ article: optional(fc.constant('calls/no-ringtone')), key: optional(fc.constant('b1.s0')), source: text, target: text, state, origin, by: optional(text), at })
      .map((u) => dropUndefined({ ...u, hash: segmentHash(u.source) }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 5 }), (units) => {
        const written = serializeMemoryFile({ locale: 'de', units });
        const parsed = parseMemoryFile('memory.yaml', written, { locale: 'de' });
        expect(parsed.value).toEqual({ locale: 'de', units });
        expect(serializeMemoryFile({ locale: 'de', units })).toBe(written);
      }),
    );
  });
});

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
