import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { eventOf, KafkaTransport, serializeEvent, targetBreached } from '@itsm/events';
import { createLogger } from '@itsm/platform';
import { eventually, type TestCaller, testKafkaSettings } from '@itsm/testkit';
import { REGISTER_SERVICE } from './documents';
import { startTestStack, type TestStack } from './stack';

/**
 * The seeds' case study, run by a business relationship manager through the gateway: a
 * C2C mobile marketplace whose checkout moves from offline to online payment. Set
 * E2E_TRANSCRIPT to a file path to keep the session's operations and responses.
 */

const RINA: TestCaller = { roles: ['ACCOUNT_MANAGER'], subject: 'rina.brm' };
const SAM: TestCaller = { roles: ['SERVICE_LEVEL_MANAGER'], subject: 'sam.slm' };

const REGISTER_CUSTOMER = /* GraphQL */ `
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      code
      name
      status
      relationshipLevel
    }
  }
`;

const ADD_CONTACT = /* GraphQL */ `
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
      name
      roles
    }
  }
`;

const UPDATE_CUSTOMER = /* GraphQL */ `
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      status
      tier
      predictedAnnualValue {
        amount
        currency
      }
    }
  }
`;

const CHANGE_LEVEL = /* GraphQL */ `
  mutation ChangeRelationshipLevel($input: ChangeRelationshipLevelInput!) {
    changeRelationshipLevel(input: $input) {
      relationshipLevel
      relationshipHistory {
        fromLevel
        toLevel
        reason
        changedBy
      }
    }
  }
`;

const WHO_DECIDES = /* GraphQL */ `
  query WhoDecides($id: ID!) {
    customer(id: $id) {
      name
      stakeholders {
        decisionMakers {
          name
          jobTitle
        }
        sponsors {
          name
        }
        keyUsers {
          name
        }
        billing {
          name
        }
      }
    }
  }
`;

const DEFINE_OBJECTIVE = /* GraphQL */ `
  mutation DefineObjective($input: DefineObjectiveInput!) {
    defineObjective(input: $input) {
      id
      status
    }
  }
`;

const AGREE_OBJECTIVE = /* GraphQL */ `
  mutation AgreeObjective($input: AgreeObjectiveInput!) {
    agreeObjective(input: $input) {
      title
      measure
      target
      dueDate
      status
      agreedBy {
        name
      }
    }
  }
`;

const ADD_DEPENDENCY = /* GraphQL */ `
  mutation AddServiceDependency($input: AddServiceDependencyInput!) {
    addServiceDependency(input: $input) {
      criticality
      userCount
      service {
        name
        lifecycle
      }
    }
  }
`;

const DEPENDENT_CUSTOMERS = /* GraphQL */ `
  query ImpactOfAChange($id: ID!) {
    service(id: $id) {
      name
      dependentCustomers {
        customer {
          code
          name
        }
        criticality
        userCount
        businessProcess
      }
    }
  }
`;

const IDENTIFY_OPPORTUNITY = /* GraphQL */ `
  mutation IdentifyOpportunity($input: IdentifyOpportunityInput!) {
    identifyOpportunity(input: $input) {
      id
      state
      allowedTransitions
    }
  }
`;

const ADVANCE_OPPORTUNITY = /* GraphQL */ `
  mutation AdvanceOpportunity($input: AdvanceOpportunityInput!) {
    advanceOpportunity(input: $input) {
      state
      allowedTransitions
    }
  }
`;

const SIGN_OFF_OPPORTUNITY = /* GraphQL */ `
  mutation SignOffOpportunity($input: SignOffOpportunityInput!) {
    signOffOpportunity(input: $input) {
      state
      signedOffBy {
        name
      }
      allowedTransitions
    }
  }
`;

const OPPORTUNITY = /* GraphQL */ `
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      title
      state
      estimatedCost {
        amount
        currency
      }
      service {
        name
      }
      signedOffBy {
        name
      }
      history {
        fromState
        toState
        actor
        note
      }
    }
  }
`;

const RECORD_SURVEY = /* GraphQL */ `
  mutation RecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) {
      id
      service {
        name
      }
      dimensions {
        dimension
        expectation
        perception
        gap
      }
      overallGap
      netPromoterScore
    }
  }
`;

const LOG_FEEDBACK = /* GraphQL */ `
  mutation LogFeedback($input: LogFeedbackInput!) {
    logFeedback(input: $input) {
      id
      status
      severity
      acknowledgeBy
    }
  }
`;

const feedbackStep = (name: string, inputType: string) => /* GraphQL */ `
  mutation ${name[0]!.toUpperCase()}${name.slice(1)}($input: ${inputType}!) {
    ${name}(input: $input) {
      status
      timeToAcknowledgeSeconds
      timeToResolveSeconds
    }
  }
`;

const HEALTH = /* GraphQL */ `
  query CustomerHealth($id: ID!) {
    customer(id: $id) {
      name
      health {
        score
        rating
        satisfaction {
          score
          weight
          explanation
        }
        complaints {
          score
          weight
          unresolved
          explanation
        }
        slaBreaches {
          score
          weight
          breaches {
            metric
            service {
              name
            }
            ofCustomerAgreement
          }
          explanation
        }
      }
    }
  }
`;

const CUSTOMER_PORTAL = /* GraphQL */ `
  query CustomerPortal($id: ID!) {
    customer(id: $id) {
      name
      contacts {
        name
      }
      latestSurvey {
        overallGap
      }
      health {
        score
      }
    }
    feedbackItems(first: 10) {
      edges {
        node {
          summary
          status
        }
      }
    }
  }
`;

interface Exchange {
  caller: string;
  operation: string;
  variables: Record<string, unknown>;
  response: unknown;
}

describe('a relationship manager runs the marketplace account through the gateway', () => {
  let stack: TestStack;
  const transcript: Exchange[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ kafka: true });
  });
  afterAll(async () => {
    await stack.stop();
    const path = process.env.E2E_TRANSCRIPT;
    if (path) writeFileSync(path, JSON.stringify(transcript, null, 2));
  });

  /** Runs an operation as the caller, keeps it in the transcript, and returns its data. */
  async function as(caller: TestCaller, operation: string, variables: Record<string, unknown>) {
    const response = await stack.query(caller, operation, variables);
    transcript.push({
      caller: `${caller.subject ?? 'tester'} (${caller.roles.join(', ')})`,
      operation: operation.trim(),
      variables,
      response: { data: response.data, ...(response.errors && { errors: response.errors }) },
    });
    return response;
  }

  async function run(caller: TestCaller, operation: string, variables: Record<string, unknown>) {
    const response = await as(caller, operation, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as any;
  }

  it('from registration to the health score', async () => {
    const service = await run(SAM, REGISTER_SERVICE, {
      input: {
        name: 'ShopeePay online payment',
        owner: 'Payments platform team',
        lifecycle: 'LIVE',
      },
    });

    const customer = await run(RINA, REGISTER_CUSTOMER, {
      input: {
        code: 'SHOPEE-ID',
        name: 'Shopee Indonesia',
        segment: 'C2C mobile marketplace',
        tier: 'STRATEGIC',
        accountManager: 'rina.brm',
        relationshipLevel: 'REACTIVE',
      },
    });
    expect(customer).toMatchObject({ status: 'PROSPECT', relationshipLevel: 'REACTIVE' });

    const contacts: Record<string, { id: string }> = {};
    for (const contact of [
      { name: 'Dewi Lestari', jobTitle: 'VP Payments', roles: ['DECISION_MAKER'] },
      { name: 'Arif Nugroho', jobTitle: 'Chief Operating Officer', roles: ['SPONSOR'] },
      { name: 'Putri Ayu', jobTitle: 'Checkout product lead', roles: ['KEY_USER', 'USER'] },
      { name: 'Bambang Susilo', email: 'ap@marketplace.example', roles: ['BILLING'] },
    ]) {
      contacts[contact.name] = await run(RINA, ADD_CONTACT, {
        input: { customerId: customer.id, ...contact },
      });
    }
    expect(
      await run(RINA, UPDATE_CUSTOMER, {
        input: {
          id: customer.id,
          status: 'ACTIVE',
          predictedAnnualValue: { amount: 4800000000, currency: 'IDR' },
        },
      }),
    ).toMatchObject({ status: 'ACTIVE' });
    const level = await run(RINA, CHANGE_LEVEL, {
      input: {
        customerId: customer.id,
        level: 'PROACTIVE',
        reason: 'Monthly service reviews with the payments team agreed',
      },
    });
    expect(level.relationshipHistory.map(({ toLevel }: any) => toLevel)).toEqual([
      'REACTIVE',
      'PROACTIVE',
    ]);
    expect((await run(RINA, WHO_DECIDES, { id: customer.id })).stakeholders).toEqual({
      decisionMakers: [{ name: 'Dewi Lestari', jobTitle: 'VP Payments' }],
      sponsors: [{ name: 'Arif Nugroho' }],
      keyUsers: [{ name: 'Putri Ayu' }],
      billing: [{ name: 'Bambang Susilo' }],
    });

    const objective = await run(RINA, DEFINE_OBJECTIVE, {
      input: {
        customerId: customer.id,
        title: 'Move checkout from offline to online payment',
        measure: 'Share of orders paid online at checkout',
        target: 'at least 60 %',
        dueDate: '2026-12-31',
      },
    });
    expect(
      await run(RINA, AGREE_OBJECTIVE, {
        input: { id: objective.id, contactId: contacts['Dewi Lestari']!.id },
      }),
    ).toMatchObject({ status: 'AGREED', agreedBy: { name: 'Dewi Lestari' } });

    expect(
      await run(RINA, ADD_DEPENDENCY, {
        input: {
          customerId: customer.id,
          serviceId: service.id,
          criticality: 'CRITICAL',
          userCount: 2500,
          businessProcess: 'Checkout and refunds',
        },
      }),
    ).toEqual({
      criticality: 'CRITICAL',
      userCount: 2500,
      service: { name: 'ShopeePay online payment', lifecycle: 'LIVE' },
    });
    expect(await run(SAM, DEPENDENT_CUSTOMERS, { id: service.id })).toEqual({
      name: 'ShopeePay online payment',
      dependentCustomers: [
        {
          customer: { code: 'SHOPEE-ID', name: 'Shopee Indonesia' },
          criticality: 'CRITICAL',
          userCount: 2500,
          businessProcess: 'Checkout and refunds',
        },
      ],
    });

    const opportunity = await run(RINA, IDENTIFY_OPPORTUNITY, {
      input: {
        customerId: customer.id,
        title: 'Pay with the e-wallet balance at checkout',
        requirement: 'Buyers pay from their e-wallet balance without leaving the app.',
        expectedBenefit: 'Faster checkout and fewer abandoned carts.',
        estimatedCost: { amount: 750000000, currency: 'IDR' },
        desiredOutcome: 'Half of online payments come from the e-wallet within a year.',
        serviceId: service.id,
      },
    });
    await run(RINA, ADVANCE_OPPORTUNITY, {
      input: { id: opportunity.id, state: 'ASSESSED', note: 'Fits the payment platform roadmap' },
    });
    const early = await as(RINA, ADVANCE_OPPORTUNITY, {
      input: { id: opportunity.id, state: 'APPROVED' },
    });
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'ASSESSED',
      allowedStates: ['REJECTED'],
    });
    expect(
      await run(RINA, SIGN_OFF_OPPORTUNITY, {
        input: { id: opportunity.id, contactId: contacts['Dewi Lestari']!.id },
      }),
    ).toMatchObject({ allowedTransitions: ['APPROVED', 'REJECTED'] });
    await run(RINA, ADVANCE_OPPORTUNITY, { input: { id: opportunity.id, state: 'APPROVED' } });
    await run(RINA, ADVANCE_OPPORTUNITY, {
      input: { id: opportunity.id, state: 'IN_PORTFOLIO', note: 'Chartered as a release' },
    });
    expect(await run(RINA, OPPORTUNITY, { id: opportunity.id })).toMatchObject({
      state: 'IN_PORTFOLIO',
      service: { name: 'ShopeePay online payment' },
      signedOffBy: { name: 'Dewi Lestari' },
      history: [
        { fromState: 'IDENTIFIED', toState: 'ASSESSED' },
        { fromState: 'ASSESSED', toState: 'APPROVED' },
        { fromState: 'APPROVED', toState: 'IN_PORTFOLIO' },
      ],
    });

    const survey = await run(RINA, RECORD_SURVEY, {
      input: {
        customerId: customer.id,
        serviceId: service.id,
        respondentContactId: contacts['Putri Ayu']!.id,
        conductedAt: new Date(Date.now() - 86_400_000).toISOString(),
        scores: [
          { dimension: 'TANGIBLES', expectation: 4.2, perception: 4.4 },
          { dimension: 'RELIABILITY', expectation: 4.9, perception: 3.8 },
          { dimension: 'RESPONSIVENESS', expectation: 4.6, perception: 3.9 },
          { dimension: 'ASSURANCE', expectation: 4.5, perception: 4.3 },
          { dimension: 'EMPATHY', expectation: 4.0, perception: 4.1 },
        ],
        netPromoterScore: 18,
      },
    });
    expect(survey.overallGap).toBe(-0.34);

    const complaint = await run(RINA, LOG_FEEDBACK, {
      input: {
        customerId: customer.id,
        type: 'COMPLAINT',
        severity: 'HIGH',
        serviceId: service.id,
        contactId: contacts['Putri Ayu']!.id,
        summary: 'Refunds to the e-wallet take three days during sales',
        // Putri phoned it in three hours ago; the response times count from then.
        receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      },
    });
    await run(RINA, feedbackStep('acknowledgeFeedback', 'AcknowledgeFeedbackInput'), {
      input: { id: complaint.id },
    });
    await run(RINA, feedbackStep('resolveFeedback', 'ResolveFeedbackInput'), {
      input: { id: complaint.id, resolution: 'Refund settlement now runs hourly' },
    });
    const closed = await run(RINA, feedbackStep('closeFeedback', 'CloseFeedbackInput'), {
      input: { id: complaint.id },
    });
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeToAcknowledgeSeconds).toBeGreaterThanOrEqual(3 * 3600);
    expect(closed.timeToResolveSeconds).toBeGreaterThanOrEqual(closed.timeToAcknowledgeSeconds);
    await run(RINA, LOG_FEEDBACK, {
      input: {
        customerId: customer.id,
        type: 'COMPLAINT',
        severity: 'MEDIUM',
        serviceId: service.id,
        summary: 'Payment page slow on older phones',
      },
    });

    // service-level reports a breach of the customer's availability target, as it will once
    // it evaluates targets; until then this test publishes the agreed event itself.
    const serviceLevel = new KafkaTransport(
      testKafkaSettings('service-level', stack.topicPrefix),
      createLogger('service-level', 'silent'),
    );
    const targetId = randomUUID();
    const now = new Date();
    await serviceLevel.publish([
      serializeEvent(
        eventOf(targetBreached, targetId, {
          targetId,
          agreementId: randomUUID(),
          customerId: customer.id,
          serviceId: service.id,
          metric: 'AVAILABILITY',
          unit: 'PERCENT',
          targetValue: 99.9,
          measuredValue: 99.2,
          status: 'BREACHED',
          errorBudgetConsumedPercent: 800,
          periodStart: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
          periodEnd: now.toISOString(),
          evaluatedAt: now.toISOString(),
        }),
      ).record,
    ]);
    await serviceLevel.stop();
    await eventually(async () => {
      const response = await stack.query(RINA, HEALTH, { id: customer.id });
      expect(response.data!.customer.health.slaBreaches.breaches).toHaveLength(1);
    });

    const health = (await run(RINA, HEALTH, { id: customer.id })).health;
    expect(health).toMatchObject({
      // 92 × 0.4 + 90 × 0.3 + 75 × 0.3 = 86.3.
      score: 86,
      rating: 'HEALTHY',
      satisfaction: { score: 92 },
      complaints: { score: 90, unresolved: 1 },
      slaBreaches: {
        score: 75,
        breaches: [
          {
            metric: 'AVAILABILITY',
            service: { name: 'ShopeePay online payment' },
            ofCustomerAgreement: true,
          },
        ],
      },
    });

    // The customer's own people see their account, without the provider's internal view.
    const portal = await as(
      { roles: ['CUSTOMER'], subject: 'putri@marketplace.example', customerIds: [customer.id] },
      CUSTOMER_PORTAL,
      { id: customer.id },
    );
    expect(portal.data!.customer).toMatchObject({
      name: 'Shopee Indonesia',
      latestSurvey: { overallGap: -0.34 },
      health: null,
    });
    expect(portal.data!.customer.contacts).toHaveLength(4);
    expect(portal.data!.feedbackItems.edges.map(({ node }: any) => node.status)).toEqual([
      'OPEN',
      'CLOSED',
    ]);
    expect(portal.errors!.map(({ path, extensions }) => [path, extensions!.code])).toEqual([
      [['customer', 'health'], 'FORBIDDEN'],
    ]);
  });
});
