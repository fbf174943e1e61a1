import DataLoader from 'dataloader';
import type { Transaction, Transactions } from '@itsm/events';
import { isCustomerScoped, NotFoundError, parseInput, requireAnyRole } from '@itsm/platform';
import {
  connectionOf,
  CustomerOwnedRecords,
  type EntityReference,
  manyByKey,
  type PageArguments,
  pageRequest,
  type RequestContext,
} from '@itsm/subgraph-kit';
import {
  advanceImprovementSchema,
  benefitOf,
  identifyImprovementSchema,
  initiativeSortKey,
  manualInitiative,
  measureColumns,
  measureOf,
  meetsTarget,
  recordResultSchema,
  registerFilterSchema,
  updateImprovementSchema,
} from '../domain/improvement-initiative';
import {
  isFinished,
  MEASURE_EDITABLE_STATES,
  missingFor,
  RESULT_STATES,
  stateConflict,
  transitionRefusal,
  UNFINISHED_STATES,
} from '../domain/initiative-lifecycle';
import { isOverdue, summarizeRegister } from '../domain/register-summary';
import type { ImprovementInitiativeRecord } from '../entities/improvement-initiative';
import type { ImprovementTransitionRecord } from '../entities/improvement-transition';
import type { ImprovementTriggerRecord } from '../entities/improvement-trigger';
import {
  improvementAdvancedEvent,
  improvementIdentifiedEvent,
  improvementValidatedEvent,
} from '../events/published';
import {
  type InitiativeChanges,
  ImprovementInitiativeRepository,
} from '../repositories/improvement-initiative-repository';

/** Who may write to the register. */
const WRITERS = ['IMPROVEMENT_MANAGER'] as const;

/** The CSI register; a CUSTOMER caller sees only the initiatives that concern its customers. */
export class ImprovementService extends CustomerOwnedRecords<ImprovementInitiativeRecord> {
  private readonly byServiceId = new DataLoader<string, ImprovementInitiativeRecord[]>(
    async (serviceIds) =>
      manyByKey(
        serviceIds,
        await this.repository.findByServiceIds(serviceIds),
        (found) => found.serviceId,
      ).map((found) => found.map(({ initiative }) => initiative)),
  );

  private readonly serviceIdsByInitiativeId = new DataLoader<string, string[]>(async (ids) =>
    manyByKey(ids, await this.repository.serviceIdsOf(ids), (link) => link.initiativeId).map(
      (links) => links.map((link) => link.serviceId),
    ),
  );

  private readonly agreementIdsByInitiativeId = new DataLoader<string, string[]>(async (ids) =>
    manyByKey(ids, await this.repository.agreementIdsOf(ids), (link) => link.initiativeId).map(
      (links) => links.map((link) => link.agreementId),
    ),
  );

  private readonly triggersByInitiativeId = new DataLoader<string, ImprovementTriggerRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.triggersOf(ids), (trigger) => trigger.initiativeId),
  );

  private readonly historyByInitiativeId = new DataLoader<string, ImprovementTransitionRecord[]>(
    async (ids) =>
      manyByKey(ids, await this.repository.historyOf(ids), (step) => step.initiativeId),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: ImprovementInitiativeRepository,
    private readonly transactions: Transactions,
  ) {
    super('ImprovementInitiative', request.caller, repository);
  }

  private get onlyCustomerIds(): string[] | null {
    const { caller } = this.request;
    return isCustomerScoped(caller) ? caller.customerIds : null;
  }

  async ofService(serviceId: string): Promise<ImprovementInitiativeRecord[]> {
    return this.visible(await this.byServiceId.load(serviceId));
  }

  async list(filter: unknown, args: PageArguments) {
    const page = pageRequest(args, initiativeSortKey);
    const parsed = parseInput(registerFilterSchema, filter, 'filter') ?? {};
    const rows = await this.repository.page(parsed, page, this.onlyCustomerIds);
    return connectionOf(rows, page, (initiative) => [
      initiative.createdAt.toISOString(),
      initiative.id,
    ]);
  }

  async summary() {
    return summarizeRegister(await this.repository.summaryGroups(this.onlyCustomerIds));
  }

  async servicesOf(initiative: ImprovementInitiativeRecord): Promise<EntityReference[]> {
    const ids = await this.serviceIdsByInitiativeId.load(initiative.id);
    return ids.map((id) => ({ id }));
  }

  async agreementsOf(initiative: ImprovementInitiativeRecord): Promise<EntityReference[]> {
    const ids = await this.agreementIdsByInitiativeId.load(initiative.id);
    return ids.map((id) => ({ id }));
  }

  triggersOf(initiative: ImprovementInitiativeRecord): Promise<ImprovementTriggerRecord[]> {
    return this.triggersByInitiativeId.load(initiative.id);
  }

  historyOf(initiative: ImprovementInitiativeRecord): Promise<ImprovementTransitionRecord[]> {
    return this.historyByInitiativeId.load(initiative.id);
  }

  async identify(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, WRITERS, 'identifyImprovement');
    const initiative = manualInitiative(parseInput(identifyImprovementSchema, input));
    const identified = await this.transactions.run(async (transaction) => {
      const inserted = await new ImprovementInitiativeRepository(transaction.manager).insert(
        initiative,
        this.request.caller.subject,
      );
      await transaction.publish(improvementIdentifiedEvent(inserted, initiative, []));
      return inserted;
    });
    this.request.logger.info({ improvementInitiativeId: identified.id }, 'improvement identified');
    return identified;
  }

  async update(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, WRITERS, 'updateImprovement');
    const { id, serviceIds, agreementIds, measure, expectedBenefit, ...fields } = parseInput(
      updateImprovementSchema,
      input,
    );
    return this.write(id, async (initiative, repository) => {
      const { state } = initiative;
      if (isFinished(state)) {
        throw stateConflict(state, `A ${state} initiative no longer changes`, {
          allowed: UNFINISHED_STATES,
        });
      }
      if (measure !== undefined && !MEASURE_EDITABLE_STATES.includes(state)) {
        throw stateConflict(state, `The measure is fixed once an initiative is APPROVED`, {
          allowed: MEASURE_EDITABLE_STATES,
        });
      }
      const changes: InitiativeChanges = {
        ...fields,
        ...(measure !== undefined && measureColumns(measure && { ...measure, baselineAt: null })),
        ...(expectedBenefit !== undefined && {
          expectedBenefit: expectedBenefit?.description ?? null,
          expectedBenefitValue: expectedBenefit?.value ?? null,
        }),
      };
      const after = { ...initiative, ...changes };
      const missing = missingFor(state, {
        owner: after.owner,
        dueDate: after.dueDate,
        measure: measureOf(after),
        actual: after.actualValue,
      });
      if (missing.length) {
        throw stateConflict(state, `A ${state} initiative must keep its ${missing.join(' and ')}`, {
          missing,
        });
      }
      if (serviceIds !== undefined) await repository.replaceServices(id, serviceIds ?? []);
      if (agreementIds !== undefined) await repository.replaceAgreements(id, agreementIds ?? []);
      return repository.update(id, changes);
    });
  }

  async advance(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, WRITERS, 'advanceImprovement');
    const { id, to, reason = null } = parseInput(advanceImprovementSchema, input);
    return this.write(id, async (initiative, repository, transaction) => {
      const refusal = transitionRefusal(
        {
          state: initiative.state,
          owner: initiative.owner,
          dueDate: initiative.dueDate,
          measure: measureOf(initiative),
          actual: initiative.actualValue,
        },
        to,
        reason,
      );
      if (refusal) throw refusal;
      const advanced = await repository.update(id, {
        state: to,
        ...(to === 'VALIDATED' && { validatedAt: new Date() }),
      });
      const step = {
        initiativeId: id,
        fromState: initiative.state,
        toState: to,
        reason,
        actor: this.request.caller.subject,
      };
      await repository.addTransition(step);
      await transaction.publish(improvementAdvancedEvent(advanced, step));
      if (to === 'VALIDATED') {
        await transaction.publish(improvementValidatedEvent(advanced, step.actor));
      }
      return advanced;
    });
  }

  async recordResult(input: unknown): Promise<ImprovementInitiativeRecord> {
    requireAnyRole(this.request.caller, WRITERS, 'recordImprovementResult');
    const { id, actual, realisedBenefit } = parseInput(recordResultSchema, input);
    return this.write(id, async (initiative, repository) => {
      if (!RESULT_STATES.includes(initiative.state)) {
        throw stateConflict(
          initiative.state,
          `A result is recorded while an initiative is IN_PROGRESS or IMPLEMENTED, not ${initiative.state}`,
          { allowed: RESULT_STATES },
        );
      }
      const benefit = realisedBenefit ? benefitOf(realisedBenefit) : null;
      return repository.update(id, {
        actualValue: actual,
        ...(realisedBenefit !== undefined && {
          realisedBenefit: benefit?.description ?? null,
          realisedBenefitValue: benefit?.value ?? null,
        }),
      });
    });
  }

  overdue(initiative: ImprovementInitiativeRecord): boolean {
    return isOverdue(initiative, new Date());
  }

  /** The measure with its actual value and whether that meets the target. */
  measureView(initiative: ImprovementInitiativeRecord) {
    const measure = measureOf(initiative);
    if (!measure) return null;
    const actual = initiative.actualValue;
    return { ...measure, actual, met: actual === null ? null : meetsTarget(measure, actual) };
  }

  /** Changes one initiative in a transaction that holds its row, so that concurrent writes
   * queue rather than overwrite each other. */
  private async write(
    id: string,
    work: (
      initiative: ImprovementInitiativeRecord,
      repository: ImprovementInitiativeRepository,
      transaction: Transaction,
    ) => Promise<ImprovementInitiativeRecord>,
  ): Promise<ImprovementInitiativeRecord> {
    const written = await this.transactions.run(async (transaction) => {
      const repository = new ImprovementInitiativeRepository(transaction.manager);
      const initiative = await repository.lock(id);
      if (!initiative) throw new NotFoundError('ImprovementInitiative', id, 'input.id');
      return work(initiative, repository, transaction);
    });
    this.request.logger.info(
      { improvementInitiativeId: id, state: written.state },
      'improvement changed',
    );
    return written;
  }
}
