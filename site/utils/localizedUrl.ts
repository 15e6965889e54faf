/** Site path for a locale and path segments, always with a trailing slash: `localizedPath('de', 'account')` → `/de/account/`. */
export function localizedPath(locale: string, ...segments: string[]): string {
  const rest = segments.filter((segment) => segment !== '').join('/');
  return rest === '' ? `/${locale}/` : `/${locale}/${rest}/`;
}

/** Path segments after the locale in a site path: `/de/account/reset-password/` → `['account', 'reset-password']`. */
export function pathWithinLocale(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '').slice(1);
}

/** The same page in another locale: `/de/account/x/` → `/fr/account/x/`. */
export function switchLocalePath(pathname: string, locale: string): string {
  return localizedPath(locale, ...pathWithinLocale(pathname));
}

/** Page path of an article copy: `articlePath('de', 'account/reset-password')` → `/de/account/reset-password/`. */
export function articlePath(locale: string, articleId: string): string {
  return localizedPath(locale, ...articleId.split('/'));
}
