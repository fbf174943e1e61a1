import { EntitySchema } from 'typeorm';
import type { ChangeRequestRecord } from './change-request';

/** A service that a change request affects: a row of the change_request_service join table. */
export interface AffectedServiceRecord {
  changeRequestId: string;
  serviceId: string;
  /** Loaded only on request, to read a service's change requests in one join. */
  changeRequest?: ChangeRequestRecord;
}

export const AffectedServiceEntity = new EntitySchema<AffectedServiceRecord>({
  name: 'AffectedService',
  tableName: 'change_request_service',
  columns: {
    changeRequestId: { type: 'uuid', primary: true, name: 'change_request_id' },
    serviceId: { type: 'uuid', primary: true, name: 'service_id' },
  },
  relations: {
    changeRequest: {
      type: 'many-to-one',
      target: 'ChangeRequest',
      joinColumn: { name: 'change_request_id' },
      onDelete: 'CASCADE',
    },
  },
});
