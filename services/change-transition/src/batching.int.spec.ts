import { randomUUID } from 'node:crypto';
import { ANALYST, CHANGE_MANAGER, changeTransitionUnderTest, DOCUMENTS } from './change-test-kit';

const SCHEDULE_WITH_EVERYTHING = `query Q($from: DateTime!, $to: DateTime!) {
  changeSchedule(from: $from, to: $to) {
    changeRequests {
      reference customer { id } affectedServices { id } history { toState } approvals { approver }
      review { outcome } release { reference changeRequests { reference } acceptances { criteria } }
      conflicts { service { id } changeRequests { reference } } standardChangeModel { name }
    }
    conflicts { changeRequests { reference history { toState } } }
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
  };
}

async function statementsFor(range: { from: string; to: string }, expected: number) {
  const before = driver.statementCount();
  const response = await driver.query(ANALYST, SCHEDULE_WITH_EVERYTHING, range);
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
});
