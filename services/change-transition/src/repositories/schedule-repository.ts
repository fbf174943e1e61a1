import { type EntityManager, LessThan, MoreThan } from 'typeorm';
import type { Window } from '../domain/change-window';
import type { BlackoutWindowDraft } from '../domain/schedule';
import { BlackoutWindowEntity, type BlackoutWindowRecord } from '../entities/blackout-window';

export class ScheduleRepository {
  constructor(private readonly manager: EntityManager) {}

  private get blackouts() {
    return this.manager.getRepository(BlackoutWindowEntity);
  }

  /** Every blackout, global or of any service, that overlaps the window; earliest first. */
  blackoutsOverlapping(window: Window): Promise<BlackoutWindowRecord[]> {
    return this.blackouts.find({
      where: { startsAt: LessThan(window.end), endsAt: MoreThan(window.start) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  insertBlackout(draft: BlackoutWindowDraft, declaredBy: string): Promise<BlackoutWindowRecord> {
    return this.blackouts.save(
      this.blackouts.create({
        ...draft,
        reason: draft.reason ?? null,
        serviceId: draft.serviceId ?? null,
        declaredBy,
      }),
    );
  }
}
