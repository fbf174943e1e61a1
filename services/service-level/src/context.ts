import type { DataSource } from 'typeorm';
import type { Transactions } from '@itsm/events';
import type { Clock } from '@itsm/platform';
import type { RequestContext } from '@itsm/subgraph-kit';
import type { ServiceLevelSettings } from './environment';
import { AgreementRepository } from './repositories/agreement-repository';
import { CalendarRepository } from './repositories/calendar-repository';
import { MeasurementRepository } from './repositories/measurement-repository';
import { RequirementRepository } from './repositories/requirement-repository';
import { ServiceRepository } from './repositories/service-repository';
import { SupportRepository } from './repositories/support-repository';
import { TargetRepository } from './repositories/target-repository';
import { AgreementService } from './services/agreement-service';
import { CalendarService } from './services/calendar-service';
import { ForesightService } from './services/foresight-service';
import { MeasurementService } from './services/measurement-service';
import { ReportService } from './services/report-service';
import { RequirementService } from './services/requirement-service';
import { ServiceCatalogueService } from './services/service-catalogue-service';
import { StandingEvaluator } from './services/standing-evaluator';
import { SupportService } from './services/support-service';

export interface Context extends RequestContext {
  catalogue: ServiceCatalogueService;
  calendars: CalendarService;
  requirements: RequirementService;
  agreements: AgreementService;
  support: SupportService;
  measurements: MeasurementService;
  reports: ReportService;
  evaluator: StandingEvaluator;
  foresight: ForesightService;
}

export function createContext(
  request: RequestContext,
  dataSource: DataSource,
  transactions: Transactions,
  settings: ServiceLevelSettings,
  clock: Clock,
): Context {
  const { manager } = dataSource;
  const agreementRepository = new AgreementRepository(manager);
  const evaluator = new StandingEvaluator(manager, settings.forecast);
  const catalogue = new ServiceCatalogueService(
    request,
    new ServiceRepository(manager),
    transactions,
  );
  const agreements = new AgreementService(
    request,
    agreementRepository,
    new TargetRepository(manager),
    manager,
    catalogue,
    transactions,
  );
  return {
    ...request,
    catalogue,
    calendars: new CalendarService(request, new CalendarRepository(manager), transactions),
    requirements: new RequirementService(
      request,
      new RequirementRepository(manager),
      agreementRepository,
      catalogue,
      agreements,
      transactions,
    ),
    agreements,
    support: new SupportService(request, new SupportRepository(manager), manager, transactions),
    measurements: new MeasurementService(
      request,
      new MeasurementRepository(manager),
      evaluator,
      transactions,
      settings.forecast,
      clock,
    ),
    reports: new ReportService(request, agreements, agreementRepository, evaluator, clock),
    evaluator,
    foresight: new ForesightService(agreements, evaluator, clock),
  };
}
