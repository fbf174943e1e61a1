import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Transaction, Transactions } from '@itsm/events';
import {
  ConflictError,
  NotFoundError,
  parseId,
  parseInput,
  requireAnyRole,
  ValidationError,
} from '@itsm/platform';
import { CustomerOwnedRecords, manyByKey, type RequestContext } from '@itsm/subgraph-kit';
import {
  AGREEMENT_TRANSITIONS,
  type AgreementDraft,
  type AgreementStatus,
  checkParent,
  checkTransition,
  draftAgreementSchema,
  draftFromRequirementSchema,
  IN_FORCE,
  missingParties,
  OPEN_TERMS,
  signAgreementSchema,
  transitionSchema,
} from '../domain/agreement';
import {
  addTargetSchema,
  atLeastAsStrict,
  describeCommitment,
  effectiveTargets,
  sameCommitment,
  type TargetAddition,
} from '../domain/target';
import type { AgreementRecord } from '../entities/agreement';
import type { ServiceRecord } from '../entities/service';
import type { SignatoryRecord } from '../entities/signatory';
import type { TargetRecord } from '../entities/target';
import {
  agreementDraftedEvent,
  agreementSignedEvent,
  agreementStatusChangedEvent,
  agreementTargetAddedEvent,
} from '../events/published';
import { AgreementRepository } from '../repositories/agreement-repository';
import { CalendarRepository } from '../repositories/calendar-repository';
import { RequirementRepository } from '../repositories/requirement-repository';
import { TargetRepository } from '../repositories/target-repository';
import type { ServiceCatalogueService } from './service-catalogue-service';
import { requireProviderView, type SupportLinkView, supportLinks } from './support-service';

/** Service level agreements through their lifecycle, with their targets; a CUSTOMER caller
 * sees only those of its own customers. */
export class AgreementService extends CustomerOwnedRecords<AgreementRecord> {
  private readonly servicesByAgreementId = new DataLoader<string, ServiceRecord[]>(async (ids) =>
    manyByKey(
      ids,
      await this.repository.servicesOfAgreements(ids),
      (covered) => covered.agreementId,
    ).map((covered) => covered.map(({ service }) => service)),
  );
  private readonly byServiceId = new DataLoader<string, AgreementRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.agreementsOfServices(ids), (link) => link.serviceId).map(
      (links) => links.map(({ agreement }) => agreement),
    ),
  );
  private readonly childrenByParentId = new DataLoader<string, AgreementRecord[]>(async (ids) =>
    manyByKey(ids, await this.repository.findByParentIds(ids), (child) => child.parentId),
  );
  private readonly signatoriesByAgreementId = new DataLoader<string, SignatoryRecord[]>(
    async (ids) =>
      manyByKey(
        ids,
        await this.repository.signatoriesOf(ids),
        (signatory) => signatory.agreementId,
      ),
  );
  private readonly targetsByAgreementId = new DataLoader<string, TargetRecord[]>(async (ids) =>
    manyByKey(ids, await this.targets.findByAgreementIds(ids), (target) => target.agreementId),
  );
  private readonly targetLoader = new DataLoader<string, TargetRecord | null>(async (ids) => {
    const found = await this.targets.findByIds(ids);
    return ids.map((id) => found.find((target) => target.id === id) ?? null);
  });

  constructor(
    private readonly request: RequestContext,
    private readonly repository: AgreementRepository,
    private readonly targets: TargetRepository,
    private readonly manager: EntityManager,
    private readonly catalogue: ServiceCatalogueService,
    private readonly transactions: Transactions,
  ) {
    super('ServiceLevelAgreement', request.caller, repository);
  }

  servicesOf(agreement: AgreementRecord): Promise<ServiceRecord[]> {
    return this.servicesByAgreementId.load(agreement.id);
  }

  /** The agreements covering a service that the caller may see. */
  async ofService(serviceId: string): Promise<AgreementRecord[]> {
    return this.visible(await this.byServiceId.load(serviceId));
  }

  async parentOf(agreement: AgreementRecord): Promise<AgreementRecord | null> {
    return agreement.parentId ? this.findVisible(agreement.parentId) : null;
  }

  async childrenOf(agreement: AgreementRecord): Promise<AgreementRecord[]> {
    return this.visible(await this.childrenByParentId.load(agreement.id));
  }

  signatoriesOf(agreement: AgreementRecord): Promise<SignatoryRecord[]> {
    return this.signatoriesByAgreementId.load(agreement.id);
  }

  allowedTransitions(agreement: AgreementRecord): AgreementStatus[] {
    return [...AGREEMENT_TRANSITIONS[agreement.status]];
  }

  targetsOf(agreement: AgreementRecord): Promise<TargetRecord[]> {
    return this.targetsByAgreementId.load(agreement.id);
  }

  /** Its own targets, then those of the levels above that it does not replace. */
  async effectiveTargetsOf(agreement: AgreementRecord): Promise<TargetRecord[]> {
    const levels: TargetRecord[][] = [];
    for (let level: AgreementRecord | null = agreement; level;) {
      levels.push(await this.targetsOf(level));
      level = level.parentId ? await this.loadAgreement(level.parentId) : null;
    }
    return effectiveTargets(levels);
  }

  /** A target the caller may see: that of an agreement it may see. */
  async targetById(id: string): Promise<TargetRecord> {
    const target = await this.targetLoader.load(parseId(id));
    if (!target || !(await this.findVisible(target.agreementId))) {
      throw new NotFoundError('ServiceLevelTarget', id, 'id');
    }
    return target;
  }

  async agreementOfTarget(target: TargetRecord): Promise<AgreementRecord> {
    return (await this.loadAgreement(target.agreementId))!;
  }

  /** The same commitment on the levels above, which this target repeats or tightens. */
  async inheritsFrom(target: TargetRecord): Promise<TargetRecord | null> {
    const agreement = await this.agreementOfTarget(target);
    const parent = agreement.parentId ? await this.loadAgreement(agreement.parentId) : null;
    if (!parent) return null;
    const inherited = await this.effectiveTargetsOf(parent);
    return inherited.find((candidate) => sameCommitment(candidate, target)) ?? null;
  }

  async dueForReview(asOf: Date | null | undefined, now = new Date()): Promise<AgreementRecord[]> {
    return this.visible(await this.repository.dueForReview(asOf ?? now));
  }

  async supportGapsOf(agreement: AgreementRecord, now = new Date()): Promise<SupportLinkView[]> {
    requireProviderView(this.request.caller, 'supportGaps');
    const links = await supportLinks(this.manager, await this.targetsOf(agreement), now);
    return links.filter((link) => link.verdict !== 'SUPPORTED');
  }

  async draft(input: unknown): Promise<AgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'draftAgreement');
    const draft = parseInput(draftAgreementSchema, input);
    await this.catalogue.requireAll(draft.serviceIds, 'input.serviceIds');
    const agreement = await this.transactions.run((transaction) =>
      insertDraft(transaction, { ...draft, requirementId: null }),
    );
    this.request.logger.info({ agreementId: agreement.id }, 'agreement drafted');
    return agreement;
  }

  /** Drafts the agreement a captured requirement asks for, with its targets. */
  async draftFromRequirement(input: unknown): Promise<AgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'draftAgreementFromRequirement');
    const { requirementId, ...terms } = parseInput(draftFromRequirementSchema, input);
    return this.transactions.run(async (transaction) => {
      const requirements = new RequirementRepository(transaction.manager);
      const requirement = await requirements.findForUpdate(requirementId);
      if (!requirement) {
        throw new NotFoundError('ServiceLevelRequirement', requirementId, 'input.requirementId');
      }
      if (requirement.status !== 'CAPTURED') {
        throw new ConflictError(
          `The requirement is ${requirement.status}; an agreement was already drafted from it`,
          { details: { currentStatus: requirement.status, allowedStatuses: ['CAPTURED'] } },
        );
      }
      const draft: AgreementDraft = {
        ...terms,
        customerId: requirement.customerId,
        serviceIds: requirement.serviceIds,
      };
      if (draft.level === 'SERVICE' && draft.serviceIds.length !== 1) {
        throw new ValidationError(
          'input.level',
          'input.level: the SERVICE level covers one service, and the requirement names several',
        );
      }
      const agreement = await insertDraft(transaction, { ...draft, requirementId });
      for (const required of requirement.targets) {
        await insertTarget(transaction, agreement, {
          ...required,
          agreementId: agreement.id,
          serviceId: null,
          warningThresholdPercent: 75,
          calendarId: null,
        });
      }
      await requirements.markDrafted(requirementId);
      return agreement;
    });
  }

  async addTarget(input: unknown): Promise<TargetRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'addTarget');
    const addition = parseInput(addTargetSchema, input);
    return this.transactions.run(async (transaction) => {
      const agreement = await new AgreementRepository(transaction.manager).findForUpdate(
        addition.agreementId,
      );
      if (!agreement) {
        throw new NotFoundError('ServiceLevelAgreement', addition.agreementId, 'input.agreementId');
      }
      return insertTarget(transaction, agreement, addition);
    });
  }

  async sign(input: unknown): Promise<AgreementRecord> {
    requireAnyRole(this.request.caller, ['SERVICE_LEVEL_MANAGER'], 'signAgreement');
    const signature = parseInput(signAgreementSchema, input);
    return this.transactions.run(async (transaction) => {
      const agreements = new AgreementRepository(transaction.manager);
      const agreement = await agreements.findForUpdate(signature.agreementId);
      if (!agreement) {
        throw new NotFoundError(
          'ServiceLevelAgreement',
          signature.agreementId,
          'input.agreementId',
        );
      }
      if (agreement.status !== 'NEGOTIATING') {
        throw new ConflictError(
          `The agreement is ${agreement.status}; it is signed while NEGOTIATING`,
          { details: { currentStatus: agreement.status, allowedStatuses: ['NEGOTIATING'] } },
        );
      }
      const signatory = await agreements.addSignatory(signature);
      await transaction.publish(agreementSignedEvent(signatory));
      return agreement;
    });
  }

  async transition(input: unknown, now = new Date()): Promise<AgreementRecord> {
    const { caller } = this.request;
    requireAnyRole(caller, ['SERVICE_LEVEL_MANAGER'], 'transitionAgreement');
    const { agreementId, to, reviewDate } = parseInput(transitionSchema(now), input);
    if (reviewDate && to !== 'ACTIVE') {
      throw new ValidationError(
        'input.reviewDate',
        'input.reviewDate: set only when the agreement becomes ACTIVE',
      );
    }
    const agreement = await this.transactions.run(async (transaction) => {
      const agreements = new AgreementRepository(transaction.manager);
      const current = await agreements.findForUpdate(agreementId);
      if (!current)
        throw new NotFoundError('ServiceLevelAgreement', agreementId, 'input.agreementId');
      checkTransition(current.status, to);
      if (to === 'AGREED') {
        const parties = (await agreements.signatoriesOf([current.id])).map((s) => s.party);
        const missing = missingParties(parties);
        if (missing.length > 0) {
          throw new ConflictError(
            `The agreement needs the signature of the ${missing.join(' and the ')} before it is AGREED`,
            { details: { missingParties: missing } },
          );
        }
      }
      if (to === 'ACTIVE') await checkActivation(transaction, current, reviewDate, now);
      if (OPEN_TERMS.includes(to)) await agreements.clearSignatories(current.id);
      const changed = await agreements.update(current, {
        status: to,
        reviewDate: reviewDate ?? current.reviewDate,
      });
      await transaction.publish(
        agreementStatusChangedEvent(changed, current.status, caller.subject, now),
      );
      return changed;
    });
    this.request.logger.info({ agreementId, to }, 'agreement moved');
    return agreement;
  }

  private async loadAgreement(id: string): Promise<AgreementRecord | null> {
    return (await this.repository.findByIds([id]))[0] ?? null;
  }
}

async function insertDraft(
  transaction: Transaction,
  draft: AgreementDraft & { requirementId: string | null },
): Promise<AgreementRecord> {
  const agreements = new AgreementRepository(transaction.manager);
  if (draft.parentId) {
    const [parent] = await agreements.findByIds([draft.parentId]);
    if (!parent) throw new NotFoundError('ServiceLevelAgreement', draft.parentId, 'input.parentId');
    const parentServices = await agreements.servicesOfAgreements([parent.id]);
    checkParent(
      draft,
      parent,
      parentServices.map((link) => link.service.id),
    );
  }
  const drafted = await agreements.insert(draft);
  await transaction.publish(agreementDraftedEvent(drafted, draft.serviceIds));
  return drafted;
}

/** Adds a target to an agreement whose terms are open. A lower level may only tighten
 * what it inherits, and a higher level may not loosen a lower one below what it promises. */
async function insertTarget(
  transaction: Transaction,
  agreement: AgreementRecord,
  addition: TargetAddition,
): Promise<TargetRecord> {
  if (!OPEN_TERMS.includes(agreement.status)) {
    throw new ConflictError(
      `The agreement is ${agreement.status}; targets change only in ${OPEN_TERMS.join(' or ')}`,
      { details: { currentStatus: agreement.status, allowedStatuses: OPEN_TERMS } },
    );
  }
  const { manager } = transaction;
  const agreements = new AgreementRepository(manager);
  const targets = new TargetRepository(manager);
  if (addition.serviceId) {
    const covered = await agreements.servicesOfAgreements([agreement.id]);
    if (!covered.some((link) => link.service.id === addition.serviceId)) {
      throw new ValidationError(
        'input.serviceId',
        `input.serviceId: ${addition.serviceId} is not one of the agreement's services`,
      );
    }
  }
  if (addition.calendarId) {
    const [calendar] = await new CalendarRepository(manager).findByIds([addition.calendarId]);
    if (!calendar) {
      throw new NotFoundError('BusinessCalendar', addition.calendarId, 'input.businessCalendarId');
    }
  }
  const own = await targets.findByAgreementIds([agreement.id]);
  if (
    own.some(
      (target) => sameCommitment(target, addition) && target.serviceId === addition.serviceId,
    )
  ) {
    throw new ConflictError(
      `The agreement already has a target for ${describeCommitment(addition)}`,
      {
        field: 'input.metric',
      },
    );
  }
  const ancestors = await lineOf(agreements, agreement.parentId, (record) => record.parentId);
  const inherited = effectiveTargets(
    await Promise.all(ancestors.map((level) => targets.findByAgreementIds([level.id]))),
  ).find((target) => sameCommitment(target, addition));
  if (inherited && !atLeastAsStrict(addition, inherited)) {
    throw new ValidationError(
      weakerField(addition, inherited),
      `${weakerField(addition, inherited)}: a lower level may only tighten what it inherits; ` +
        `the level above promises ${describeCommitment(inherited)}`,
    );
  }
  const below = await descendantsOf(agreements, agreement.id);
  const lowerTargets = await targets.findByAgreementIds(below.map((level) => level.id));
  const loosened = lowerTargets.find(
    (target) => sameCommitment(target, addition) && !atLeastAsStrict(target, addition),
  );
  if (loosened) {
    throw new ValidationError(
      weakerField(loosened, addition),
      `${weakerField(loosened, addition)}: a level below already promises ` +
        `${describeCommitment(loosened)}, and may not be weaker than this level`,
    );
  }
  const target = await targets.insert(addition);
  await transaction.publish(agreementTargetAddedEvent(target));
  return target;
}

/** The input field on which `weaker` falls short of `stronger`. */
function weakerField(
  weaker: Parameters<typeof atLeastAsStrict>[0],
  stronger: Parameters<typeof atLeastAsStrict>[0],
): string {
  const valueOnly = { ...weaker, compliancePercent: stronger.compliancePercent };
  return atLeastAsStrict(valueOnly, stronger) ? 'input.compliancePercent' : 'input.targetValue';
}

async function lineOf(
  agreements: AgreementRepository,
  startId: string | null,
  next: (record: AgreementRecord) => string | null,
): Promise<AgreementRecord[]> {
  const line: AgreementRecord[] = [];
  for (let id = startId; id;) {
    const [record] = await agreements.findByIds([id]);
    if (!record) break;
    line.push(record);
    id = next(record);
  }
  return line;
}

async function descendantsOf(
  agreements: AgreementRepository,
  id: string,
): Promise<AgreementRecord[]> {
  const found: AgreementRecord[] = [];
  for (let level = [id]; level.length > 0;) {
    const children = await agreements.findByParentIds(level);
    found.push(...children);
    level = children.map((child) => child.id);
  }
  return found;
}

/** ACTIVE needs: a review date when a review ends, a validity not over, the level above in
 * force, at least one target, and each target supported by an OLA or UC at least as strict
 * on each of its services. The error lists every gap. */
async function checkActivation(
  transaction: Transaction,
  agreement: AgreementRecord,
  reviewDate: Date | null,
  now: Date,
): Promise<void> {
  if (agreement.status === 'UNDER_REVIEW' && !reviewDate) {
    throw new ValidationError(
      'input.reviewDate',
      'input.reviewDate: a review that ends ACTIVE again sets the next review date',
    );
  }
  if (agreement.validTo && agreement.validTo <= now) {
    throw new ConflictError(`The agreement's validity ended at ${agreement.validTo.toISOString()}`);
  }
  const agreements = new AgreementRepository(transaction.manager);
  if (agreement.parentId) {
    const [parent] = await agreements.findByIds([agreement.parentId]);
    if (parent && !IN_FORCE.includes(parent.status)) {
      throw new ConflictError(
        `The level above, ${parent.name}, is ${parent.status}; it must be ACTIVE first`,
        { details: { parentStatus: parent.status } },
      );
    }
  }
  const targets = await new TargetRepository(transaction.manager).findByAgreementIds([
    agreement.id,
  ]);
  if (targets.length === 0 && !agreement.parentId) {
    throw new ConflictError('The agreement has no targets to commit to');
  }
  const gaps = (await supportLinks(transaction.manager, targets, now)).filter(
    (link) => link.verdict !== 'SUPPORTED',
  );
  if (gaps.length > 0) {
    throw new ConflictError(
      `The agreement cannot become ACTIVE: ${gaps.length} target(s) lack support. ` +
        gaps
          .map((gap) => `Target ${gap.target.id} on service ${gap.serviceId}: ${gap.explanation}.`)
          .join(' '),
      {
        details: {
          gaps: gaps.map((gap) => ({
            targetId: gap.target.id,
            serviceId: gap.serviceId,
            verdict: gap.verdict,
            explanation: gap.explanation,
          })),
        },
      },
    );
  }
}
