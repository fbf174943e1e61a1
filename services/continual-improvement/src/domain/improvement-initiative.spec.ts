import { type DomainError, parseInput } from '@itsm/platform';
import {
  identifyImprovementSchema,
  manualInitiative,
  recordResultSchema,
  updateImprovementSchema,
} from './improvement-initiative';

const required = {
  title: 'Cut repeat SLA breaches on the payroll service',
  problemStatement: 'Three breaches in a quarter, all from manual failover.',
  priority: 'HIGH',
};
const ID = '0b9e7d35-1f2c-4a8e-b6d4-5c3a2e1f0d98';
const measure = {
  name: 'Payroll availability',
  unit: 'PERCENT',
  direction: 'HIGHER_IS_BETTER',
  baseline: 98.7,
  target: 99.5,
};
const valid = {
  ...required,
  owner: 'Dana Ortiz',
  customerId: '7d6c2f4e-4b0a-4c3e-9a51-2f0e8b1d9c77',
  serviceId: '0b9e7d35-1f2c-4a8e-b6d4-5c3a2e1f0d98',
};

function fieldAtFault(
  input: unknown,
  schema: Parameters<typeof parseInput>[0] = identifyImprovementSchema,
): string | undefined {
  try {
    parseInput(schema, input);
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
    ['a malformed id among the services', { serviceIds: ['42'] }, 'input.serviceIds.0'],
    ['a service named twice', { serviceIds: [ID, ID] }, 'input.serviceIds'],
    ['a malformed agreement id', { agreementIds: ['SLA-1'] }, 'input.agreementIds.0'],
    ['a due date that is not a date', { dueDate: '31/12/2026' }, 'input.dueDate'],
    ['a due date that does not exist', { dueDate: '2026-02-30' }, 'input.dueDate'],
    ['a measure without a name', { measure: { ...measure, name: ' ' } }, 'input.measure.name'],
    [
      'a measure of unknown direction',
      { measure: { ...measure, direction: 'UP' } },
      'input.measure.direction',
    ],
    [
      'a measure without a target',
      { measure: { ...measure, target: undefined } },
      'input.measure.target',
    ],
    [
      'an infinite baseline',
      { measure: { ...measure, baseline: Infinity } },
      'input.measure.baseline',
    ],
    [
      'a negative expected benefit',
      { expectedBenefit: { description: 'x', value: -1 } },
      'input.expectedBenefit.value',
    ],
    [
      'a blank benefit',
      { expectedBenefit: { description: '' } },
      'input.expectedBenefit.description',
    ],
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
  it("records the source as MANUAL, joining the first API's serviceId to serviceIds", () => {
    const otherService = '6b1e7d35-1f2c-4a8e-b6d4-5c3a2e1f0d98';
    const identification = parseInput(identifyImprovementSchema, {
      ...valid,
      serviceIds: [otherService, valid.serviceId],
      dueDate: '2026-06-30',
      measure,
      expectedBenefit: { description: 'Fewer penalties', value: 12000 },
    });
    expect(manualInitiative(identification)).toEqual({
      title: valid.title,
      problemStatement: valid.problemStatement,
      priority: valid.priority,
      owner: valid.owner,
      customerId: valid.customerId,
      source: 'MANUAL',
      serviceIds: [otherService, valid.serviceId],
      agreementIds: [],
      dueDate: '2026-06-30',
      measure: { ...measure, baselineAt: null },
      expectedBenefit: { description: 'Fewer penalties', value: 12000 },
      ruleKey: null,
    });
  });

  it('stores absent optional fields as null', () => {
    const identification = parseInput(identifyImprovementSchema, required);
    expect(manualInitiative(identification)).toMatchObject({
      owner: null,
      customerId: null,
      serviceIds: [],
      agreementIds: [],
      dueDate: null,
      measure: null,
      expectedBenefit: null,
    });
  });
});

describe('updateImprovementSchema', () => {
  it('keeps what is left out and clears what is null', () => {
    expect(parseInput(updateImprovementSchema, { id: ID, owner: null, priority: 'LOW' })).toEqual({
      id: ID,
      owner: null,
      priority: 'LOW',
    });
  });

  it.each([
    ['nothing to change', { id: ID }, 'input.id'],
    ['a malformed id', { id: 'CSI-1', priority: 'LOW' }, 'input.id'],
    ['a null title', { id: ID, title: null }, 'input.title'],
    ['a blank problem statement', { id: ID, problemStatement: ' ' }, 'input.problemStatement'],
    ['a null priority', { id: ID, priority: null }, 'input.priority'],
  ])('refuses %s, naming the field', (_case, input, field) => {
    expect(fieldAtFault(input, updateImprovementSchema)).toBe(field);
  });
});

describe('recordResultSchema', () => {
  it.each([
    ['a missing actual', { id: ID }, 'input.actual'],
    ['a NaN actual', { id: ID, actual: NaN }, 'input.actual'],
    [
      'a blank realised benefit',
      { id: ID, actual: 1, realisedBenefit: { description: ' ' } },
      'input.realisedBenefit.description',
    ],
  ])('refuses %s, naming the field', (_case, input, field) => {
    expect(fieldAtFault(input, recordResultSchema)).toBe(field);
  });
});
