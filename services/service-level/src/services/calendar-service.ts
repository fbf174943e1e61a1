import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import {
  ConflictError,
  idSchema,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
  ValidationError,
} from '@itsm/platform';
import { isUniqueViolation, oneByKey, type RequestContext } from '@itsm/subgraph-kit';
import {
  defineCalendarSchema,
  holidaySchema,
  serviceTimeBetween,
} from '../domain/business-calendar';
import type { CalendarRecord } from '../entities/business-calendar';
import { calendarDefinedEvent, calendarHolidayAddedEvent } from '../events/published';
import { CalendarRepository } from '../repositories/calendar-repository';

const addHolidaySchema = holidaySchema.extend({ businessCalendarId: idSchema });

/** Business calendars, which every authenticated caller may read. */
export class CalendarService {
  private readonly byId = new DataLoader<string, CalendarRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (calendar) => calendar.id),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: CalendarRepository,
    private readonly transactions: Transactions,
  ) {}

  list(): Promise<CalendarRecord[]> {
    return this.repository.all();
  }

  async get(id: string, field = 'id'): Promise<CalendarRecord> {
    const calendar = await this.byId.load(parseId(id, field));
    if (!calendar) throw new NotFoundError('BusinessCalendar', id, field);
    return calendar;
  }

  /** The calendar of a service or target, if it names one. */
  async find(id: string | null): Promise<CalendarRecord | null> {
    return id ? this.byId.load(id) : null;
  }

  serviceMinutesBetween(calendar: CalendarRecord, from: Date, to: Date): number {
    if (to < from) throw new ValidationError('to', 'to: must not be before from');
    return serviceTimeBetween(calendar, from, to) / 60_000;
  }

  async define(input: unknown): Promise<CalendarRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'defineBusinessCalendar');
    const definition = parseInput(defineCalendarSchema, input);
    try {
      const calendar = await this.transactions.run(async (transaction) => {
        const defined = await new CalendarRepository(transaction.manager).insert(definition);
        await transaction.publish(calendarDefinedEvent(defined));
        return defined;
      });
      this.request.logger.info({ calendarId: calendar.id }, 'business calendar defined');
      return calendar;
    } catch (error) {
      if (isUniqueViolation(error, 'business_calendar_name_unique')) {
        throw new ConflictError(`A business calendar named ${definition.name} already exists`, {
          field: 'input.name',
        });
      }
      throw error;
    }
  }

  async addHoliday(input: unknown, now = new Date()): Promise<CalendarRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'addCalendarHoliday');
    const { businessCalendarId, ...holiday } = parseInput(addHolidaySchema, input);
    return this.transactions.run(async (transaction) => {
      const calendars = new CalendarRepository(transaction.manager);
      const calendar = await calendars.findForUpdate(businessCalendarId);
      if (!calendar) {
        throw new NotFoundError('BusinessCalendar', businessCalendarId, 'input.businessCalendarId');
      }
      if (calendar.holidays.some((existing) => existing.date === holiday.date)) {
        throw new ConflictError(`${holiday.date} is already a holiday in ${calendar.name}`, {
          field: 'input.date',
        });
      }
      const updated = await calendars.setHolidays(calendar, [...calendar.holidays, holiday]);
      await transaction.publish(
        calendarHolidayAddedEvent(calendar.id, holiday, caller.subject, now),
      );
      return updated;
    });
  }
}
