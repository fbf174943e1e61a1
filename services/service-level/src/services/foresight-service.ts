import type { Clock } from '@itsm/platform';
import { normalizeId } from '@itsm/platform';
import type { BudgetImpact } from '../domain/change-impact';
import type { AgreementRecord } from '../entities/agreement';
import type { TargetRecord } from '../entities/target';
import type { AgreementService } from './agreement-service';
import type { StandingEvaluator } from './standing-evaluator';

/** A change request as change-transition hands it over: its key and the fields
 * `serviceLevelImpact` requires, as JSON. */
export interface ChangeRequestReference {
  id: string;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  affectedServices?: { id: string }[] | null;
}

export interface BudgetImpactView extends BudgetImpact {
  target: TargetRecord;
  agreement: AgreementRecord;
  serviceId: string;
}

/** What the measurements say about what has not happened: the cost of planned changes to
 * error budgets. A CUSTOMER caller sees only its own agreements' budgets. */
export class ForesightService {
  constructor(
    private readonly agreements: AgreementService,
    private readonly evaluator: StandingEvaluator,
    private readonly clock: Clock,
  ) {}

  /** The cost of the change's planned window to every availability target in force on each
   * affected service: none until the change has a window. */
  async changeImpact(change: ChangeRequestReference): Promise<BudgetImpactView[]> {
    if (!change.plannedStart || !change.plannedEnd) return [];
    const window = { start: new Date(change.plannedStart), end: new Date(change.plannedEnd) };
    const now = this.clock();
    const views: BudgetImpactView[] = [];
    for (const reference of change.affectedServices ?? []) {
      const serviceId = normalizeId(reference.id);
      if (!serviceId) continue;
      for (const { target, agreement } of await this.evaluator.targetsInForce(serviceId, [
        'AVAILABILITY',
      ])) {
        if (this.agreements.visible([agreement]).length === 0) continue;
        const impacts = await this.evaluator.budgetImpact(target, serviceId, window, now);
        views.push(...impacts.map((impact) => ({ ...impact, target, agreement, serviceId })));
      }
    }
    return views.sort(
      (a, b) =>
        a.agreement.name.localeCompare(b.agreement.name) ||
        a.serviceId.localeCompare(b.serviceId) ||
        a.period.start.getTime() - b.period.start.getTime(),
    );
  }
}
