/** A record with a patch applied: an absent (undefined) field keeps its value, null clears
 * it. `changed` names the fields whose value is now different. */
export function applyPatch<Record extends object>(
  record: Record,
  patch: Partial<Record>,
): { updated: Record; changed: (keyof Record & string)[] } {
  const updated = { ...record };
  const changed: (keyof Record & string)[] = [];
  for (const [field, value] of Object.entries(patch) as [keyof Record & string, unknown][]) {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(record[field])) continue;
    updated[field] = value as Record[typeof field];
    changed.push(field);
  }
  return { updated, changed };
}
