import { graphql } from '../../gql';

/** The whole report: the page shows every figure the api gives. */
export const OUTCOME_REPORT = graphql(`
  query OutcomeReport($range: ReportRangeInput!, $filter: OutcomeReportFilter) {
    outcomeReport(range: $range, filter: $filter) {
      range {
        from
        to
      }
      freshness {
        asOf
        replica
        requestsAwaitingRecompute
      }
      requests
      overdueNow
      requestsByTypeAndState {
        type
        state
        count
      }
      deadlines {
        decided
        answeredByDeadline
        share
        deferred
        refusedWithoutPwn
        setByHand
        setByHandAnsweredByDeadline
      }
      daysToFirstResponse {
        answered
        median
        p90
      }
      outcomes {
        outcome
        count
      }
      refusalReasons {
        reason
        count
      }
      districts {
        id
        name
        requests
        answered
        late
        deferred
        answeredByDeadlineShare
        medianDaysToFirstResponse
      }
      schools {
        id
        name
        requests
        answered
        late
        deferred
        answeredByDeadlineShare
        medianDaysToFirstResponse
      }
      followUps {
        followedUp
        answeredWithinFiveSchoolDays
        share
      }
      cases {
        opened
        resolved
        medianDaysToResolution
        byStatus {
          status
          count
        }
        outcomes {
          outcome
          count
        }
      }
      caseloadPerAdvocate {
        memberId
        name
        openCases
        openRequests
      }
    }
  }
`);

/** The filters' choices: districts with their schools, the members, for names. */
export const OUTCOME_CHOICES = graphql(`
  query OutcomeChoices {
    districts(first: 100) {
      edges {
        node {
          id
          name
          schools {
            id
            name
          }
        }
      }
    }
    members(first: 100) {
      edges {
        node {
          id
          role
          user {
            id
            name
          }
        }
      }
    }
  }
`);

/** Below this many, a share or a median says more about chance than about a school. */
export const TOO_FEW = 5;
