import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { PendingEvent, Transactions } from '@itsm/events';
import {
  type Caller,
  canReadCustomer,
  ConflictError,
  ForbiddenError,
  hasRole,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
  ValidationError,
} from '@itsm/platform';
import {
  type EntityReference,
  isUniqueViolation,
  manyByKey,
  oneByKey,
  type RequestContext,
} from '@itsm/subgraph-kit';
import { changeReference } from '../domain/change-request';
import {
  acceptanceCriteriaSchema,
  affectedCustomerIds,
  createReleaseSchema,
  customersAwaitingSignOff,
  customersRaisedFor,
  type Dependency,
  RELEASABLE_STATES,
  releaseReference,
  signOffSchema,
} from '../domain/release';
import type { ChangeRequestRecord } from '../entities/change-request';
import type { AcceptanceRecord, ReleaseRecord } from '../entities/release';
import {
  acceptanceCriteriaDefinedEvent,
  acceptanceSignedOffEvent,
  releaseCreatedEvent,
  releaseDeployedEvent,
} from '../events/published';
import { ChangeRequestRepository } from '../repositories/change-request-repository';
import { ReleaseRepository } from '../repositories/release-repository';
import { ServiceDependencyReplicaRepository } from '../repositories/service-dependency-replica-repository';
import { applyTransition } from './change-transitions';
import type { ChangeRequestService } from './change-request-service';
import type { ServiceDependencies } from './service-dependencies';

/** Whether the caller acts for any customer, rather than only for those of its token. */
function actsForEveryCustomer(caller: Caller): boolean {
  return hasRole(caller, 'ADMIN') || hasRole(caller, 'CHANGE_MANAGER');
}

/** Where the facts that make a release's affected customers are read: batched loaders for
 * queries, the transaction for a mutation's checks. */
interface ImpactReads {
  serviceIdsOf(changes: readonly ChangeRequestRecord[]): Promise<string[][]>;
  dependenciesOn(serviceIds: readonly string[]): Promise<Dependency[]>;
}

function transactionReads(manager: EntityManager): ImpactReads {
  return {
    serviceIdsOf: async (changes) => {
      const ids = changes.map(({ id }) => id);
      const links = await new ChangeRequestRepository(manager).serviceIdsOf(ids);
      return manyByKey(ids, links, (link) => link.changeRequestId).map((found) =>
        found.map(({ serviceId }) => serviceId),
      );
    },
    dependenciesOn: (serviceIds) =>
      new ServiceDependencyReplicaRepository(manager).onServices(serviceIds),
  };
}

/** The customers who must sign off a release of these changes (`affectedCustomerIds`), from
 * the replica of customer-portfolio's dependencies as it is now. */
async function affectedCustomersOf(
  changes: readonly ChangeRequestRecord[],
  reads: ImpactReads,
): Promise<string[]> {
  const serviceIds = await reads.serviceIdsOf(changes);
  const dependencies = await reads.dependenciesOn([...new Set(serviceIds.flat())]);
  return affectedCustomerIds(
    changes.map(({ customerId }, index) => ({ customerId, serviceIds: serviceIds[index]! })),
    dependencies,
  );
}

/**
 * Releases: the changes they ship and the user acceptance of each customer they affect. A
 * CUSTOMER caller sees the releases that ship a change it sees, and only its own part of them.
 */
export class ReleaseService {
  private readonly byId = new DataLoader<string, ReleaseRecord | null>(async (ids) =>
    oneByKey(ids, await this.repository.findByIds(ids), (release) => release.id),
  );

  private readonly changesByReleaseId = new DataLoader<string, ChangeRequestRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.changesOf(ids), (link) => link.releaseId).map((links) =>
      links.map(({ changeRequest }) => changeRequest!),
    ),
  );

  private readonly acceptancesByReleaseId = new DataLoader<string, AcceptanceRecord[]>(
    async (ids) =>
      manyByKey(
        ids,
        await this.repository.acceptancesOf(ids),
        (acceptance) => acceptance.releaseId,
      ),
  );

  private readonly releaseIdByChangeRequestId = new DataLoader<string, string | null>(async (ids) =>
    oneByKey(ids, await this.repository.releasesOfChanges(ids), (link) => link.changeRequestId).map(
      (link) => link?.releaseId ?? null,
    ),
  );

  private readonly loaderReads: ImpactReads = {
    serviceIdsOf: (changes) =>
      Promise.all(changes.map((change) => this.changeRequests.serviceIdsOf(change))),
    dependenciesOn: (serviceIds) => this.dependencies.onServices(serviceIds),
  };

  constructor(
    private readonly request: RequestContext,
    private readonly changeRequests: ChangeRequestService,
    private readonly dependencies: ServiceDependencies,
    private readonly repository: ReleaseRepository,
    private readonly transactions: Transactions,
  ) {}

  async get(id: string): Promise<ReleaseRecord> {
    const release = await this.byId.load(parseId(id));
    if (!release || (await this.changeRequestsOf(release)).length === 0) {
      throw new NotFoundError('Release', id, 'id');
    }
    return release;
  }

  async releaseOf(changeRequest: ChangeRequestRecord): Promise<ReleaseRecord | null> {
    const releaseId = await this.releaseIdByChangeRequestId.load(changeRequest.id);
    return releaseId ? this.byId.load(releaseId) : null;
  }

  async changeRequestsOf(release: ReleaseRecord): Promise<ChangeRequestRecord[]> {
    return this.changeRequests.visible(await this.changesByReleaseId.load(release.id));
  }

  async affectedCustomersOf(release: ReleaseRecord): Promise<EntityReference[]> {
    return (await this.visibleCustomerIds(release)).map((id) => ({ id }));
  }

  async acceptancesOf(release: ReleaseRecord): Promise<AcceptanceRecord[]> {
    const acceptances = await this.acceptancesByReleaseId.load(release.id);
    return acceptances.filter(({ customerId }) => canReadCustomer(this.request.caller, customerId));
  }

  async awaitingSignOffOf(release: ReleaseRecord): Promise<EntityReference[]> {
    const awaiting = customersAwaitingSignOff(
      await this.visibleCustomerIds(release),
      await this.acceptancesByReleaseId.load(release.id),
    );
    return awaiting.map((id) => ({ id }));
  }

  async create(input: unknown): Promise<ReleaseRecord> {
    const { caller, logger } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER'], 'createRelease');
    const draft = parseInput(createReleaseSchema, input);
    const release = await this.transactions.run(async (transaction) => {
      const changes = await new ChangeRequestRepository(transaction.manager).findByIds(
        draft.changeRequestIds,
      );
      const byId = new Map(changes.map((change) => [change.id, change]));
      const ordered = draft.changeRequestIds.map((changeRequestId) => {
        const change = byId.get(changeRequestId);
        if (!change)
          throw new NotFoundError('ChangeRequest', changeRequestId, 'input.changeRequestIds');
        if (!RELEASABLE_STATES.includes(change.state)) {
          throw new ConflictError(
            `${changeReference(change.number)} is ${change.state}: a release takes changes in ${RELEASABLE_STATES.join(', ')}`,
            { field: 'input.changeRequestIds', details: { currentState: change.state } },
          );
        }
        return change;
      });
      const repository = new ReleaseRepository(transaction.manager);
      const created = await this.insertRelease(repository, draft, caller.subject);
      await transaction.publish(
        releaseCreatedEvent(created, draft.changeRequestIds, customersRaisedFor(ordered)),
      );
      return created;
    });
    logger.info({ releaseId: release.id }, 'release created');
    return release;
  }

  async defineAcceptanceCriteria(input: unknown): Promise<ReleaseRecord> {
    requireAnyRole(
      this.request.caller,
      ['CHANGE_MANAGER', 'ACCOUNT_MANAGER'],
      'defineAcceptanceCriteria',
    );
    const { releaseId, customerId, criteria } = parseInput(acceptanceCriteriaSchema, input);
    this.requireActingFor(customerId, 'defineAcceptanceCriteria');
    return this.withPlannedRelease(releaseId, customerId, async (release, repository) => {
      const existing = await repository.findAcceptance(releaseId, customerId);
      if (existing?.signedOffAt) {
        throw new ConflictError(
          `${releaseReference(release.number)}: customer ${customerId} has signed off already; its criteria are fixed`,
        );
      }
      const acceptance = await repository.saveAcceptance({
        releaseId,
        customerId,
        criteria,
        definedBy: this.request.caller.subject,
        definedAt: new Date(),
        contactId: null,
        contactName: null,
        signedOffAt: null,
        signedOffRecordedBy: null,
      });
      return [acceptanceCriteriaDefinedEvent(release, acceptance)];
    });
  }

  async signOff(input: unknown): Promise<ReleaseRecord> {
    requireAnyRole(
      this.request.caller,
      ['CHANGE_MANAGER', 'ACCOUNT_MANAGER', 'CUSTOMER'],
      'signOffAcceptance',
    );
    const { releaseId, customerId, contactId, contactName } = parseInput(signOffSchema, input);
    this.requireActingFor(customerId, 'signOffAcceptance');
    return this.withPlannedRelease(releaseId, customerId, async (release, repository) => {
      const acceptance = await repository.findAcceptance(releaseId, customerId);
      if (!acceptance) {
        throw new ConflictError(
          `${releaseReference(release.number)}: customer ${customerId} has no acceptance criteria to sign off yet`,
          { field: 'input.customerId' },
        );
      }
      if (acceptance.signedOffAt) {
        throw new ConflictError(
          `${releaseReference(release.number)}: customer ${customerId} signed off already, by ${acceptance.contactName}`,
        );
      }
      const signed = await repository.saveAcceptance({
        ...acceptance,
        contactId,
        contactName,
        signedOffAt: new Date(),
        signedOffRecordedBy: this.request.caller.subject,
      });
      return [acceptanceSignedOffEvent(release, signed)];
    });
  }

  async deploy(id: string): Promise<ReleaseRecord> {
    const { caller, logger } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER'], 'deployRelease');
    const key = parseId(id);
    const deployed = await this.transactions.run(async (transaction) => {
      const repository = new ReleaseRepository(transaction.manager);
      const release = await repository.findForUpdate(key);
      if (!release) throw new NotFoundError('Release', id, 'id');
      const reference = releaseReference(release.number);
      if (release.state !== 'PLANNED') {
        throw new ConflictError(
          `${reference} is ${release.state}: only a PLANNED release deploys`,
          {
            details: { currentState: release.state },
          },
        );
      }
      const changes = (await repository.changesOf([key])).map(
        ({ changeRequest }) => changeRequest!,
      );
      const awaiting = customersAwaitingSignOff(
        await affectedCustomersOf(changes, transactionReads(transaction.manager)),
        await repository.acceptancesOf([key]),
      );
      if (awaiting.length > 0) {
        throw new ConflictError(
          `${reference} cannot deploy before each affected customer signs off its user acceptance; awaiting ${awaiting.join(', ')}`,
          { details: { awaitingSignOff: awaiting } },
        );
      }
      const changeRepository = new ChangeRequestRepository(transaction.manager);
      for (const change of changes) {
        const current = (await changeRepository.findForUpdate(change.id))!;
        if (current.state !== 'SCHEDULED') {
          throw new ConflictError(
            `${reference} cannot deploy: ${changeReference(current.number)} is ${current.state}, and every change must be SCHEDULED`,
            { details: { changeRequestId: current.id, currentState: current.state } },
          );
        }
        await applyTransition(transaction, current, 'START_IMPLEMENTATION', caller.subject, {
          reason: `deployed in ${reference}`,
        });
      }
      const done = await repository.markDeployed(key, caller.subject);
      await transaction.publish(
        releaseDeployedEvent(
          done,
          changes.map(({ id: changeId }) => changeId),
        ),
      );
      return done;
    });
    logger.info({ releaseId: deployed.id }, 'release deployed');
    return deployed;
  }

  private async visibleCustomerIds(release: ReleaseRecord): Promise<string[]> {
    const changes = await this.changesByReleaseId.load(release.id);
    const affected = await affectedCustomersOf(changes, this.loaderReads);
    return affected.filter((customerId) => canReadCustomer(this.request.caller, customerId));
  }

  /** An account manager or a customer acts only for the customers in its token. */
  private requireActingFor(customerId: string, operation: string): void {
    const { caller } = this.request;
    if (actsForEveryCustomer(caller) || caller.customerIds.includes(customerId)) return;
    throw new ForbiddenError(`${operation}: you do not act for customer ${customerId}`);
  }

  /** Runs `work` on a PLANNED release, locked, for one of its affected customers, and
   * publishes the events it returns. */
  private async withPlannedRelease(
    releaseId: string,
    customerId: string,
    work: (release: ReleaseRecord, repository: ReleaseRepository) => Promise<PendingEvent[]>,
  ): Promise<ReleaseRecord> {
    return this.transactions.run(async (transaction) => {
      const repository = new ReleaseRepository(transaction.manager);
      const release = await repository.findForUpdate(releaseId);
      if (!release) throw new NotFoundError('Release', releaseId, 'input.releaseId');
      const reference = releaseReference(release.number);
      if (release.state !== 'PLANNED') {
        throw new ConflictError(`${reference} is ${release.state}: its user acceptance is closed`, {
          details: { currentState: release.state },
        });
      }
      const changes = (await repository.changesOf([releaseId])).map(
        ({ changeRequest }) => changeRequest!,
      );
      const affected = await affectedCustomersOf(changes, transactionReads(transaction.manager));
      if (!affected.includes(customerId)) {
        throw new ValidationError(
          'input.customerId',
          `customer ${customerId} is not affected by ${reference}: none of its changes is raised for it or changes a service it depends on at HIGH criticality or above`,
        );
      }
      await transaction.publish(...(await work(release, repository)));
      return release;
    });
  }

  private async insertRelease(
    repository: ReleaseRepository,
    draft: Parameters<ReleaseRepository['insert']>[0],
    createdBy: string,
  ): Promise<ReleaseRecord> {
    try {
      return await repository.insert(draft, createdBy);
    } catch (error) {
      if (!isUniqueViolation(error, 'release_change_once')) throw error;
      throw new ConflictError('a change request of this release already ships in another release', {
        field: 'input.changeRequestIds',
      });
    }
  }
}
