import { changeRequestRaised, eventOf } from '@itsm/events';
import { changeReference } from '../domain/change-request';
import type { ChangeRequestRecord } from '../entities/change-request';

export function changeRequestRaisedEvent(changeRequest: ChangeRequestRecord, serviceIds: string[]) {
  return eventOf(changeRequestRaised, changeRequest.id, {
    changeRequestId: changeRequest.id,
    reference: changeReference(changeRequest.number),
    title: changeRequest.title,
    type: changeRequest.type,
    state: changeRequest.state,
    customerId: changeRequest.customerId,
    serviceIds,
    requestedBy: changeRequest.requestedBy,
    raisedAt: changeRequest.createdAt.toISOString(),
  });
}
