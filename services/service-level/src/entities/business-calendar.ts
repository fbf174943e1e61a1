import { EntitySchema } from 'typeorm';
import type { Holiday, WorkingHours } from '../domain/business-calendar';

export interface CalendarRecord {
  id: string;
  name: string;
  timeZone: string;
  workingHours: WorkingHours[];
  /** In date order. */
  holidays: Holiday[];
  createdAt: Date;
}

export const CalendarEntity = new EntitySchema<CalendarRecord>({
  name: 'BusinessCalendar',
  tableName: 'business_calendar',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 200, unique: true },
    timeZone: { type: 'varchar', length: 64, name: 'time_zone' },
    workingHours: { type: 'jsonb', name: 'working_hours' },
    holidays: { type: 'jsonb' },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
});
