/**
 * Measure the indexer/browser segmentation mismatch of Pagefind issue #1237 on our own pages: the
 * indexer cuts Japanese with Lindera and Chinese with jieba, the browser cuts queries with
 * Intl.Segmenter (ICU). Every word ICU finds in an indexed page, searched alone, should find that
 * page; a miss is a word a reader can copy from the article and still not find it.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchEngine } from '../../site/scripts/search/pagefindTypes.ts';

export interface SelfRetrieval {
  words: number;
  /** Word searches that did not return the page the word came from. */
  misses: string[];
  /** Word searches that returned the page, but below the first three results. */
  belowTop3: number;
}

const cjkRun = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3005]+/gu;

/** Read the indexed text of each page of one language from the bundle's fragment files. */
async function pagesOf(bundleDir: string, language: string): Promise<{ url: string; content: string }[]> {
  const dir = path.join(bundleDir, 'fragment');
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${language}_`));
  return Promise.all(
    files.map(async (f) => {
      // Fragments are gzip files whose text starts with the 12-byte "pagefind_dcd" signature.
      const json = gunzipSync(await readFile(path.join(dir, f))).subarray(12).toString('utf8');
      return JSON.parse(json) as { url: string; content: string };
    }),
  );
}

/** Search every distinct multi-character ICU word (not pure hiragana: particles and endings) of every page alone. */
export async function cjkSelfRetrieval(engine: SearchEngine, bundleDir: string, language: string, lang: string): Promise<SelfRetrieval> {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const result: SelfRetrieval = { words: 0, misses: [], belowTop3: 0 };
  for (const page of await pagesOf(bundleDir, language)) {
    const words = new Set<string>();
    for (const run of page.content.match(cjkRun) ?? []) {
      for (const s of segmenter.segment(run)) {
        if (s.isWordLike && [...s.segment].length > 1 && !/^\p{sc=Hiragana}+$/u.test(s.segment)) words.add(s.segment);
      }
    }
    for (const word of words) {
      result.words++;
      const hits = (await engine.search(word))?.results ?? [];
      const urls = await Promise.all(hits.map(async (h) => (await h.data()).url));
      const rank = urls.indexOf(page.url);
      if (rank < 0) result.misses.push(`${word} (${page.url})`);
      else if (rank >= 3) result.belowTop3++;
    }
  }
  return result;
}
