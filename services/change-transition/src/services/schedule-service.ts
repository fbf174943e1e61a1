import DataLoader from 'dataloader';
import type { Transactions } from '@itsm/events';
import { canReadCustomer, parseInput, requireAnyRole } from '@itsm/platform';
import type { EntityReference, RequestContext } from '@itsm/subgraph-kit';
import { ACTIVE_WINDOW_STATES, SCHEDULE_STATES } from '../domain/change-lifecycle';
import { blackoutsHit, conflictsAmong, type Window } from '../domain/change-window';
import { blackoutWindowSchema, scheduleRangeSchema } from '../domain/schedule';
import type { BlackoutWindowRecord } from '../entities/blackout-window';
import type { ChangeRequestRecord } from '../entities/change-request';
import { blackoutWindowDeclaredEvent } from '../events/published';
import type { ChangeRequestRepository } from '../repositories/change-request-repository';
import { ScheduleRepository } from '../repositories/schedule-repository';
import type { ChangeRequestService } from './change-request-service';

/** Two scheduled changes on one service whose windows overlap, as the API shows it. */
export interface ConflictView {
  service: EntityReference;
  changeRequests: ChangeRequestRecord[];
  overlapStart: Date;
  overlapEnd: Date;
}

export interface ChangeScheduleView {
  from: Date;
  to: Date;
  changeRequests: ChangeRequestRecord[];
  blackoutWindows: BlackoutWindowRecord[];
  conflicts: ConflictView[];
}

/** The forward schedule of change, blackout windows and conflicts between changes. */
export class ScheduleService {
  /** The conflicts of many changes from one read of the scheduled changes around them. */
  private readonly conflictsByChangeRequest = new DataLoader<
    ChangeRequestRecord,
    ConflictView[],
    string
  >(
    async (changeRequests) => {
      const scheduled = changeRequests.filter(
        (changeRequest) =>
          changeRequest.plannedStart && ACTIVE_WINDOW_STATES.includes(changeRequest.state),
      );
      if (scheduled.length === 0) return changeRequests.map(() => []);
      const span: Window = {
        start: new Date(Math.min(...scheduled.map(({ plannedStart }) => plannedStart!.getTime()))),
        end: new Date(Math.max(...scheduled.map(({ plannedEnd }) => plannedEnd!.getTime()))),
      };
      const serviceIds = (
        await Promise.all(scheduled.map((one) => this.changeRequests.serviceIdsOf(one)))
      ).flat();
      const conflicts = await this.conflictsIn(span, { serviceIds: [...new Set(serviceIds)] });
      return changeRequests.map(({ id }) =>
        conflicts.filter(({ changeRequests: pair }) => pair.some((one) => one.id === id)),
      );
    },
    { cacheKeyFn: ({ id }) => id },
  );

  constructor(
    private readonly request: RequestContext,
    private readonly changeRequests: ChangeRequestService,
    private readonly changeRequestRepository: ChangeRequestRepository,
    private readonly repository: ScheduleRepository,
    private readonly transactions: Transactions,
  ) {}

  conflictsOf(changeRequest: ChangeRequestRecord): Promise<ConflictView[]> {
    return this.conflictsByChangeRequest.load(changeRequest);
  }

  async schedule(range: unknown): Promise<ChangeScheduleView> {
    const { from, to, serviceId, customerId } = parseInput(scheduleRangeSchema, range, null);
    const window = { start: from, end: to };
    const serviceIds = serviceId ? [serviceId] : undefined;
    // Narrowing to a customer the caller may not read would tell which of the changes it
    // sees through its dependencies are raised for that customer: it finds none.
    const changeRequests =
      customerId && !canReadCustomer(this.request.caller, customerId)
        ? []
        : await this.changeRequests.visible(
            await this.changeRequestRepository.findInWindow(window, SCHEDULE_STATES, {
              serviceIds,
              customerId,
            }),
          );
    const blackouts = await this.repository.blackoutsOverlapping(window);
    const listed = new Set(changeRequests.map(({ id }) => id));
    const conflicts = (await this.conflictsIn(window, { serviceIds })).filter(
      (conflict) =>
        (!serviceId || conflict.service.id === serviceId) &&
        conflict.changeRequests.some(({ id }) => listed.has(id)),
    );
    return {
      from,
      to,
      changeRequests,
      blackoutWindows: serviceId ? blackoutsHit(window, [serviceId], blackouts) : blackouts,
      conflicts,
    };
  }

  async declareBlackout(input: unknown): Promise<BlackoutWindowRecord> {
    const { caller, logger } = this.request;
    requireAnyRole(caller, ['CHANGE_MANAGER'], 'declareBlackoutWindow');
    const draft = parseInput(blackoutWindowSchema, input);
    const blackout = await this.transactions.run(async (transaction) => {
      const declared = await new ScheduleRepository(transaction.manager).insertBlackout(
        draft,
        caller.subject,
      );
      await transaction.publish(blackoutWindowDeclaredEvent(declared));
      return declared;
    });
    logger.info({ blackoutWindowId: blackout.id }, 'blackout window declared');
    return blackout;
  }

  /** The conflicts among the changes whose windows are still to come or under way within
   * `window`, shown only where the caller may see both changes. */
  private async conflictsIn(
    window: Window,
    narrowing: { serviceIds?: readonly string[] },
  ): Promise<ConflictView[]> {
    const active = await this.changeRequestRepository.findInWindow(
      window,
      ACTIVE_WINDOW_STATES,
      narrowing,
    );
    const serviceIds = await Promise.all(
      active.map((one) => this.changeRequests.serviceIdsOf(one)),
    );
    const byId = new Map(active.map((one) => [one.id, one]));
    const visible = new Set((await this.changeRequests.visible(active)).map(({ id }) => id));
    return conflictsAmong(
      active.map((one, index) => ({
        id: one.id,
        serviceIds: serviceIds[index]!,
        start: one.plannedStart!,
        end: one.plannedEnd!,
      })),
    )
      .filter(({ changeRequestIds }) => changeRequestIds.every((id) => visible.has(id)))
      .map(({ serviceId, changeRequestIds, overlap }) => ({
        service: { id: serviceId },
        changeRequests: changeRequestIds.map((id) => byId.get(id)!),
        overlapStart: overlap.start,
        overlapEnd: overlap.end,
      }));
  }
}
