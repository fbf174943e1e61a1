import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '@itsm/testkit';
import {
  ADMIN,
  ANALYST,
  customerCaller,
  eventNamesOf,
  eventsOf,
  expectBadInput,
  MANAGER,
  mutationOf,
  READ_ONLY_ROLES,
  refused,
  registerCustomer,
  startPortfolio,
  succeed,
} from './portfolio-test-kit';

const CONTACT_FIELDS = /* GraphQL */ `
  fragment ContactFields on Contact {
    id
    name
    email
    phone
    jobTitle
    roles
    removedAt
    customer {
      id
    }
  }
`;

const ADD_CONTACT = mutationOf('addContact', 'AddContactInput', CONTACT_FIELDS);

const UPDATE_CONTACT = mutationOf('updateContact', 'UpdateContactInput', CONTACT_FIELDS);

const REMOVE_CONTACT = /* GraphQL */ `
  mutation RemoveContact($input: RemoveContactInput!) {
    removeContact(input: $input) {
      id
      contacts {
        name
      }
    }
  }
`;

/** "Who decides for this customer, and who uses the service?" */
const STAKEHOLDERS = /* GraphQL */ `
  query Stakeholders($id: ID!) {
    customer(id: $id) {
      contacts {
        name
      }
      stakeholders {
        decisionMakers {
          name
        }
        sponsors {
          name
        }
        keyUsers {
          name
        }
        users {
          name
        }
        billing {
          name
        }
      }
    }
  }
`;

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startPortfolio();
});
afterAll(() => subgraph.stop());

async function addContact(customerId: string, contact: Record<string, unknown>) {
  return succeed(subgraph, MANAGER, ADD_CONTACT, { input: { customerId, ...contact } });
}

async function contactNames(customerId: string): Promise<string[]> {
  const customer = await succeed(subgraph, ANALYST, STAKEHOLDERS, { id: customerId });
  return customer.contacts.map(({ name }: { name: string }) => name);
}

describe('addContact', () => {
  it('adds a contact with several roles and answers who decides and who uses', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const budi = await addContact(customer.id, {
      name: ' Budi Santoso ',
      email: ' Budi@Toko.Example ',
      phone: '+62 21 555-0100',
      jobTitle: 'Head of payments',
      roles: ['KEY_USER', 'USER', 'BILLING'],
    });
    expect(budi).toEqual({
      id: expect.any(String),
      name: 'Budi Santoso',
      email: 'budi@toko.example',
      phone: '+62 21 555-0100',
      jobTitle: 'Head of payments',
      roles: ['KEY_USER', 'USER', 'BILLING'],
      removedAt: null,
      customer: { id: customer.id },
    });
    await addContact(customer.id, { name: 'Ani', roles: ['USER'] });

    const read = await succeed(subgraph, ANALYST, STAKEHOLDERS, { id: customer.id });
    expect(read).toEqual({
      contacts: [{ name: 'Ani' }, { name: 'Budi Santoso' }, { name: 'Sari Wijaya' }],
      stakeholders: {
        decisionMakers: [{ name: 'Sari Wijaya' }],
        sponsors: [{ name: 'Sari Wijaya' }],
        keyUsers: [{ name: 'Budi Santoso' }],
        users: [{ name: 'Ani' }, { name: 'Budi Santoso' }],
        billing: [{ name: 'Budi Santoso' }],
      },
    });
    const added = (await eventsOf(subgraph, customer.id)).at(-2)!;
    expect(added).toMatchObject({
      type: 'itsm.customer-portfolio.customer.contact-added.v1',
      data: { contactId: budi.id, roles: ['KEY_USER', 'USER', 'BILLING'], actor: 'rina.brm' },
    });
  });

  it('refuses a second current contact with the same email, in any letter case', async () => {
    const customer = await registerCustomer(subgraph);
    await addContact(customer.id, { name: 'Ani', email: 'ani@toko.example', roles: ['USER'] });
    const response = await subgraph.query(MANAGER, ADD_CONTACT, {
      input: { customerId: customer.id, name: 'Ani 2', email: 'ANI@toko.example', roles: ['USER'] },
    });
    expect(refused(response, 'CONFLICT').extensions!.field).toBe('input.email');
    expect(await contactNames(customer.id)).toEqual(['Ani']);
  });

  it.each([
    ['a blank name', 'input.name', { name: ' ' }],
    ['a name over 200 characters', 'input.name', { name: 'n'.repeat(201) }],
    ['a malformed email', 'input.email', { email: 'ani@' }],
    ['a phone with letters', 'input.phone', { phone: 'call me' }],
    ['a blank job title', 'input.jobTitle', { jobTitle: '' }],
    ['no roles', 'input.roles', { roles: [] }],
    ['a role twice', 'input.roles', { roles: ['USER', 'USER'] }],
    ['a malformed customer id', 'input.customerId', { customerId: 'MKT-01' }],
    ['a NUL character', 'input.name', { name: 'A\u0000ni' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(MANAGER, ADD_CONTACT, {
      input: { customerId: customer.id, name: 'Ani', roles: ['USER'], ...change },
    });
    expectBadInput(response, field);
    expect(await contactNames(customer.id)).toEqual([]);
  });

  it('reports an unknown customer as NOT_FOUND on input.customerId', async () => {
    const response = await subgraph.query(MANAGER, ADD_CONTACT, {
      input: { customerId: randomUUID(), name: 'Ani', roles: ['USER'] },
    });
    expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.customerId');
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      ADD_CONTACT,
      { input: { customerId: customer.id, name: 'Ani', roles: ['USER'] } },
    );
    refused(response, 'FORBIDDEN');
    expect(await contactNames(customer.id)).toEqual([]);
  });
});

describe('updateContact', () => {
  it('changes what is given; roles given replace the roles', async () => {
    const customer = await registerCustomer(subgraph);
    const ani = await addContact(customer.id, {
      name: 'Ani',
      phone: '021 555 0101',
      roles: ['USER'],
    });
    const updated = await succeed(subgraph, ADMIN, UPDATE_CONTACT, {
      input: { id: ani.id, roles: ['SPONSOR', 'KEY_USER'], phone: null, jobTitle: 'CFO' },
    });
    expect(updated).toMatchObject({
      name: 'Ani',
      phone: null,
      jobTitle: 'CFO',
      roles: ['SPONSOR', 'KEY_USER'],
    });
    expect((await eventNamesOf(subgraph, customer.id)).at(-1)).toBe('customer.contact-updated');
  });

  it('refuses to take the role of the last decision maker of an ACTIVE customer', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const [sari] = customer.contacts;
    const response = await subgraph.query(MANAGER, UPDATE_CONTACT, {
      input: { id: sari!.id, roles: ['SPONSOR'] },
    });
    const error = refused(response, 'CONFLICT');
    expect(error.message).toContain('must keep at least one DECISION_MAKER');
    expect(error.extensions).toMatchObject({ currentState: 'ACTIVE' });

    // With a second decision maker, the first may step down.
    await addContact(customer.id, { name: 'Dewi', roles: ['DECISION_MAKER'] });
    const stepped = await succeed(subgraph, MANAGER, UPDATE_CONTACT, {
      input: { id: sari!.id, roles: ['SPONSOR'] },
    });
    expect(stepped.roles).toEqual(['SPONSOR']);
  });

  it('lets a PROSPECT go without a decision maker', async () => {
    const customer = await registerCustomer(subgraph, {
      contacts: [{ name: 'Sari', roles: ['DECISION_MAKER'] }],
    });
    const updated = await succeed(subgraph, MANAGER, UPDATE_CONTACT, {
      input: { id: customer.contacts[0]!.id, roles: ['USER'] },
    });
    expect(updated.roles).toEqual(['USER']);
  });

  it.each([
    ['a null name', 'input.name', { name: null }],
    ['null roles', 'input.roles', { roles: null }],
    ['no roles', 'input.roles', { roles: [] }],
    ['a malformed email', 'input.email', { email: 'nobody' }],
    ['a malformed id', 'input.id', { id: 'contact-1' }],
  ])('refuses %s with BAD_USER_INPUT on %s', async (_, field, change) => {
    const customer = await registerCustomer(subgraph);
    const ani = await addContact(customer.id, { name: 'Ani', roles: ['USER'] });
    const response = await subgraph.query(MANAGER, UPDATE_CONTACT, {
      input: { id: ani.id, ...change },
    });
    expectBadInput(response, field);
    expect(await eventNamesOf(subgraph, customer.id)).toEqual([
      'customer.registered',
      'customer.contact-added',
    ]);
  });

  it('reports an unknown contact as NOT_FOUND on input.id', async () => {
    const response = await subgraph.query(MANAGER, UPDATE_CONTACT, {
      input: { id: randomUUID(), name: 'Ghost' },
    });
    expect(refused(response, 'NOT_FOUND').extensions!.field).toBe('input.id');
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const ani = await addContact(customer.id, { name: 'Ani', roles: ['USER'] });
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      UPDATE_CONTACT,
      { input: { id: ani.id, name: 'Mallory' } },
    );
    refused(response, 'FORBIDDEN');
    expect(await contactNames(customer.id)).toEqual(['Ani']);
  });
});

describe('removeContact', () => {
  it('removes a contact from the lists, and frees its email', async () => {
    const customer = await registerCustomer(subgraph);
    const ani = await addContact(customer.id, {
      name: 'Ani',
      email: 'ani@toko.example',
      roles: ['USER'],
    });
    const after = await succeed(subgraph, MANAGER, REMOVE_CONTACT, { input: { id: ani.id } });
    expect(after).toEqual({ id: customer.id, contacts: [] });
    await addContact(customer.id, {
      name: 'Ani (new)',
      email: 'ani@toko.example',
      roles: ['USER'],
    });
    expect(await contactNames(customer.id)).toEqual(['Ani (new)']);
    expect((await eventNamesOf(subgraph, customer.id)).slice(1)).toEqual([
      'customer.contact-added',
      'customer.contact-removed',
      'customer.contact-added',
    ]);

    const again = await subgraph.query(MANAGER, REMOVE_CONTACT, { input: { id: ani.id } });
    expect(refused(again, 'NOT_FOUND').extensions!.field).toBe('input.id');
  });

  it('refuses to remove the last decision maker of an ACTIVE customer', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const response = await subgraph.query(MANAGER, REMOVE_CONTACT, {
      input: { id: customer.contacts[0]!.id },
    });
    expect(refused(response, 'CONFLICT').message).toContain(
      `Customer ${customer.code} is ACTIVE and must keep at least one DECISION_MAKER`,
    );
    expect(await contactNames(customer.id)).toEqual(['Sari Wijaya']);
  });

  it('lets only one of two decision makers go when both are removed at once', async () => {
    const customer = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const dewi = await addContact(customer.id, { name: 'Dewi', roles: ['DECISION_MAKER'] });
    const responses = await Promise.all(
      [customer.contacts[0]!.id, dewi.id].map((id) =>
        subgraph.query(MANAGER, REMOVE_CONTACT, { input: { id } }),
      ),
    );
    const codes = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
    expect(await contactNames(customer.id)).toHaveLength(1);
  });

  it.each(READ_ONLY_ROLES)('refuses the role %s with FORBIDDEN', async (role) => {
    const customer = await registerCustomer(subgraph);
    const ani = await addContact(customer.id, { name: 'Ani', roles: ['USER'] });
    const response = await subgraph.query(
      { roles: [role], customerIds: [customer.id] },
      REMOVE_CONTACT,
      { input: { id: ani.id } },
    );
    refused(response, 'FORBIDDEN');
    expect(await contactNames(customer.id)).toEqual(['Ani']);
  });
});

describe('a CUSTOMER caller', () => {
  it('sees the contacts of its own customer, and no other customer at all', async () => {
    const mine = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const theirs = await registerCustomer(subgraph, { status: 'ACTIVE' });
    const caller = customerCaller(mine.id);

    const own = await succeed(subgraph, caller, STAKEHOLDERS, { id: mine.id });
    expect(own.stakeholders.decisionMakers).toEqual([{ name: 'Sari Wijaya' }]);
    const other = await subgraph.query(caller, STAKEHOLDERS, { id: theirs.id });
    refused(other, 'NOT_FOUND');
  });
});
