import { startTestStack, type TestStack } from './stack';
import { CUSTOMER_PORTFOLIO_VIEW, SERVICE_VIEW } from './documents';
import { registerService, seedCustomer } from './seed';

describe('the federated graph through the gateway', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('joins what three subgraphs wrote onto the customers of a fourth', async () => {
    const payment = await registerService(stack, 'Online payment');
    const customer = await seedCustomer(stack, 'MKT-01', payment.id!);

    const response = await stack.query({ roles: ['ANALYST'] }, CUSTOMER_PORTFOLIO_VIEW, {
      first: 10,
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.customers.edges).toEqual([
      {
        node: {
          id: customer.id,
          code: 'MKT-01',
          agreements: [
            {
              name: 'MKT-01 online payment SLA',
              status: 'DRAFT',
              services: [{ name: 'Online payment' }],
            },
          ],
          changeRequests: [
            {
              reference: expect.stringMatching(/^CHG-\d{6}$/),
              title: 'Add e-wallet payments for MKT-01',
              affectedServices: [{ name: 'Online payment' }],
            },
          ],
          improvements: [
            {
              title: 'Shorten payment settlement for MKT-01',
              source: 'MANUAL',
              service: { name: 'Online payment' },
            },
          ],
        },
      },
    ]);
  });

  it('extends Service with the changes and improvements that concern it', async () => {
    const service = await registerService(stack, 'Merchant onboarding');
    await seedCustomer(stack, 'MKT-02', service.id!);

    const response = await stack.query({ roles: ['ANALYST'] }, SERVICE_VIEW, { id: service.id });

    expect(response.errors).toBeUndefined();
    expect(response.data!.service).toEqual({
      name: 'Merchant onboarding',
      changeRequests: [{ reference: expect.stringMatching(/^CHG-/) }],
      improvements: [{ title: 'Shorten payment settlement for MKT-02' }],
    });
  });
});
