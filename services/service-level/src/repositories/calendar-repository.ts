import { type EntityManager, In } from 'typeorm';
import type { CalendarDefinition, Holiday } from '../domain/business-calendar';
import { CalendarEntity, type CalendarRecord } from '../entities/business-calendar';

export class CalendarRepository {
  constructor(private readonly manager: EntityManager) {}

  private get calendars() {
    return this.manager.getRepository(CalendarEntity);
  }

  findByIds(ids: readonly string[]): Promise<CalendarRecord[]> {
    return this.calendars.findBy({ id: In([...ids]) });
  }

  all(): Promise<CalendarRecord[]> {
    return this.calendars.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  insert(definition: CalendarDefinition): Promise<CalendarRecord> {
    return this.calendars.save(this.calendars.create(sortHolidays(definition)));
  }

  /** Locks the calendar for the rest of the transaction, so that two holidays added at once
   * both land. */
  findForUpdate(id: string): Promise<CalendarRecord | null> {
    return this.calendars.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setHolidays(calendar: CalendarRecord, holidays: Holiday[]): Promise<CalendarRecord> {
    const sorted = sortHolidays({ holidays }).holidays;
    await this.calendars.update({ id: calendar.id }, { holidays: sorted });
    return { ...calendar, holidays: sorted };
  }
}

function sortHolidays<T extends { holidays: Holiday[] }>(calendar: T): T {
  return {
    ...calendar,
    holidays: [...calendar.holidays].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
