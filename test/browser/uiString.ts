import { readFileSync } from 'node:fs';

interface Resource {
  [key: string]: string | Resource;
}

const resources = new Map<string, Resource>();

/**
 * A UI string of `site/i18n/<locale>.json` by dotted key, `{{name}}` placeholders filled from `values`:
 * what a reader of that locale should see. Read from the file, not through the site's i18n code,
 * so a page that shows a key, another language's text or a stray placeholder fails the test.
 */
export function uiString(locale: string, key: string, values: Record<string, string> = {}): string {
  let resource = resources.get(locale);
  if (!resource) {
    resource = JSON.parse(readFileSync(new URL(`../../site/i18n/${locale}.json`, import.meta.url), 'utf8')) as Resource;
    resources.set(locale, resource);
  }
  let node: string | Resource | undefined = resource;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`site/i18n/${locale}.json has no string "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
