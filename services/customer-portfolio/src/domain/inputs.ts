import { z } from 'zod';
import { idSchema } from '@itsm/platform';

/** A text that must say something: trimmed, not empty, bounded. */
export function requiredText(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max);
}

/** A text that may be left out or null; blank is refused rather than stored. */
export function optionalText(max: number) {
  return requiredText(max).nullish();
}

/** An ISO 4217 currency code, such as IDR; any letter case in, upper case out. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code');

/** A number with at most two decimals, as amounts and mean scores are held in hundredths. */
export function hundredthsSchema(minimum: number, maximum: number) {
  return z
    .number()
    .min(minimum)
    .max(maximum)
    .refine(
      (value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
      'must have at most two decimals',
    );
}

export const moneySchema = z.object({
  amount: hundredthsSchema(0, 1e13),
  currency: currencySchema,
});

export type Money = z.infer<typeof moneySchema>;

/** A point in time the user says has already happened. */
export function pastInstantSchema(now: Date) {
  return z.date().max(now, 'must not be in the future');
}

/** Rounds half away from zero, so that -2.5 rounds like 2.5; never gives -0. */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value)) + 0;
}

/** The input of a mutation that names only the record it acts on. */
export const recordIdSchema = z.object({ id: idSchema });
