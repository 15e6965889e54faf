/** A calendar day (`2026-10-14`) as the locale writes it in full, e.g. `14. Oktober 2026` for `de`. */
export function formatDate(isoDay: string, tag: string): string {
  // Read and print in UTC so the day never shifts with the build machine's time zone.
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
