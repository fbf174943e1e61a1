/** A human-facing number the database draws from `sequence` on insert; declaring the default
 * makes TypeORM read it back. The driver returns the bigint as a decimal string. */
export function sequenceNumberColumn(sequence: string) {
  return {
    type: 'bigint',
    unique: true,
    insert: false,
    update: false,
    default: () => `nextval('${sequence}')`,
  } as const;
}
