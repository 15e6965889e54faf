import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface SearchResults {
  /** Results in the reader's language. */
  results: Locator;
  /** The separate "in English" section (untranslated originals). */
  sourceResults: Locator;
}

/**
 * Search the way a reader does: open the locale's home page, type into the header search box,
 * press Enter, and wait on the results page until the search has finished.
 */
export async function searchFromHeader(page: Page, locale: string, query: string): Promise<SearchResults> {
  await page.goto(`/${locale}/`);
  const box = page.locator('header').getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL((url) => url.pathname === `/${locale}/search/`);
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  // The search page marks its status `done` once results (or "no results") are on screen.
  await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
  return { results: page.locator('#search-results'), sourceResults: page.locator('#search-source-results') };
}
