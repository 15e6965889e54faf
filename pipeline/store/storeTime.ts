/** A time as the store writes `at`: UTC ISO 8601 to the second (`2026-11-20T10:12:00Z`). */
export function storeTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
