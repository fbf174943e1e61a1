/** The GraphQL operations the integration tests send to continual-improvement. */
export const INITIATIVE_DETAIL = /* GraphQL */ `
  fragment InitiativeDetail on ImprovementInitiative {
    id
    title
    problemStatement
    source
    state
    priority
    owner
    dueDate
    overdue
    customer {
      id
    }
    services {
      id
    }
    agreements {
      id
    }
    measure {
      name
      unit
      direction
      baseline
      baselineAt
      target
      actual
      met
    }
    expectedBenefit {
      description
      value
    }
    realisedBenefit {
      description
      value
    }
    triggers {
      eventId
      eventType
      occurredAt
      summary
    }
    history {
      fromState
      toState
      reason
      actor
    }
  }
`;

/** A mutation taking `input` that answers with the initiative in detail. */
function initiativeMutation(field: string, inputType: string) {
  return /* GraphQL */ `
    mutation ($input: ${inputType}!) {
      ${field}(input: $input) {
        ...InitiativeDetail
      }
    }
    ${INITIATIVE_DETAIL}
  `;
}

export const IDENTIFY = initiativeMutation('identifyImprovement', 'IdentifyImprovementInput');
export const UPDATE = initiativeMutation('updateImprovement', 'UpdateImprovementInput');
export const ADVANCE = initiativeMutation('advanceImprovement', 'AdvanceImprovementInput');
export const RECORD_RESULT = initiativeMutation(
  'recordImprovementResult',
  'RecordImprovementResultInput',
);

export const INITIATIVE = /* GraphQL */ `
  query Initiative($id: ID!) {
    improvementInitiative(id: $id) {
      ...InitiativeDetail
    }
  }
  ${INITIATIVE_DETAIL}
`;

export const REGISTER = /* GraphQL */ `
  query Register($filter: ImprovementFilter, $first: Int, $after: String) {
    improvementInitiatives(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          state
          source
          priority
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const SUMMARY = /* GraphQL */ `
  query Summary {
    improvementSummary {
      total
      unfinished
      overdue
      validated
      byState {
        state
        count
      }
      bySource {
        source
        count
      }
      byPriority {
        priority
        count
      }
      expectedBenefitValue
      realisedBenefitValue
    }
  }
`;

export const SERIES = /* GraphQL */ `
  fragment Series on KpiSeries {
    granularity
    timeZone
    slaAttainment {
      periodStart
      targetsMeasured
      targetsMet
      targetsAtRisk
      targetsBreached
      attainmentPercent
    }
    satisfaction {
      periodStart
      surveys
      meanOverallGap
      meanNetPromoterScore
      dimensions {
        dimension
        meanGap
      }
    }
    complaints {
      periodStart
      complaints
      severeComplaints
      resolved
      meanHoursToResolve
      meanHoursToAcknowledge
    }
    changes {
      periodStart
      finished
      successful
      partial
      failed
      successRatePercent
    }
  }
`;

export const PORTFOLIO_KPIS = /* GraphQL */ `
  query PortfolioKpis($window: KpiWindowInput) {
    portfolioKpis(window: $window) {
      ...Series
    }
  }
  ${SERIES}
`;

/** KPIs and initiatives of services and customers, as the gateway asks for them. */
export const ENTITY_KPIS = /* GraphQL */ `
  query EntityKpis($r: [_Any!]!, $window: KpiWindowInput) {
    _entities(representations: $r) {
      ${['Service', 'Customer']
        .map(
          (typename) => `... on ${typename} {
        id
        kpis(window: $window) {
          ...Series
        }
      }`,
        )
        .join('\n')}
    }
  }
  ${SERIES}
`;

/** The initiatives of services and customers, in detail. */
export const ENTITY_IMPROVEMENTS = /* GraphQL */ `
  query EntityImprovements($r: [_Any!]!) {
    _entities(representations: $r) {
      ${['Service', 'Customer']
        .map(
          (typename) => `... on ${typename} {
        improvements {
          ...InitiativeDetail
        }
      }`,
        )
        .join('\n')}
    }
  }
  ${INITIATIVE_DETAIL}
`;
