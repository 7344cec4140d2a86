/**
 * "Today" as a citizen in Taiwan means it, wherever the code runs. Taiwan keeps UTC+8 all year
 * (no daylight saving since 1979), so a fixed offset is exact and needs no time-zone database.
 */
const TAIPEI_OFFSET_MS = 8 * 3_600_000;

/** Today's date in Taipei as ISO 'YYYY-MM-DD'. */
export function todayInTaipei(now: Date = new Date()): string {
  return new Date(now.getTime() + TAIPEI_OFFSET_MS).toISOString().slice(0, 10);
}
