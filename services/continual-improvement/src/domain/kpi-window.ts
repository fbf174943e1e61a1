import { z } from 'zod';

export const KPI_GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type KpiGranularity = (typeof KPI_GRANULARITIES)[number];

/** Whether the runtime knows the IANA time zone; PostgreSQL ships the same database. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The time range and the buckets of a KPI series. Each fact falls in the bucket of its own
 * time (a target's period start, a complaint's logging, a survey, a change's end), cut at
 * calendar boundaries in the time zone. */
export interface KpiWindow {
  from: Date | null;
  to: Date | null;
  granularity: KpiGranularity;
  timeZone: string;
}

export function kpiWindowSchema(defaultTimeZone: string) {
  return z
    .object({
      from: z.date().nullish(),
      to: z.date().nullish(),
      granularity: z.enum(KPI_GRANULARITIES).nullish(),
      timeZone: z
        .string()
        .max(64)
        .refine(isTimeZone, 'must be an IANA time zone, such as Asia/Jakarta')
        .nullish(),
    })
    .refine((window) => !window.from || !window.to || window.from < window.to, {
      path: ['to'],
      message: 'must be after from',
    })
    .transform((window): KpiWindow => ({
      from: window.from ?? null,
      to: window.to ?? null,
      granularity: window.granularity ?? 'MONTH',
      timeZone: window.timeZone ?? defaultTimeZone,
    }));
}

/** A share in percent, or null when there is nothing to share out. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}
