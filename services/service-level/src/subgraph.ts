import { join } from 'node:path';
import { type Clock, systemClock } from '@itsm/platform';
import { loadTypeDefs, type SubgraphDefinition } from '@itsm/subgraph-kit';
import { type Context, createContext } from './context';
import { AgreementEntity } from './entities/agreement';
import { AgreementServiceEntity } from './entities/agreement-service';
import { CalendarEntity } from './entities/business-calendar';
import { MetricSampleEntity } from './entities/metric-sample';
import { OutageEntity } from './entities/outage';
import { RequirementEntity } from './entities/requirement';
import { ServiceEntity } from './entities/service';
import { SignatoryEntity } from './entities/signatory';
import { SupportingAgreementEntity } from './entities/supporting-agreement';
import { SupportingTargetEntity } from './entities/supporting-target';
import { TargetEntity } from './entities/target';
import { TargetAlertEntity } from './entities/target-alert';
import { TargetStandingEntity } from './entities/target-standing';
import { TicketTimingEntity } from './entities/ticket-timing';
import { type ServiceLevelSettings, serviceLevelSettings } from './environment';
import { ingestConsumer } from './events/consumed';
import { CreateCatalogueAndAgreements1763900000100 } from './migrations/1763900000100-create-catalogue-and-agreements';
import { CreateOutage1763900000110 } from './migrations/1763900000110-create-outage';
import { ServiceLevelManagement1763900000120 } from './migrations/1763900000120-service-level-management';
import { OrderTargetsAsAdded1763900000130 } from './migrations/1763900000130-order-targets-as-added';
import { SupportSteps1763900000160 } from './migrations/1763900000160-support-steps';
import { MeasurementsByCustomer1763900000170 } from './migrations/1763900000170-measurements-by-customer';
import { resolvers } from './resolvers';

export interface ServiceLevelOptions {
  settings: ServiceLevelSettings;
  /** Tests pass a clock of their own; the default is the system's. */
  clock?: Clock;
}

/** The subgraph with the given rules; `serviceLevel` uses the environment's. */
export function createServiceLevel({
  settings,
  clock = systemClock,
}: ServiceLevelOptions): SubgraphDefinition<Context> {
  return {
    name: 'service-level',
    typeDefs: loadTypeDefs(join(__dirname, 'schema.graphql')),
    resolvers,
    entities: [
      ServiceEntity,
      CalendarEntity,
      RequirementEntity,
      AgreementEntity,
      AgreementServiceEntity,
      SignatoryEntity,
      TargetEntity,
      SupportingAgreementEntity,
      SupportingTargetEntity,
      OutageEntity,
      TicketTimingEntity,
      MetricSampleEntity,
      TargetStandingEntity,
      TargetAlertEntity,
    ],
    migrations: [
      CreateCatalogueAndAgreements1763900000100,
      CreateOutage1763900000110,
      ServiceLevelManagement1763900000120,
      OrderTargetsAsAdded1763900000130,
      SupportSteps1763900000160,
      MeasurementsByCustomer1763900000170,
    ],
    consumer: ingestConsumer(settings, clock),
    createContext: (request, dataSource, transactions) =>
      createContext(request, dataSource, transactions, settings, clock),
  };
}

export const serviceLevel = createServiceLevel({ settings: serviceLevelSettings });
