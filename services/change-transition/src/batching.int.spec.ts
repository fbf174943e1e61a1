import { randomUUID } from 'node:crypto';
import type { TestCaller } from '@itsm/testkit';
import {
  ANALYST,
  CHANGE_MANAGER,
  changeTransitionUnderTest,
  dependencyEvent,
  DOCUMENTS,
} from './change-test-kit';

const SCHEDULE_WITH_EVERYTHING = `query Q($from: DateTime!, $to: DateTime!) {
  changeSchedule(from: $from, to: $to) {
    changeRequests {
      reference customer { id } affectedServices { id } history { toState } approvals { approver }
      review { outcome }
      release {
        reference changeRequests { reference } acceptances { criteria }
        affectedCustomers { id } awaitingSignOff { id }
      }
      conflicts { service { id } changeRequests { reference } } standardChangeModel { name }
    }
    conflicts { changeRequests { reference history { toState } } }
  }
}`;
const AFFECTING = `query E($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Customer { affectingChangeRequests { reference affectedServices { id } } }
  }
}`;
const CREATE_RELEASE = `mutation M($input: CreateReleaseInput!) { createRelease(input: $input) { id } }`;

const driver = changeTransitionUnderTest();

/** `count` changes in the given month, in pairs that overlap on a service they share, each pair
 * in a release; one pair in two is reviewed, the other conflicts. */
async function seedMonth(month: number, count: number) {
  const ids: string[] = [];
  const pairServices = Array.from({ length: count / 2 }, () => randomUUID());
  for (let index = 0; index < count; index += 1) {
    const serviceId = pairServices[Math.floor(index / 2)]!;
    const start = new Date(Date.UTC(2033, month, 1 + Math.floor(index / 2), index % 2));
    const change = await driver.scheduled(
      {
        plannedStart: start.toISOString(),
        plannedEnd: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      },
      { serviceIds: [serviceId] },
    );
    ids.push(change.id);
  }
  for (let index = 0; index < count; index += 2) {
    await driver.ok(CHANGE_MANAGER, CREATE_RELEASE, {
      input: { name: `Release ${month}.${index}`, changeRequestIds: ids.slice(index, index + 2) },
    });
  }
  for (const id of ids.filter((_id, index) => index % 4 === 1)) {
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.start, { id });
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.complete, { id });
    await driver.ok(CHANGE_MANAGER, DOCUMENTS.review, {
      id,
      input: { outcome: 'SUCCESSFUL', incidentsCaused: 0 },
    });
  }
  return {
    from: new Date(Date.UTC(2033, month, 1)).toISOString(),
    to: new Date(Date.UTC(2033, month + 1, 1)).toISOString(),
    serviceIds: pairServices,
  };
}

async function statementsFor(
  { from, to }: { from: string; to: string },
  expected: number,
  caller: TestCaller = ANALYST,
) {
  const before = driver.statementCount();
  const response = await driver.query(caller, SCHEDULE_WITH_EVERYTHING, { from, to });
  expect(response.errors).toBeUndefined();
  const { changeRequests, conflicts } = response.data!.changeSchedule;
  expect(changeRequests).toHaveLength(expected);
  expect(conflicts).toHaveLength(Math.floor(expected / 4));
  return driver.statementCount() - before;
}

describe('per-entity lists batch', () => {
  it('costs the forward schedule as many SQL statements for 2 changes as for 10, every field included', async () => {
    const small = await seedMonth(0, 2);
    const large = await seedMonth(1, 10);

    expect(await statementsFor(large, 10)).toBe(await statementsFor(small, 2));
  });

  it('costs a CUSTOMER caller who sees the changes through its dependencies as much for 2 as for 10', async () => {
    const small = await seedMonth(2, 2);
    const large = await seedMonth(3, 10);
    const customerId = randomUUID();
    await driver.deliver(
      ...[...small.serviceIds, ...large.serviceIds].map((serviceId) =>
        dependencyEvent('ADDED', { customerId, serviceId, criticality: 'HIGH' }),
      ),
    );
    const caller: TestCaller = { roles: ['CUSTOMER'], customerIds: [customerId] };

    expect(await statementsFor(large, 10, caller)).toBe(await statementsFor(small, 2, caller));
  });

  it("costs the changes on N customers' services one batch, whatever N", async () => {
    const statementsForCustomers = async (count: number) => {
      const customerIds = Array.from({ length: count }, () => randomUUID());
      for (const customerId of customerIds) {
        const serviceId = randomUUID();
        await driver.deliver(
          dependencyEvent('ADDED', { customerId, serviceId, criticality: 'LOW' }),
        );
        await driver.raise({ serviceIds: [serviceId] });
      }
      const before = driver.statementCount();
      const response = await driver.query(ANALYST, AFFECTING, {
        r: customerIds.map((id) => ({ __typename: 'Customer', id })),
      });
      expect(response.errors).toBeUndefined();
      expect(
        response.data!._entities.map((found: any) => found.affectingChangeRequests.length),
      ).toEqual(customerIds.map(() => 1));
      return driver.statementCount() - before;
    };

    expect(await statementsForCustomers(10)).toBe(await statementsForCustomers(2));
  });
});
