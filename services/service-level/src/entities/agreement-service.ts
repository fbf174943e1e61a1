import { EntitySchema } from 'typeorm';
import type { ServiceRecord } from './service';

/** One service that one agreement covers. */
export interface AgreementServiceRecord {
  agreementId: string;
  serviceId: string;
  /** Present only when a query joins it. */
  service?: ServiceRecord;
}

export const AgreementServiceEntity = new EntitySchema<AgreementServiceRecord>({
  name: 'AgreementService',
  tableName: 'agreement_service',
  columns: {
    agreementId: { type: 'uuid', primary: true, name: 'agreement_id' },
    serviceId: { type: 'uuid', primary: true, name: 'service_id' },
  },
  relations: {
    service: { type: 'many-to-one', target: 'Service', joinColumn: { name: 'service_id' } },
  },
});
