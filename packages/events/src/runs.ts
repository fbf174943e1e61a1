/** The items in order, cut into runs of consecutive items: each item joins the run before
 * it when `joins(run, item)` says so, and starts a new one otherwise. */
export function consecutiveRuns<T>(items: T[], joins: (run: T[], item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && joins(last, item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
