import { Client } from 'pg';
import type { SubgraphName } from '@itsm/platform';
import type { GraphQLClient } from './graphql';

/** How much data the read scenarios run on. */
export interface SeedSize {
  customers: number;
  agreementsPerCustomer: number;
  changesPerCustomer: number;
  improvementsPerCustomer: number;
}

/** The size the issue names: 10k customers, 50k agreements, 100k changes. */
export const DEFAULT_SEED: SeedSize = {
  customers: 10_000,
  agreementsPerCustomer: 5,
  changesPerCustomer: 10,
  improvementsPerCustomer: 2,
};

/** A relationship manager's portfolio is one dashboard page. */
export const CUSTOMERS_PER_MANAGER = 20;
const SERVICES = 40;

export interface SeededData {
  size: SeedSize;
  managers: string[];
  serviceIds: string[];
}

export const managerName = (index: number) => `manager-${String(index).padStart(4, '0')}`;

/** The few records the rules must create (calendars and services) go through the gateway's
 * mutations; the bulk goes straight into each subgraph's database with set-based SQL,
 * which takes seconds where mutations would take an hour. Customers are numbered 1..n and
 * their ids derived from the number in every database, so the subgraphs agree on them. */
export async function seed(
  admin: GraphQLClient,
  databaseUrls: Record<SubgraphName, string>,
  size: SeedSize,
): Promise<SeededData> {
  const serviceIds = await seedCatalogue(admin);
  const managers = Math.ceil(size.customers / CUSTOMERS_PER_MANAGER);
  const parameters = { size, serviceIds, managers };
  await Promise.all([
    inDatabase(databaseUrls['customer-portfolio'], seedCustomers, parameters),
    inDatabase(databaseUrls['service-level'], seedAgreements, parameters),
    inDatabase(databaseUrls['change-transition'], seedChanges, parameters),
    inDatabase(databaseUrls['continual-improvement'], seedImprovements, parameters),
  ]);
  return {
    size,
    managers: Array.from({ length: managers }, (_, index) => managerName(index + 1)),
    serviceIds,
  };
}

async function seedCatalogue(admin: GraphQLClient): Promise<string[]> {
  const calendar = await admin.request<{ defineBusinessCalendar: { id: string } }>(
    /* GraphQL */ `
      mutation ($input: DefineBusinessCalendarInput!) {
        defineBusinessCalendar(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        name: 'Office hours, Amsterdam',
        timeZone: 'Europe/Amsterdam',
        workingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({
          weekday,
          start: '08:00',
          end: '18:00',
        })),
        holidays: [{ date: `${new Date().getUTCFullYear()}-12-25`, name: 'Christmas Day' }],
      },
    },
  );
  const ids: string[] = [];
  for (let index = 1; index <= SERVICES; index += 1) {
    const { registerService } = await admin.request<{ registerService: { id: string } }>(
      /* GraphQL */ `
        mutation ($input: RegisterServiceInput!) {
          registerService(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: `Service ${String(index).padStart(2, '0')}`,
          owner: 'service-owner',
          lifecycle: 'LIVE',
          // Half in office hours, half round the clock: both calendar paths are exercised.
          ...(index % 2 === 0 && { businessCalendarId: calendar.defineBusinessCalendar.id }),
        },
      },
    );
    ids.push(registerService.id);
  }
  return ids;
}

interface SeedParameters {
  size: SeedSize;
  serviceIds: string[];
  managers: number;
}

async function inDatabase(
  url: string,
  fill: (client: Client, parameters: SeedParameters) => Promise<void>,
  parameters: SeedParameters,
) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await fill(client, parameters);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** The id of customer number `n`, the same in every database. */
const CUSTOMER_ID = (n: string) => `md5('customer-' || ${n})::uuid`;
/** The service of the `n`th record: the catalogue's ids, passed as `$1`, in turn. */
const SERVICE_OF = (n: string) => `($1::uuid[])[1 + (${n}) % array_length($1::uuid[], 1)]`;

async function seedCustomers(client: Client, { size, managers }: SeedParameters) {
  await client.query(
    `INSERT INTO customer (id, code, name, segment, tier, status, account_manager, relationship_level)
     SELECT ${CUSTOMER_ID('n')}, 'C-' || lpad(n::text, 6, '0'), 'Customer ' || lpad(n::text, 6, '0'),
            (ARRAY['Retail', 'Finance', 'Health', 'Public'])[1 + n % 4],
            (ARRAY['STRATEGIC', 'KEY', 'STANDARD'])[1 + n % 3], 'ACTIVE',
            'manager-' || lpad((1 + (n - 1) % $1)::text, 4, '0'),
            (ARRAY['BASIC', 'REACTIVE', 'ACCOUNTABLE', 'PROACTIVE', 'PARTNERSHIP'])[1 + n % 5]
     FROM generate_series(1, $2) AS n`,
    [managers, size.customers],
  );
}

async function seedAgreements(client: Client, { size, serviceIds }: SeedParameters) {
  const agreements = size.customers * size.agreementsPerCustomer;
  // Agreement a belongs to customer 1 + (a - 1) / agreementsPerCustomer; most are in force.
  await client.query(
    `INSERT INTO agreement (id, name, type, status, customer_id, valid_from, valid_to, review_date)
     SELECT md5('agreement-' || a)::uuid, 'SLA ' || a, 'CUSTOMER_BASED',
            (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'UNDER_REVIEW', 'DRAFT'])[1 + a % 5],
            ${CUSTOMER_ID('1 + (a - 1) / $2')},
            now() - interval '90 days', now() + interval '1 year', now() + interval '6 months'
     FROM generate_series(1, $1) AS a`,
    [agreements, size.agreementsPerCustomer],
  );
  await client.query(
    `INSERT INTO agreement_service (agreement_id, service_id)
     SELECT md5('agreement-' || a)::uuid, ${SERVICE_OF('a')} FROM generate_series(1, $2) AS a`,
    [serviceIds, agreements],
  );
  // An availability target and a resolution time target per agreement, judged monthly.
  await client.query(
    `INSERT INTO service_level_target
       (agreement_id, metric, target_value, priority, compliance_percent,
        warning_threshold_percent, measurement_period)
     SELECT md5('agreement-' || a)::uuid, 'AVAILABILITY', 99.5, NULL, NULL, 75, 'MONTHLY'
     FROM generate_series(1, $1) AS a
     UNION ALL
     SELECT md5('agreement-' || a)::uuid, 'RESOLUTION_TIME', 480, 'P2', 90, 75, 'MONTHLY'
     FROM generate_series(1, $1) AS a`,
    [agreements],
  );
  // This month's measurements: an outage and tickets on every service.
  await client.query(
    `INSERT INTO outage (service_id, started_at, ended_at, description, recorded_by)
     SELECT id, date_trunc('month', now()) + interval '1 day',
            date_trunc('month', now()) + interval '1 day 45 minutes', 'Seeded outage', 'bench'
     FROM unnest($1::uuid[]) AS id`,
    [serviceIds],
  );
  // A ticket a month per agreement, raised by its customer on its service.
  await client.query(
    `INSERT INTO ticket_timing (reference, service_id, customer_id, priority, opened_at, responded_at, resolved_at, recorded_by)
     SELECT 'INC-' || t, ${SERVICE_OF('t')}, ${CUSTOMER_ID('1 + (t - 1) / $3')}, 'P2', opened,
            opened + interval '20 minutes', opened + (t % 12) * interval '1 hour', 'bench'
     FROM generate_series(1, $2) AS t,
          LATERAL (SELECT date_trunc('month', now()) + (t % 20) * interval '1 hour' AS opened) AS o`,
    [serviceIds, agreements, size.agreementsPerCustomer],
  );
}

async function seedChanges(client: Client, { size, serviceIds }: SeedParameters) {
  const changes = size.customers * size.changesPerCustomer;
  await client.query(
    `INSERT INTO change_request
       (id, title, description, type, state, customer_id, requested_by, category, impact,
        urgency, likelihood, implementation_plan, backout_plan, test_plan, planned_start, planned_end)
     SELECT md5('change-' || c)::uuid, 'Change ' || c, 'Seeded change', 'NORMAL', state,
            ${CUSTOMER_ID('1 + (c - 1) / $2')}, 'requester', 'Infrastructure', 'MEDIUM',
            'MEDIUM', 'LOW', 'Implement', 'Back out', 'Test',
            CASE WHEN state IN ('SCHEDULED', 'CLOSED') THEN now() + (c % 30) * interval '1 day' END,
            CASE WHEN state IN ('SCHEDULED', 'CLOSED') THEN now() + (c % 30) * interval '1 day' + interval '2 hours' END
     FROM generate_series(1, $1) AS c,
          LATERAL (SELECT (ARRAY['DRAFT', 'SUBMITTED', 'ASSESSED', 'AUTHORIZED', 'SCHEDULED', 'CLOSED'])[1 + c % 6] AS state) AS s`,
    [changes, size.changesPerCustomer],
  );
  await client.query(
    `INSERT INTO change_request_service (change_request_id, service_id)
     SELECT md5('change-' || c)::uuid, ${SERVICE_OF('c')} FROM generate_series(1, $2) AS c`,
    [serviceIds, changes],
  );
}

async function seedImprovements(client: Client, { size, serviceIds }: SeedParameters) {
  const improvements = size.customers * size.improvementsPerCustomer;
  await client.query(
    `INSERT INTO improvement_initiative (id, title, problem_statement, source, state, priority, owner, customer_id)
     SELECT md5('improvement-' || i)::uuid, 'Improvement ' || i, 'Seeded problem', 'MANUAL',
            (ARRAY['IDENTIFIED', 'ASSESSED', 'APPROVED', 'IN_PROGRESS'])[1 + i % 4],
            (ARRAY['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + i % 4], 'improvement-owner',
            ${CUSTOMER_ID('1 + (i - 1) / $2')}
     FROM generate_series(1, $1) AS i`,
    [improvements, size.improvementsPerCustomer],
  );
  await client.query(
    `INSERT INTO improvement_service (initiative_id, service_id)
     SELECT md5('improvement-' || i)::uuid, ${SERVICE_OF('i')} FROM generate_series(1, $2) AS i`,
    [serviceIds, improvements],
  );
}
