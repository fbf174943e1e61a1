import type { NewImprovementInitiative } from '../improvement-initiative';
import { decide, type Evidence, type OpenInitiative, type RuleFinding } from './rule-decision';

const evidence = (eventId: string): Evidence => ({
  eventId,
  eventType: 'itsm.test.thing.happened.v1',
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  summary: eventId,
});

const measure = (baseline: number, at: string) => ({
  name: 'Availability',
  unit: 'PERCENT',
  direction: 'HIGHER_IS_BETTER' as const,
  baseline,
  target: 99.5,
  baselineAt: new Date(at),
});

function finding(overrides: Partial<NewImprovementInitiative> = {}, opens = true): RuleFinding {
  return {
    opens,
    evidence: [evidence('e2')],
    initiative: {
      title: 'T',
      problemStatement: 'P',
      source: 'SLA_BREACH',
      priority: 'MEDIUM',
      owner: null,
      customerId: null,
      serviceIds: ['s1'],
      agreementIds: [],
      dueDate: null,
      measure: measure(98, '2026-02-01T00:00:00Z'),
      expectedBenefit: null,
      ...overrides,
      ruleKey: 'KEY',
    },
  };
}

const open: OpenInitiative = {
  id: 'i1',
  state: 'IDENTIFIED',
  source: 'SLA_BREACH',
  priority: 'MEDIUM',
  measure: measure(97, '2026-01-01T00:00:00Z'),
  serviceIds: ['s1'],
  triggerEventIds: new Set(['e1']),
};

const extend = {
  kind: 'extend',
  initiativeId: 'i1',
  evidence: [evidence('e2')],
  addServiceIds: [],
  escalateTo: null,
  source: null,
  baseline: { baseline: 98, baselineAt: new Date('2026-02-01T00:00:00Z') },
};

describe('decide', () => {
  it.each<[string, RuleFinding | null, OpenInitiative | null, object]>([
    ['nothing without a finding', null, open, { kind: 'none' }],
    [
      'to open when none is unfinished',
      finding(),
      null,
      { kind: 'open', initiative: finding().initiative, evidence: [evidence('e2')] },
    ],
    ['nothing when the finding may only join', finding({}, false), null, { kind: 'none' }],
    ['to extend with new evidence', finding(), open, extend],
    [
      'nothing when every piece of evidence is attached',
      finding(),
      { ...open, triggerEventIds: new Set(['e2']) },
      { kind: 'none' },
    ],
    [
      'to escalate to a higher priority',
      finding({ priority: 'CRITICAL' }),
      open,
      { ...extend, escalateTo: 'CRITICAL' },
    ],
    [
      'never to lower the priority',
      finding({ priority: 'LOW' }),
      { ...open, priority: 'HIGH' },
      extend,
    ],
    [
      'to name services it did not name yet',
      finding({ serviceIds: ['s1', 's2'] }),
      open,
      { ...extend, addServiceIds: ['s2'] },
    ],
    [
      'to keep the baseline when the evidence is older',
      finding({ measure: measure(90, '2025-12-01T00:00:00Z') }),
      open,
      { ...extend, baseline: null },
    ],
    [
      'to keep the baseline once the initiative is assessed',
      finding(),
      { ...open, state: 'ASSESSED' },
      { ...extend, baseline: null },
    ],
    [
      'to keep a measure the manager renamed',
      finding(),
      { ...open, measure: { ...open.measure!, name: 'Uptime' } },
      { ...extend, baseline: null },
    ],
    [
      'to name a REVIEW initiative for a change failure',
      finding({ source: 'CHANGE_FAILURE', measure: null }),
      { ...open, source: 'REVIEW' },
      { ...extend, source: 'CHANGE_FAILURE', baseline: null },
    ],
    [
      'to keep a CHANGE_FAILURE initiative so named when a review joins',
      finding({ source: 'REVIEW', measure: null }),
      { ...open, source: 'CHANGE_FAILURE' },
      { ...extend, baseline: null },
    ],
  ])('decides %s', (_case, given, unfinished, expected) => {
    expect(decide(given, unfinished)).toEqual(expected);
  });
});
