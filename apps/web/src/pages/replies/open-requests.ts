import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** The most the api gives in one page; the organization's open requests rarely pass it. */
export const OPEN_REQUESTS_PAGE = 100;

/**
 * The organization's requests still waiting for the school: what a reply in triage can be
 * filed under, and where a sender's suggestion points. (The api has no search of requests by
 * words, so the select searches this page of them.)
 */
const OPEN_REQUESTS = graphql(`
  query OpenRequests($first: Int!) {
    writtenRequests(first: $first, filter: { status: [SENT, PARTIALLY_RESPONDED] }) {
      edges {
        node {
          id
          subject
          case {
            id
            family {
              householdName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export interface OpenRequest {
  id: string;
  subject: string;
  family: string;
}

export function useOpenRequests(skip = false) {
  const { data, loading, error } = useQuery(OPEN_REQUESTS, {
    variables: { first: OPEN_REQUESTS_PAGE },
    skip,
  });
  const requests: OpenRequest[] =
    data?.writtenRequests.edges.map(({ node }) => ({
      id: node.id,
      subject: node.subject,
      family: node.case.family.householdName,
    })) ?? [];
  return {
    requests,
    byId: new Map(requests.map((r) => [r.id, r])),
    more: Boolean(data?.writtenRequests.pageInfo.hasNextPage),
    loading,
    error,
  };
}
