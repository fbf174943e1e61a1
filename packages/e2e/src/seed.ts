import type { TestCaller } from '@itsm/testkit';
import type { TestStack } from './stack';
import {
  DRAFT_AGREEMENT,
  IDENTIFY_IMPROVEMENT,
  RAISE_CHANGE_REQUEST,
  REGISTER_CUSTOMER,
  REGISTER_SERVICE,
} from './documents';

const ADMIN = { roles: ['ADMIN' as const] };

/** Runs a mutation as ADMIN and returns its single root field, failing loudly on errors. */
export async function mutate(stack: TestStack, document: string, input: Record<string, unknown>) {
  const response = await stack.query(ADMIN, document, { input });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0] as Record<string, string>;
}

/** Working hours from 08:00 to `end`, Monday to Friday, for a business calendar. */
export const officeHours = (end = '17:00') =>
  ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({
    weekday,
    start: '08:00',
    end,
  }));

/** Runs an operation as the caller and returns its data, failing on any error. */
export async function dataAs(
  stack: TestStack,
  caller: TestCaller,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await stack.query(caller, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors, null, 2));
  return response.data as Record<string, any>;
}

/** Runs the mutation `name`, whose one argument is `input` of `inputType`, as the caller,
 * and returns `fields` of its result. */
export async function mutateAs(
  stack: TestStack,
  caller: TestCaller,
  name: string,
  inputType: string,
  input: object,
  fields = 'id',
) {
  const query = `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`;
  return (await dataAs(stack, caller, query, { input }))[name];
}

/** A KEY customer with the given code, written through the gateway. */
export async function registerCustomer(stack: TestStack, code: string) {
  return mutate(stack, REGISTER_CUSTOMER, {
    code,
    name: `Toko ${code}`,
    tier: 'KEY',
    accountManager: 'rina.brm',
  });
}

export async function registerService(stack: TestStack, name: string) {
  return mutate(stack, REGISTER_SERVICE, {
    name,
    owner: 'Payments platform team',
    lifecycle: 'LIVE',
  });
}

/** One customer with an agreement, a change request and an improvement on `serviceId`,
 * each written through the gateway into its own subgraph. */
export async function seedCustomer(stack: TestStack, code: string, serviceId: string) {
  const customer = await mutate(stack, REGISTER_CUSTOMER, {
    code,
    name: `Marketplace ${code}`,
    segment: 'E-commerce',
    tier: 'KEY',
    accountManager: 'rina.brm',
  });
  await mutate(stack, DRAFT_AGREEMENT, {
    name: `${code} online payment SLA`,
    type: 'CUSTOMER_BASED',
    customerId: customer.id,
    serviceIds: [serviceId],
  });
  await mutate(stack, RAISE_CHANGE_REQUEST, {
    title: `Add e-wallet payments for ${code}`,
    type: 'NORMAL',
    customerId: customer.id,
    serviceIds: [serviceId],
  });
  await mutate(stack, IDENTIFY_IMPROVEMENT, {
    title: `Shorten payment settlement for ${code}`,
    problemStatement: 'Settlement takes two days; the customer expects one.',
    priority: 'MEDIUM',
    customerId: customer.id,
    serviceId,
  });
  return customer;
}
