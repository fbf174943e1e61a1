import { EntitySchema } from 'typeorm';
import type { ImprovementInitiativeRecord } from './improvement-initiative';

/** A service an initiative concerns: a row of the improvement_service join table. */
export interface ImprovementServiceRecord {
  initiativeId: string;
  serviceId: string;
  /** Loaded only on request, to read a service's initiatives in one join. */
  initiative?: ImprovementInitiativeRecord;
}

export const ImprovementServiceEntity = new EntitySchema<ImprovementServiceRecord>({
  name: 'ImprovementService',
  tableName: 'improvement_service',
  columns: {
    initiativeId: { type: 'uuid', primary: true, name: 'initiative_id' },
    serviceId: { type: 'uuid', primary: true, name: 'service_id' },
  },
  relations: {
    initiative: {
      type: 'many-to-one',
      target: 'ImprovementInitiative',
      joinColumn: { name: 'initiative_id' },
      onDelete: 'CASCADE',
    },
  },
});

/** A service level agreement an initiative concerns. */
export interface ImprovementAgreementRecord {
  initiativeId: string;
  agreementId: string;
}

export const ImprovementAgreementEntity = new EntitySchema<ImprovementAgreementRecord>({
  name: 'ImprovementAgreement',
  tableName: 'improvement_agreement',
  columns: {
    initiativeId: { type: 'uuid', primary: true, name: 'initiative_id' },
    agreementId: { type: 'uuid', primary: true, name: 'agreement_id' },
  },
});
