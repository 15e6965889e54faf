import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segmentArticle.ts';
import { comparableTree } from './testing/comparableTree.ts';
import { identityRoundTrip, markedRoundTrip, unseenText, upperCaseRoundTrip } from './testing/roundTrips.ts';

/**
 * One folder per case: `input.md` or `input.mdx`, an optional `options.json` (`title`,
 * `description`, `sourceLocale`, `doNotTranslate`), and the expected `segments.json`.
 */
const root = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.each(cases)('fixture %s', (name) => {
  const folder = new URL(`${name}/`, root);
  const format = existsSync(new URL('input.mdx', folder)) ? 'mdx' : 'md';
  const body = readFileSync(new URL(`input.${format}`, folder), 'utf8');
  const optionsFile = new URL('options.json', folder);
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { title?: string; description?: string; sourceLocale?: string; doNotTranslate?: string[] })
    : {};
  const segmented = segmentArticle(
    { id: name, format, title: options.title ?? '', description: options.description ?? '', body },
    { sourceLocale: options.sourceLocale ?? 'en', doNotTranslate: options.doNotTranslate },
  );

  it('segments as in segments.json', async () => {
    await expect(`${JSON.stringify(segmented.segments, null, 2)}\n`).toMatchFileSnapshot(`./fixtures/${name}/segments.json`);
  });

  it('rebuilds the source byte for byte from identity targets', () => {
    expect(identityRoundTrip(segmented)).toEqual({ title: options.title ?? '', description: options.description ?? '', body });
  });

  it('renders a marked copy of every segment: the same tree, the target text shown as written', () => {
    const { rebuilt, shown } = markedRoundTrip(segmented);
    expect(rebuilt.body).not.toBe(body);
    expect(comparableTree(rebuilt.body, format, { ignoreText: true })).toEqual(comparableTree(body, format, { ignoreText: true }));
    expect(unseenText(rebuilt, format, shown)).toEqual([]);
  });

  it('keeps the Markdown tree when every text run is rewritten', () => {
    const rebuilt = upperCaseRoundTrip(segmented).body;
    expect(rebuilt).not.toBe(body);
    expect(comparableTree(rebuilt, format, { ignoreCase: true })).toEqual(comparableTree(body, format, { ignoreCase: true }));
  });
});
