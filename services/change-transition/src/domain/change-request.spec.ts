import {
  approvalDecisionSchema,
  changeReference,
  MAX_AFFECTED_SERVICES,
  followingModel,
  missingForSubmission,
  outcomesFor,
  raiseChangeRequestSchema,
  updateChangeRequestSchema,
} from './change-request';

const SERVICE_A = '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const SERVICE_B = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d';

const valid = {
  title: 'Upgrade the mail relay',
  description: 'Moves the relay to the new cluster.',
  type: 'NORMAL',
  customerId: '11111111-2222-4333-8444-555555555555',
  serviceIds: [SERVICE_A, SERVICE_B],
};

function serviceIds(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  );
}

describe('raiseChangeRequestSchema', () => {
  it('accepts a valid request and trims the title', () => {
    const draft = raiseChangeRequestSchema.parse({ ...valid, title: '  Upgrade  ' });
    expect(draft).toEqual({ ...valid, title: 'Upgrade' });
  });

  it.each([
    ['no description or customer', { description: undefined, customerId: undefined }],
    ['null description and customer', { description: null, customerId: null }],
    ['a description of 5000 characters', { description: 'x'.repeat(5000) }],
    ['a title of 200 characters', { title: 'x'.repeat(200) }],
    ['the most services allowed', { serviceIds: serviceIds(MAX_AFFECTED_SERVICES) }],
  ])('accepts %s', (_case, change) => {
    expect(raiseChangeRequestSchema.safeParse({ ...valid, ...change }).success).toBe(true);
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a description over 5000 characters', { description: 'x'.repeat(5001) }, 'description'],
    ['an unknown type', { type: 'URGENT' }, 'type'],
    ['a missing type', { type: undefined }, 'type'],
    ['a malformed customer id', { customerId: 'customer-1' }, 'customerId'],
    ['missing service ids', { serviceIds: undefined }, 'serviceIds'],
    ['no service ids', { serviceIds: [] }, 'serviceIds'],
    ['too many service ids', { serviceIds: serviceIds(MAX_AFFECTED_SERVICES + 1) }, 'serviceIds'],
    ['a repeated service id', { serviceIds: [SERVICE_A, SERVICE_A] }, 'serviceIds'],
    ['a malformed service id', { serviceIds: [SERVICE_A, 'not-an-id'] }, 'serviceIds.1'],
    ['a STANDARD change without a model', { type: 'STANDARD' }, 'standardChangeModelId'],
    ['a NORMAL change with a model', { standardChangeModelId: SERVICE_A }, 'standardChangeModelId'],
  ])('rejects %s', (_case, change, field) => {
    const result = raiseChangeRequestSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });
});

describe('changeReference', () => {
  it.each([
    ['1', 'CHG-000001'],
    ['42', 'CHG-000042'],
    ['999999', 'CHG-999999'],
    ['1000000', 'CHG-1000000'],
    ['9007199254740993', 'CHG-9007199254740993'],
  ])('formats number %s as %s', (number, reference) => {
    expect(changeReference(number)).toBe(reference);
  });
});

describe('updateChangeRequestSchema', () => {
  it('keeps only the fields given, and null clears one', () => {
    expect(updateChangeRequestSchema.parse({ testPlan: null, impact: 'LOW' })).toEqual({
      testPlan: null,
      impact: 'LOW',
    });
  });

  it.each([
    ['no field at all', {}, ''],
    ['a null title', { title: null }, 'title'],
    ['a blank backout plan', { backoutPlan: '  ' }, 'backoutPlan'],
    ['an unknown likelihood', { likelihood: 'CERTAIN' }, 'likelihood'],
  ])('refuses %s', (_case, input, field) => {
    expect(updateChangeRequestSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(field);
  });
});

describe('missingForSubmission', () => {
  const complete = {
    impact: 'LOW',
    urgency: 'LOW',
    likelihood: 'LOW',
    implementationPlan: 'Swap the relay.',
    backoutPlan: 'Swap it back.',
    testPlan: 'Send a mail.',
  };

  it('finds nothing missing in a complete request', () => {
    expect(missingForSubmission(complete)).toBeNull();
  });

  it.each(Object.keys(complete))('names a missing %s', (field) => {
    expect(missingForSubmission({ ...complete, [field]: null })).toBe(field);
  });
});

describe('approvalDecisionSchema', () => {
  it('takes an approval without a reason', () => {
    expect(approvalDecisionSchema.safeParse({ decision: 'APPROVED' }).success).toBe(true);
  });

  it('refuses a rejection without a reason, naming reason', () => {
    const result = approvalDecisionSchema.safeParse({ decision: 'REJECTED', reason: null });
    expect(result.error?.issues[0]?.path).toEqual(['reason']);
  });
});

describe('outcomesFor', () => {
  it('lets a failed change be reviewed only as failed', () => {
    expect(outcomesFor('FAILED')).toEqual(['FAILED']);
  });

  it('lets an implemented change be reviewed as anything', () => {
    expect(outcomesFor('IMPLEMENTED')).toEqual(['SUCCESSFUL', 'PARTIAL', 'FAILED']);
  });
});

describe('followingModel', () => {
  const model = {
    category: 'Security',
    impact: 'LOW',
    likelihood: 'MEDIUM',
    implementationPlan: 'Install it.',
    backoutPlan: 'Remove it.',
    testPlan: 'Check it.',
  } as const;

  it('fills what the draft leaves out, and keeps what it gives', () => {
    const draft = raiseChangeRequestSchema.parse({
      ...valid,
      type: 'STANDARD',
      standardChangeModelId: SERVICE_A,
      impact: 'HIGH',
      testPlan: 'Check it twice.',
    });
    expect(followingModel(draft, model)).toEqual({
      ...draft,
      category: 'Security',
      impact: 'HIGH',
      likelihood: 'MEDIUM',
      implementationPlan: 'Install it.',
      backoutPlan: 'Remove it.',
      testPlan: 'Check it twice.',
    });
  });
});
