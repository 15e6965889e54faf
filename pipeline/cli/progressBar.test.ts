import { describe, expect, it } from 'vitest';
import { progressBar } from './progressBar.ts';

/** A stand-in for process.stderr that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => (written.push(text), true) } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe('progressBar', () => {
  it('redraws one line on a terminal as work completes, and ends it', () => {
    const out = stream(true);
    const bar = progressBar('translating', 4, out);
    for (let i = 0; i < 4; i++) bar.tick();
    bar.finish();
    expect(out.written.at(-2)).toBe(`\rtranslating [${'#'.repeat(30)}] 4/4`);
    expect(out.written[0]).toBe(`\rtranslating [${'#'.repeat(8)}${'-'.repeat(22)}] 1/4`);
    expect(out.written.at(-1)).toBe('\n');
  });

  it('prints nothing when the output is not a terminal (CI, pipes, --json)', () => {
    const out = stream(false);
    const bar = progressBar('translating', 4, out);
    bar.tick(4);
    bar.finish();
    expect(out.written).toEqual([]);
  });
});
