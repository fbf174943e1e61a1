import type { Caller } from './caller';
import { signCallerAssertion, verifyCallerAssertion } from './caller-assertion';
import { secretKey } from './configuration';

const key = secretKey('a-caller-signing-secret-of-32-characters');
const caller: Caller = { subject: 'rina', roles: ['ACCOUNT_MANAGER'], customerIds: [] };
const request = {
  audience: 'customer-portfolio',
  query: 'query Customer($id: ID!) { customer(id: $id) { name } }',
  variables: { id: '8b3c8a4e-0d4c-4a51-9f0b-6f1d2b8f3e11' },
};

async function verificationError(assertion: string | undefined, overrides = {}) {
  try {
    await verifyCallerAssertion(assertion, { ...request, ...overrides }, key);
  } catch (error) {
    return error as Error & { extensions: Record<string, unknown> };
  }
  throw new Error('verification succeeded');
}

describe('the caller assertion between gateway and subgraph', () => {
  afterEach(() => jest.useRealTimers());

  it('carries the caller to the subgraph the request was signed for', async () => {
    const assertion = await signCallerAssertion(caller, request, key);
    await expect(verifyCallerAssertion(assertion, request, key)).resolves.toEqual(caller);
  });

  it.each([
    ['no assertion', undefined, {}, /through the gateway/],
    ['another subgraph', 'sign', { audience: 'service-level' }, /"aud" claim/],
    ['another query', 'sign', { query: '{ customers { edges { cursor } } }' }, /does not match/],
    ['other variables', 'sign', { variables: { id: 'someone-else' } }, /does not match/],
  ])('is refused for %s', async (_case, assertion, overrides, message) => {
    const token = assertion && (await signCallerAssertion(caller, request, key));
    const error = await verificationError(token, overrides);
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(message);
  });

  it('is refused when signed with another secret', async () => {
    const forged = await signCallerAssertion(caller, request, secretKey('x'.repeat(40)));
    expect((await verificationError(forged)).message).toMatch(/signature verification failed/);
  });

  it('is accepted under the previous secret while a rotation is under way, and no other', async () => {
    const previous = secretKey('the-previous-caller-signing-secret-000000');
    const signedBefore = await signCallerAssertion(caller, request, previous);
    await expect(verifyCallerAssertion(signedBefore, request, key, previous)).resolves.toEqual(
      caller,
    );
    const signedAfter = await signCallerAssertion(caller, request, key);
    await expect(verifyCallerAssertion(signedAfter, request, key, previous)).resolves.toEqual(
      caller,
    );
    const stranger = await signCallerAssertion(caller, request, secretKey('y'.repeat(40)));
    await expect(verifyCallerAssertion(stranger, request, key, previous)).rejects.toThrow(
      /signature verification failed/,
    );
  });

  it('expires after 30 seconds, so a captured header cannot be replayed later', async () => {
    jest.useFakeTimers({ now: Date.now() - 60_000, doNotFake: ['nextTick', 'queueMicrotask'] });
    const old = await signCallerAssertion(caller, request, key);
    jest.useRealTimers();
    expect((await verificationError(old)).message).toMatch(/"exp" claim timestamp check failed/);
  });
});
