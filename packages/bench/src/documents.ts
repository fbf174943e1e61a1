/** The dashboard of a relationship manager: a page of the manager's customers, each with
 * its agreements and their compliance, its changes and its improvements. */
export const DASHBOARD = /* GraphQL */ `
  query RelationshipManagerDashboard($manager: String!) {
    customers(filter: { accountManager: $manager }, first: 20) {
      edges {
        node {
          id
          code
          name
          tier
          relationshipLevel
          agreements {
            id
            name
            status
            validTo
          }
          serviceLevelCompliance {
            activeAgreements
            targets
            met
            atRisk
            breached
            compliancePercent
          }
          changeRequests {
            reference
            title
            state
            plannedStart
          }
          improvements {
            title
            state
            priority
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
