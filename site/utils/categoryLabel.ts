/** Looks up a UI string, returning `defaultValue` when the locale has no such key (i18next's `t` does this). */
export type LabelLookup = (key: string, options: { defaultValue: string }) => string;

/** Readable label from a category folder name: `privacy-security` → `Privacy security`. */
export function humanizeFolder(folder: string): string {
  const words = folder.split('-').filter((word) => word !== '').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A category's label: `categories.<folder>` from the locale's UI strings, else the humanized folder name. */
export function categoryLabel(folder: string, lookup: LabelLookup): string {
  return lookup(`categories.${folder}`, { defaultValue: humanizeFolder(folder) });
}
