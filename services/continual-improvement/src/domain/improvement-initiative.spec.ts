import { type DomainError, parseInput } from '@itsm/platform';
import { identifyImprovementSchema, manualInitiative } from './improvement-initiative';

const required = {
  title: 'Cut repeat SLA breaches on the payroll service',
  problemStatement: 'Three breaches in a quarter, all from manual failover.',
  priority: 'HIGH',
};
const valid = {
  ...required,
  owner: 'Dana Ortiz',
  customerId: '7d6c2f4e-4b0a-4c3e-9a51-2f0e8b1d9c77',
  serviceId: '0b9e7d35-1f2c-4a8e-b6d4-5c3a2e1f0d98',
};

function fieldAtFault(input: unknown): string | undefined {
  try {
    parseInput(identifyImprovementSchema, input);
    return undefined;
  } catch (error) {
    return (error as DomainError).extensions.field as string;
  }
}

describe('identifyImprovementSchema', () => {
  it.each([
    ['a missing title', { title: undefined }, 'input.title'],
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'input.title'],
    ['a missing problem statement', { problemStatement: undefined }, 'input.problemStatement'],
    ['a blank problem statement', { problemStatement: ' \n ' }, 'input.problemStatement'],
    [
      'a problem statement over 5000 characters',
      { problemStatement: 'x'.repeat(5001) },
      'input.problemStatement',
    ],
    ['a missing priority', { priority: undefined }, 'input.priority'],
    ['an unknown priority', { priority: 'URGENT' }, 'input.priority'],
    ['a blank owner', { owner: '  ' }, 'input.owner'],
    ['an owner over 200 characters', { owner: 'x'.repeat(201) }, 'input.owner'],
    ['a malformed customer id', { customerId: 'customer-1' }, 'input.customerId'],
    ['a malformed service id', { serviceId: '42' }, 'input.serviceId'],
  ])('rejects %s, naming the field', (_case, change, field) => {
    expect(fieldAtFault({ ...valid, ...change })).toBe(field);
  });

  it('trims the texts and accepts the longest allowed values', () => {
    const parsed = parseInput(identifyImprovementSchema, {
      ...valid,
      title: ` ${'t'.repeat(200)} `,
      problemStatement: ` ${'p'.repeat(5000)} `,
      owner: ` ${'o'.repeat(200)} `,
    });
    expect(parsed.title).toBe('t'.repeat(200));
    expect(parsed.problemStatement).toBe('p'.repeat(5000));
    expect(parsed.owner).toBe('o'.repeat(200));
  });

  it.each([
    ['omitted', {}],
    ['null', { owner: null, customerId: null, serviceId: null }],
  ])('accepts owner, customer and service when %s', (_case, change) => {
    expect(fieldAtFault({ ...required, ...change })).toBeUndefined();
  });
});

describe('manualInitiative', () => {
  it('records the source as MANUAL', () => {
    const identification = parseInput(identifyImprovementSchema, valid);
    expect(manualInitiative(identification)).toEqual({ ...valid, source: 'MANUAL' });
  });

  it('stores absent optional fields as null', () => {
    const identification = parseInput(identifyImprovementSchema, required);
    expect(manualInitiative(identification)).toMatchObject({
      owner: null,
      customerId: null,
      serviceId: null,
    });
  });
});
