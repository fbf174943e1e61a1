import { type EntityManager, In, Not } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';
import {
  type ImprovementSource,
  type ImprovementState,
  measureColumns,
  type NewImprovementInitiative,
  type Priority,
  type RegisterFilter,
} from '../domain/improvement-initiative';
import { FINISHED_STATES } from '../domain/initiative-lifecycle';
import type { RegisterGroup } from '../domain/register-summary';
import type { Evidence } from '../domain/rules/rule-decision';
import {
  ImprovementInitiativeEntity,
  type ImprovementInitiativeRecord,
} from '../entities/improvement-initiative';
import {
  ImprovementAgreementEntity,
  type ImprovementAgreementRecord,
  ImprovementServiceEntity,
  type ImprovementServiceRecord,
} from '../entities/improvement-link';
import {
  ImprovementTransitionEntity,
  type ImprovementTransitionRecord,
} from '../entities/improvement-transition';
import {
  ImprovementTriggerEntity,
  type ImprovementTriggerRecord,
} from '../entities/improvement-trigger';

/** Due dates are compared in UTC, as isOverdue does. */
const TODAY_UTC = `(now() AT TIME ZONE 'UTC')::date`;

// The id breaks ties between initiatives created in the same instant, so the order is stable.
const NEWEST_FIRST = { createdAt: 'DESC', id: 'DESC' } as const;

/** An initiative found through one of the services it concerns. */
export interface ServiceInitiative {
  serviceId: string;
  initiative: ImprovementInitiativeRecord;
}

/** What a write to an initiative may change. */
export type InitiativeChanges = Partial<
  Omit<ImprovementInitiativeRecord, 'id' | 'createdAt' | 'updatedAt'>
>;

export class ImprovementInitiativeRepository {
  constructor(private readonly manager: EntityManager) {}

  private get initiatives() {
    return this.manager.getRepository(ImprovementInitiativeEntity);
  }

  private get services() {
    return this.manager.getRepository(ImprovementServiceEntity);
  }

  private get agreements() {
    return this.manager.getRepository(ImprovementAgreementEntity);
  }

  findByIds(ids: readonly string[]): Promise<ImprovementInitiativeRecord[]> {
    return this.initiatives.findBy({ id: In([...ids]) });
  }

  findByCustomerIds(customerIds: readonly string[]): Promise<ImprovementInitiativeRecord[]> {
    return this.initiatives.find({
      where: { customerId: In([...customerIds]) },
      order: NEWEST_FIRST,
    });
  }

  /** One join over the link table: an initiative about two of the services comes back twice. */
  async findByServiceIds(serviceIds: readonly string[]): Promise<ServiceInitiative[]> {
    const links = await this.services.find({
      where: { serviceId: In([...serviceIds]) },
      relations: { initiative: true },
      order: { initiative: NEWEST_FIRST },
    });
    return links.map(({ serviceId, initiative }) => ({ serviceId, initiative: initiative! }));
  }

  serviceIdsOf(initiativeIds: readonly string[]): Promise<ImprovementServiceRecord[]> {
    return this.services.find({
      where: { initiativeId: In([...initiativeIds]) },
      order: { serviceId: 'ASC' },
    });
  }

  agreementIdsOf(initiativeIds: readonly string[]): Promise<ImprovementAgreementRecord[]> {
    return this.agreements.find({
      where: { initiativeId: In([...initiativeIds]) },
      order: { agreementId: 'ASC' },
    });
  }

  triggersOf(initiativeIds: readonly string[]): Promise<ImprovementTriggerRecord[]> {
    return this.manager.getRepository(ImprovementTriggerEntity).find({
      where: { initiativeId: In([...initiativeIds]) },
      order: { occurredAt: 'ASC', eventId: 'ASC' },
    });
  }

  historyOf(initiativeIds: readonly string[]): Promise<ImprovementTransitionRecord[]> {
    return this.manager.getRepository(ImprovementTransitionEntity).find({
      where: { initiativeId: In([...initiativeIds]) },
      order: { position: 'ASC' },
    });
  }

  /** A newest-first keyset page of the register; `onlyCustomerIds` narrows it to a CUSTOMER
   * caller's customers. */
  page(
    filter: RegisterFilter,
    page: PageRequest,
    onlyCustomerIds: string[] | null,
  ): Promise<ImprovementInitiativeRecord[]> {
    const query = this.initiatives
      .createQueryBuilder('initiative')
      .orderBy('initiative.createdAt', 'DESC')
      .addOrderBy('initiative.id', 'DESC')
      .limit(page.limit + 1);
    if (page.after) {
      const [createdAt, id] = page.after;
      query.andWhere('(initiative.createdAt, initiative.id) < (:createdAt, :id)', {
        createdAt,
        id,
      });
    }
    if (filter.states?.length) query.andWhere('initiative.state IN (:...states)', filter);
    if (filter.sources?.length) query.andWhere('initiative.source IN (:...sources)', filter);
    if (filter.priorities?.length) {
      query.andWhere('initiative.priority IN (:...priorities)', filter);
    }
    if (filter.customerId) {
      query.andWhere('initiative.customerId = :customerId', { customerId: filter.customerId });
    }
    if (filter.serviceId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM improvement_service link WHERE link.initiative_id = initiative.id AND link.service_id = :serviceId)',
        { serviceId: filter.serviceId },
      );
    }
    if (filter.overdue != null) {
      const overdue = `(initiative.dueDate < ${TODAY_UTC} AND initiative.state NOT IN (:...finished))`;
      query.andWhere(filter.overdue ? overdue : `NOT COALESCE(${overdue}, false)`, {
        finished: FINISHED_STATES,
      });
    }
    if (onlyCustomerIds) {
      query.andWhere('initiative.customerId = ANY(:onlyCustomerIds)', { onlyCustomerIds });
    }
    return query.getMany();
  }

  /** The register grouped by state, source and priority, for the summary. */
  async summaryGroups(onlyCustomerIds: string[] | null): Promise<RegisterGroup[]> {
    const rows: Record<string, string | number>[] = await this.manager.query(
      `SELECT state, source, priority, count(*)::int AS count,
         (count(*) FILTER (WHERE due_date < ${TODAY_UTC} AND state <> ALL($2::text[])))::int
           AS overdue,
         (count(*) FILTER (WHERE validated_at IS NOT NULL))::int AS validated,
         COALESCE(sum(expected_benefit_value), 0)::float8 AS expected,
         COALESCE(sum(realised_benefit_value), 0)::float8 AS realised
       FROM improvement_initiative
       WHERE $1::uuid[] IS NULL OR customer_id = ANY($1::uuid[])
       GROUP BY state, source, priority`,
      [onlyCustomerIds, FINISHED_STATES],
    );
    return rows.map((row) => ({
      state: row.state as ImprovementState,
      source: row.source as ImprovementSource,
      priority: row.priority as Priority,
      count: Number(row.count),
      overdue: Number(row.overdue),
      validated: Number(row.validated),
      expectedBenefitValue: Number(row.expected),
      realisedBenefitValue: Number(row.realised),
    }));
  }

  /** The initiative, locked for the caller's transaction, so that writes to it queue. */
  lock(id: string): Promise<ImprovementInitiativeRecord | null> {
    return this.initiatives.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The unfinished initiative a rule opened for the subject, locked for the transaction. */
  findUnfinishedByRuleKey(ruleKey: string): Promise<ImprovementInitiativeRecord | null> {
    return this.initiatives.findOne({
      where: { ruleKey, state: Not(In([...FINISHED_STATES])) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts the initiative, its links and the start of its history; run it inside the
   * caller's transaction, so that all land or none. */
  async insert(
    initiative: NewImprovementInitiative,
    actor: string,
  ): Promise<ImprovementInitiativeRecord> {
    const { measure, expectedBenefit, serviceIds, agreementIds, ...fields } = initiative;
    const saved = await this.initiatives.save(
      this.initiatives.create({
        ...fields,
        ...measureColumns(measure),
        expectedBenefit: expectedBenefit?.description ?? null,
        expectedBenefitValue: expectedBenefit?.value ?? null,
      }),
    );
    await this.addServices(saved.id, serviceIds);
    await this.replaceAgreements(saved.id, agreementIds);
    await this.addTransition({
      initiativeId: saved.id,
      fromState: null,
      toState: saved.state,
      reason: null,
      actor,
    });
    return saved;
  }

  async update(id: string, changes: InitiativeChanges): Promise<ImprovementInitiativeRecord> {
    await this.initiatives.update({ id }, changes);
    return this.initiatives.findOneByOrFail({ id });
  }

  async addServices(initiativeId: string, serviceIds: readonly string[]): Promise<void> {
    if (serviceIds.length === 0) return;
    await this.services
      .createQueryBuilder()
      .insert()
      .values(serviceIds.map((serviceId) => ({ initiativeId, serviceId })))
      .orIgnore()
      .execute();
  }

  async replaceServices(initiativeId: string, serviceIds: readonly string[]): Promise<void> {
    await this.services.delete({ initiativeId });
    await this.addServices(initiativeId, serviceIds);
  }

  async replaceAgreements(initiativeId: string, agreementIds: readonly string[]): Promise<void> {
    await this.agreements.delete({ initiativeId });
    if (agreementIds.length === 0) return;
    await this.agreements.insert(
      agreementIds.map((agreementId) => ({ initiativeId, agreementId })),
    );
  }

  async addTransition(
    transition: Omit<ImprovementTransitionRecord, 'position' | 'occurredAt'>,
  ): Promise<void> {
    await this.manager.getRepository(ImprovementTransitionEntity).insert(transition);
  }

  async addTriggers(initiativeId: string, evidence: readonly Evidence[]): Promise<void> {
    if (evidence.length === 0) return;
    await this.manager
      .getRepository(ImprovementTriggerEntity)
      .insert(evidence.map((item) => ({ initiativeId, ...item })));
  }
}
