import {
  type DependencyChange,
  type DependencyFacts,
  replicate,
  type ReplicatedDependency,
  requiresSignOff,
  SIGN_OFF_CRITICALITIES,
} from './service-dependency';

const facts = (asOf: string, criticality: DependencyFacts['criticality'] = 'HIGH') => ({
  dependencyId: '11111111-1111-4111-8111-111111111111',
  customerId: '22222222-2222-4222-8222-222222222222',
  serviceId: '33333333-3333-4333-8333-333333333333',
  criticality,
  asOf: new Date(asOf),
});
const live = (asOf: string, criticality?: DependencyFacts['criticality']) => ({
  ...facts(asOf, criticality),
  removedAt: null,
});
const removed = (asOf: string) => ({ ...facts(asOf), removedAt: new Date(asOf) });

describe('which criticalities need a sign-off', () => {
  it.each([
    ['CRITICAL', true],
    ['HIGH', true],
    ['MEDIUM', false],
    ['LOW', false],
  ] as const)('%s: %s', (criticality, needed) => {
    expect(requiresSignOff(criticality)).toBe(needed);
  });

  it('are HIGH and above', () => {
    expect(SIGN_OFF_CRITICALITIES).toEqual(['CRITICAL', 'HIGH']);
  });
});

describe('replicating a dependency from events in any order', () => {
  it.each<[string, ReplicatedDependency | null, DependencyChange, DependencyFacts, unknown]>([
    [
      'an addition of an unknown one',
      null,
      'ADDED',
      facts('2026-03-01T10:00Z'),
      live('2026-03-01T10:00Z'),
    ],
    [
      'an update of an unknown one (its addition is late)',
      null,
      'UPDATED',
      facts('2026-03-01T11:00Z'),
      live('2026-03-01T11:00Z'),
    ],
    [
      'a removal of an unknown one (its addition is late)',
      null,
      'REMOVED',
      facts('2026-03-01T12:00Z'),
      removed('2026-03-01T12:00Z'),
    ],
    [
      'a newer update',
      live('2026-03-01T10:00Z'),
      'UPDATED',
      facts('2026-03-01T11:00Z', 'LOW'),
      live('2026-03-01T11:00Z', 'LOW'),
    ],
    [
      'an update of the same moment',
      live('2026-03-01T10:00Z'),
      'UPDATED',
      facts('2026-03-01T10:00Z', 'LOW'),
      live('2026-03-01T10:00Z', 'LOW'),
    ],
    [
      'an older update',
      live('2026-03-01T11:00Z'),
      'UPDATED',
      facts('2026-03-01T10:00Z', 'LOW'),
      null,
    ],
    [
      'the addition after an update',
      live('2026-03-01T11:00Z'),
      'ADDED',
      facts('2026-03-01T10:00Z', 'LOW'),
      null,
    ],
    [
      'a removal',
      live('2026-03-01T10:00Z'),
      'REMOVED',
      facts('2026-03-01T12:00Z'),
      removed('2026-03-01T12:00Z'),
    ],
    [
      'a removal older than the last update',
      live('2026-03-01T12:00Z'),
      'REMOVED',
      facts('2026-03-01T11:00Z'),
      removed('2026-03-01T11:00Z'),
    ],
    [
      'the addition after the removal',
      removed('2026-03-01T12:00Z'),
      'ADDED',
      facts('2026-03-01T10:00Z'),
      null,
    ],
    [
      'an update after the removal',
      removed('2026-03-01T12:00Z'),
      'UPDATED',
      facts('2026-03-01T13:00Z'),
      null,
    ],
    ['a second removal', removed('2026-03-01T12:00Z'), 'REMOVED', facts('2026-03-01T12:00Z'), null],
  ])('%s', (_case, current, change, incoming, expected) => {
    expect(replicate(current, change, incoming)).toEqual(expected);
  });
});
