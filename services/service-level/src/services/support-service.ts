import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Transactions } from '@itsm/events';
import {
  type Caller,
  ConflictError,
  ForbiddenError,
  isCustomerScoped,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
  ValidationError,
} from '@itsm/platform';
import { isUniqueViolation, manyByKey, oneByKey, type RequestContext } from '@itsm/subgraph-kit';
import {
  addSupportingTargetSchema,
  assessSupport,
  chainable,
  type ChainFit,
  inForce,
  registerSupportingAgreementSchema,
  type SupportVerdict,
} from '../domain/support';
import type { SupportingAgreementRecord } from '../entities/supporting-agreement';
import type { SupportingTargetRecord } from '../entities/supporting-target';
import type { TargetRecord } from '../entities/target';
import {
  supportingAgreementRegisteredEvent,
  supportingTargetAddedEvent,
} from '../events/published';
import { AgreementRepository } from '../repositories/agreement-repository';
import { SupportRepository } from '../repositories/support-repository';
import { TargetRepository } from '../repositories/target-repository';

export type StepChainView = ChainFit<SupportingTargetRecord>;

/** One link of a support chain: a target on one service, and what supports it there. */
export interface SupportLinkView {
  target: TargetRecord;
  serviceId: string;
  verdict: SupportVerdict;
  supports: SupportingTargetRecord[];
  /** How the sequential steps add up; null when no support is a step. */
  stepChain: StepChainView | null;
  explanation: string;
}

/**
 * How each target is supported on each service in its scope by the OLAs and UCs in force
 * at `at`: what activation checks, and what the support chain shows.
 */
export async function supportLinks(
  manager: EntityManager,
  targets: readonly TargetRecord[],
  at: Date,
): Promise<SupportLinkView[]> {
  if (targets.length === 0) return [];
  const covered = await new AgreementRepository(manager).servicesOfAgreements([
    ...new Set(targets.map((target) => target.agreementId)),
  ]);
  const supports = await new SupportRepository(manager).supportsOf(targets.map(({ id }) => id));
  return targets.flatMap((target) => {
    const scope = target.serviceId
      ? [target.serviceId]
      : covered
          .filter((link) => link.agreementId === target.agreementId)
          .map((link) => link.service.id);
    return scope.map((serviceId) => {
      const here = supports.filter(
        (support) =>
          support.target.supportsTargetId === target.id &&
          support.target.serviceId === serviceId &&
          inForce(support.agreement, at),
      );
      const assessment = assessSupport(
        target,
        here.map((support) => ({ ...support.target, provider: support.agreement.provider })),
      );
      const { chain } = assessment;
      return {
        target,
        serviceId,
        verdict: assessment.verdict,
        supports: assessment.supports.map(withoutProvider),
        stepChain: chain && { ...chain, steps: chain.steps.map(withoutProvider) },
        explanation: assessment.explanation,
      };
    });
  });
}

function withoutProvider({
  provider: _provider,
  ...support
}: SupportingTargetRecord & { provider: string }): SupportingTargetRecord {
  return support;
}

/** Refuses CUSTOMER callers: OLAs and UCs, and how they support targets, are the provider's
 * own business. */
export function requireProviderView(caller: Caller, what: string): void {
  if (isCustomerScoped(caller)) throw new ForbiddenError(`${what} is internal to the provider`);
}

/** OLAs and UCs, internal to the provider: no CUSTOMER caller reads them. */
export class SupportService {
  private readonly agreementById = new DataLoader<string, SupportingAgreementRecord | null>(
    async (ids) =>
      oneByKey(ids, await this.repository.findAgreementsByIds(ids), (agreement) => agreement.id),
  );
  private readonly targetsByAgreementId = new DataLoader<string, SupportingTargetRecord[]>(
    async (ids) =>
      manyByKey(
        ids,
        await this.repository.targetsOfAgreements(ids),
        (target) => target.supportingAgreementId,
      ),
  );

  constructor(
    private readonly request: RequestContext,
    private readonly repository: SupportRepository,
    private readonly manager: EntityManager,
    private readonly transactions: Transactions,
  ) {}

  list(): Promise<SupportingAgreementRecord[]> {
    requireProviderView(this.request.caller, 'supportingAgreements');
    return this.repository.allAgreements();
  }

  async get(id: string): Promise<SupportingAgreementRecord> {
    requireProviderView(this.request.caller, 'supportingAgreement');
    const agreement = await this.agreementById.load(parseId(id));
    if (!agreement) throw new NotFoundError('SupportingAgreement', id, 'id');
    return agreement;
  }

  async agreementOf(target: SupportingTargetRecord): Promise<SupportingAgreementRecord> {
    return (await this.agreementById.load(target.supportingAgreementId))!;
  }

  targetsOf(agreement: SupportingAgreementRecord): Promise<SupportingTargetRecord[]> {
    return this.targetsByAgreementId.load(agreement.id);
  }

  async chainOf(target: TargetRecord, now = new Date()): Promise<SupportLinkView[]> {
    requireProviderView(this.request.caller, 'supportChain');
    return supportLinks(this.manager, [target], now);
  }

  async register(input: unknown): Promise<SupportingAgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'registerSupportingAgreement');
    const registration = parseInput(registerSupportingAgreementSchema, input);
    try {
      return await this.transactions.run(async (transaction) => {
        const agreement = await new SupportRepository(transaction.manager).insertAgreement(
          registration,
        );
        await transaction.publish(supportingAgreementRegisteredEvent(agreement));
        return agreement;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'supporting_agreement_name_unique')) {
        throw new ConflictError(
          `A supporting agreement named ${registration.name} already exists`,
          {
            field: 'input.name',
          },
        );
      }
      throw error;
    }
  }

  async addTarget(input: unknown): Promise<SupportingTargetRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'addSupportingTarget');
    const addition = parseInput(addSupportingTargetSchema, input);
    return this.transactions.run(async (transaction) => {
      const supports = new SupportRepository(transaction.manager);
      const [agreement] = await supports.findAgreementsByIds([addition.supportingAgreementId]);
      if (!agreement) {
        throw new NotFoundError(
          'SupportingAgreement',
          addition.supportingAgreementId,
          'input.supportingAgreementId',
        );
      }
      const [supported] = await new TargetRepository(transaction.manager).findByIds([
        addition.supportsTargetId,
      ]);
      if (!supported) {
        throw new NotFoundError(
          'ServiceLevelTarget',
          addition.supportsTargetId,
          'input.supportsTargetId',
        );
      }
      const scope = supported.serviceId
        ? [supported.serviceId]
        : (
            await new AgreementRepository(transaction.manager).servicesOfAgreements([
              supported.agreementId,
            ])
          ).map((link) => link.service.id);
      if (!scope.includes(addition.serviceId)) {
        throw new ValidationError(
          'input.serviceId',
          'input.serviceId: the supported target does not cover this service',
        );
      }
      if (supported.metric === 'AVAILABILITY' && addition.compliancePercent !== null) {
        throw new ValidationError(
          'input.compliancePercent',
          'input.compliancePercent: availability is one ratio per period, with no compliance',
        );
      }
      if (addition.step !== null && !chainable(supported.metric)) {
        throw new ValidationError(
          'input.step',
          `input.step: ${supported.metric} commitments do not add up in steps`,
        );
      }
      const compliancePercent =
        supported.metric === 'AVAILABILITY' ? null : (addition.compliancePercent ?? 100);
      const target = await supports.insertTarget({ ...addition, compliancePercent });
      await transaction.publish(supportingTargetAddedEvent(target, supported));
      return target;
    });
  }
}
