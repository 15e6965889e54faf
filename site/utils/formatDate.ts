// Creating an Intl.DateTimeFormat costs far more than formatting with it; pages format thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (`2026-10-14`) as the locale writes it in full, e.g. `14. Oktober 2026` for `de`. */
export function formatDate(isoDay: string, tag: string): string {
  let formatter = formatters.get(tag);
  if (!formatter) {
    // Read and print in UTC so the day never shifts with the build machine's time zone.
    formatter = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(tag, formatter);
  }
  return formatter.format(new Date(`${isoDay}T00:00:00Z`));
}
