import { z } from 'zod';
import { idSchema } from '@itsm/platform';

/** The sort keys that list cursors carry, checked when a cursor comes back: a forged one is
 * the caller's error, never the database's. */
export const nameOrderKey = z.tuple([z.string(), idSchema]);
export const timeOrderKey = z.tuple([z.iso.datetime(), idSchema]);

/** The cursor key of a row listed by a timestamp. */
export function timeKeyOf(at: Date, id: string): string[] {
  return [at.toISOString(), id];
}
