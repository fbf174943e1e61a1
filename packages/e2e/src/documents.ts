/** The operations the end-to-end tests send through the gateway. */
export const REGISTER_CUSTOMER = /* GraphQL */ `
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      code
      name
      tier
      status
    }
  }
`;

export const REGISTER_SERVICE = /* GraphQL */ `
  mutation RegisterService($input: RegisterServiceInput!) {
    registerService(input: $input) {
      id
      name
    }
  }
`;

export const DRAFT_AGREEMENT = /* GraphQL */ `
  mutation DraftAgreement($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      id
      status
    }
  }
`;

export const RAISE_CHANGE_REQUEST = /* GraphQL */ `
  mutation RaiseChangeRequest($input: RaiseChangeRequestInput!) {
    raiseChangeRequest(input: $input) {
      id
      reference
      state
    }
  }
`;

export const IDENTIFY_IMPROVEMENT = /* GraphQL */ `
  mutation IdentifyImprovement($input: IdentifyImprovementInput!) {
    identifyImprovement(input: $input) {
      id
      state
      source
    }
  }
`;

/** A relationship manager's view: customers with what the other three subgraphs know. */
export const CUSTOMER_PORTFOLIO_VIEW = /* GraphQL */ `
  query CustomerPortfolioView($first: Int) {
    customers(first: $first) {
      edges {
        node {
          id
          code
          agreements {
            name
            status
            services {
              name
            }
          }
          changeRequests {
            reference
            title
            affectedServices {
              name
            }
          }
          improvements {
            title
            source
            service {
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const SERVICE_VIEW = /* GraphQL */ `
  query ServiceView($id: ID!) {
    service(id: $id) {
      name
      changeRequests {
        reference
      }
      improvements {
        title
      }
    }
  }
`;

export const RECORD_OUTAGE = /* GraphQL */ `
  mutation RecordOutage($input: RecordOutageInput!) {
    recordOutage(input: $input) {
      id
    }
  }
`;

export const SERVICE_IMPROVEMENTS = /* GraphQL */ `
  query ServiceImprovements($id: ID!) {
    service(id: $id) {
      name
      improvements {
        source
        priority
        triggers {
          eventId
          eventType
        }
      }
    }
  }
`;
