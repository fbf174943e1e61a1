import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@itsm/testkit';
import {
  MeasurementRepository,
  type MeasurementScope,
} from './repositories/measurement-repository';
import { serviceLevel } from './subgraph';
import { ANALYST, M, ok, serviceLevelClient, unique } from './testing/service-level-client';

/** What a page of customers costs service-level in SQL, compliance included: it must not
 * grow with the number of customers on the page. Every customer has an active agreement
 * with an availability and a resolution time target, on services with and without a
 * business calendar that have outages and tickets in the period judged. */

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(serviceLevel);
});
afterAll(() => subgraph.stop());

const { run, seedCalendar, seedService, seedAgreement, addTarget, support, activate } =
  serviceLevelClient((caller, query, variables) => subgraph.query(caller, query, variables));

const AT = '2026-03-20T12:00:00Z';

const CUSTOMERS_PAGE = /* GraphQL */ `
  query ($representations: [_Any!]!, $at: DateTime) {
    _entities(representations: $representations) {
      ... on Customer {
        agreements {
          name
          status
        }
        serviceLevelCompliance(at: $at) {
          activeAgreements
          targets
          met
          atRisk
          breached
        }
      }
    }
  }
`;

/** Customers, each under an active SLA on one of the services, with measurements. */
async function seedCustomers(count: number, serviceIds: string[]) {
  const customerIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const customerId = randomUUID();
    const serviceId = serviceIds[index % serviceIds.length]!;
    const agreement = await seedAgreement({
      type: 'CUSTOMER_BASED',
      customerId,
      serviceIds: [serviceId],
    });
    const availability = await addTarget(agreement.id, {
      metric: 'AVAILABILITY',
      targetValue: 99.5,
    });
    const resolution = await addTarget(agreement.id, {
      metric: 'RESOLUTION_TIME',
      targetValue: 480,
      priority: 'P2',
      compliancePercent: 90,
    });
    await support(availability.id, serviceId, { targetValue: 99.9 });
    await support(resolution.id, serviceId, { targetValue: 240, compliancePercent: 95 });
    await activate(agreement.id);
    ok(
      await run(M.recordTicket, {
        reference: unique('INC'),
        serviceId,
        customerId,
        priority: 'P2',
        openedAt: '2026-03-10T09:00:00Z',
        resolvedAt: '2026-03-10T11:00:00Z',
      }),
    );
    customerIds.push(customerId);
  }
  return customerIds;
}

async function statementsFor(customerIds: string[]) {
  const before = subgraph.running.statementCount();
  const response = await subgraph.query(ANALYST, CUSTOMERS_PAGE, {
    representations: customerIds.map((id) => ({ __typename: 'Customer', id })),
    at: AT,
  });
  const statements = subgraph.running.statementCount() - before;
  const customers = ok(response) as unknown as Record<string, any>[];
  expect(customers).toHaveLength(customerIds.length);
  for (const customer of customers) {
    expect(customer.agreements).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
    expect(customer.serviceLevelCompliance).toMatchObject({ activeAgreements: 1, targets: 2 });
  }
  return statements;
}

describe('a page of customers', () => {
  it('costs service-level as many SQL statements for 2 customers as for 8, compliance included', async () => {
    const calendar = await seedCalendar();
    const services = [(await seedService(calendar.id)).id, (await seedService()).id];
    for (const serviceId of services) {
      ok(
        await run(M.recordOutage, {
          serviceId,
          startedAt: '2026-03-09T10:00:00Z',
          endedAt: '2026-03-09T10:30:00Z',
        }),
      );
    }
    const few = await seedCustomers(2, services);
    const many = await seedCustomers(8, services);

    const forFew = await statementsFor(few);
    const forMany = await statementsFor(many);
    expect(forMany).toBe(forFew);
  });
});

describe('the measurements a page reads', () => {
  const MARCH = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') };

  async function ticket(serviceId: string, customerId: string | null, reference: string) {
    ok(
      await run(M.recordTicket, {
        reference,
        serviceId,
        ...(customerId && { customerId }),
        priority: 'P2',
        openedAt: '2026-03-10T09:00:00Z',
        resolvedAt: '2026-03-10T10:00:00Z',
      }),
    );
  }

  async function sample(serviceId: string, customerId: string | null, value: number) {
    ok(
      await run(M.recordSample, {
        serviceId,
        ...(customerId && { customerId }),
        metric: 'PERFORMANCE',
        value,
        observedAt: '2026-03-10T09:00:00Z',
      }),
    );
  }

  it("are a customer's own tickets, and its own and customerless samples, unless an agreement covers every customer", async () => {
    const serviceId = (await seedService()).id;
    const [paged, other] = [randomUUID(), randomUUID()];
    const [own, others, nobodys] = [unique('INC'), unique('INC'), unique('INC')];
    await ticket(serviceId, paged, own);
    await ticket(serviceId, other, others);
    await ticket(serviceId, null, nobodys);
    await sample(serviceId, paged, 1);
    await sample(serviceId, other, 2);
    await sample(serviceId, null, 3);
    const measurements = new MeasurementRepository(subgraph.running.dataSource.manager);
    const ofPaged: MeasurementScope = {
      everyCustomerOn: [],
      customersOn: { serviceIds: [serviceId], customerIds: [paged] },
    };
    const ofEveryone: MeasurementScope = {
      everyCustomerOn: [serviceId],
      customersOn: { serviceIds: [], customerIds: [] },
    };

    const references = async (scope: MeasurementScope) =>
      (await measurements.ticketsOpenedDuring(scope, MARCH)).map((found) => found.reference).sort();
    const values = async (scope: MeasurementScope) =>
      (await measurements.samplesDuring(scope, ['PERFORMANCE'], MARCH))
        .map((found) => found.value)
        .sort();

    expect(await references(ofPaged)).toEqual([own]);
    expect(await references(ofEveryone)).toEqual([own, others, nobodys].sort());
    expect(await values(ofPaged)).toEqual([1, 3]);
    expect(await values(ofEveryone)).toEqual([1, 2, 3]);
  });
});
