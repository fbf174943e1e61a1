/** Planned windows are half-open instants [start, end): a window that ends when another
 * starts only touches it. Offsets are resolved when an input is parsed, so windows written in
 * different time zones compare as the instants they name. */
export interface Window {
  start: Date;
  end: Date;
}

export function overlaps(a: Window, b: Window): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The shared part of two overlapping windows. */
export function overlapOf(a: Window, b: Window): Window {
  return {
    start: a.start > b.start ? a.start : b.start,
    end: a.end < b.end ? a.end : b.end,
  };
}

export interface Blackout {
  /** Null for a global blackout, which covers every service. */
  serviceId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** The blackouts a window on these services falls into. */
export function blackoutsHit<B extends Blackout>(
  window: Window,
  serviceIds: readonly string[],
  blackouts: readonly B[],
): B[] {
  return blackouts.filter(
    (blackout) =>
      (blackout.serviceId === null || serviceIds.includes(blackout.serviceId)) &&
      overlaps(window, { start: blackout.startsAt, end: blackout.endsAt }),
  );
}

export interface ScheduledChange extends Window {
  id: string;
  serviceIds: readonly string[];
}

export interface Conflict {
  serviceId: string;
  /** The two changes, the one that starts first (then the lower id) first. */
  changeRequestIds: [string, string];
  overlap: Window;
}

/** Every pair of changes on a same service whose windows overlap, one entry per service they
 * share, ordered by the start of the overlap. */
export function conflictsAmong(changes: readonly ScheduledChange[]): Conflict[] {
  const ordered = [...changes].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id),
  );
  const conflicts: Conflict[] = [];
  ordered.forEach((first, index) => {
    for (const second of ordered.slice(index + 1)) {
      // Later ones start later still: none of them can overlap `first`.
      if (second.start >= first.end) break;
      for (const serviceId of first.serviceIds.filter((id) => second.serviceIds.includes(id))) {
        conflicts.push({
          serviceId,
          changeRequestIds: [first.id, second.id],
          overlap: overlapOf(first, second),
        });
      }
    }
  });
  return conflicts.sort(
    (a, b) =>
      a.overlap.start.getTime() - b.overlap.start.getTime() ||
      a.serviceId.localeCompare(b.serviceId),
  );
}
