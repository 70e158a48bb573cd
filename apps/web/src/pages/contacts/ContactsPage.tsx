import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { ContactsQuery } from '../../gql/graphql';
import { useLanguageName } from './contact-choices';
import { useContactTitle } from './contact-title';

const PAGE_SIZE = 50;

// The case's student and title, not its family (one level less): the api's cost limit grows
// steeply with depth, and a page has fifty contacts.
const CONTACTS = graphql(`
  query Contacts($first: Int!, $after: String, $onCase: Boolean) {
    contactLog(first: $first, after: $after, onCase: $onCase) {
      edges {
        node {
          id
          party
          channel
          direction
          withWhom
          durationMinutes
          occurredAt
          language
          topics
          note
          guardian {
            name
          }
          case {
            id
            title
            student {
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
`);

/** Which contacts: all, those on a case, or the information-only ones on none (?on=). */
const FILTERS = { all: null, case: true, none: false } as const;
type Filter = keyof typeof FILTERS;

type Contact = ContactsQuery['contactLog']['edges'][number]['node'];

/**
 * The organization's contacts, newest first: who, how, when, in which language, about what,
 * and whose case — or none, the information-and-referral calls that are on no case's
 * timeline. The filter lives in the address, so a link can be shared.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const on = params.get('on');
  const filter: Filter = on === 'case' || on === 'none' ? on : 'all';
  const { data, loading, error, fetchMore } = useQuery(CONTACTS, {
    variables: { first: PAGE_SIZE, onCase: FILTERS[filter] },
    notifyOnNetworkStatusChange: true,
  });
  const contacts = data?.contactLog.edges.map((edge) => edge.node) ?? [];
  const more = () =>
    fetchMore({
      variables: { after: data?.contactLog.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        contactLog: {
          ...fetchMoreResult.contactLog,
          edges: [...previous.contactLog.edges, ...fetchMoreResult.contactLog.edges],
        },
      }),
    });

  return (
    <Stack>
      <Title order={2}>{t('contacts.title')}</Title>
      <Text size="sm">{t('contacts.intro')}</Text>
      <SegmentedControl
        aria-label={t('contacts.filter')}
        value={filter}
        onChange={(value) => setParams(value === 'all' ? {} : { on: value }, { replace: true })}
        data={(Object.keys(FILTERS) as Filter[]).map((value) => ({
          value,
          label: t(`contacts.filters.${value}`),
        }))}
        fullWidth
        style={{ maxWidth: 560 }}
      />
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : contacts.length === 0 ? (
        <Text c="dimmed">{t('contacts.empty')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('contacts.list')}
          aria-busy={loading}
        >
          {contacts.map((contact) => (
            <ContactLine key={contact.id} contact={contact} />
          ))}
        </Stack>
      )}
      {data?.contactLog.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void more()} loading={loading}>
          {t('contacts.more')}
        </Button>
      )}
    </Stack>
  );
}

/** One contact: its title, when and what about, whose case (or none), its note. */
function ContactLine({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const contactTitle = useContactTitle();
  const languageName = useLanguageName();
  const details = [
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(contact.occurredAt),
    ),
    languageName(contact.language),
    ...contact.topics.map((topic) => t(`contactLog.topic.${topic}`)),
  ];
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Text fw={600}>{contactTitle(contact, contact.guardian?.name)}</Text>
        <Text size="sm" c="dimmed">
          {details.join(' · ')}
        </Text>
        {contact.case ? (
          <Anchor component={Link} to={`/cases/${contact.case.id}`} size="sm">
            {t('contacts.onCase', {
              student: contact.case.student.name,
              title: contact.case.title,
            })}
          </Anchor>
        ) : (
          <Badge variant="outline" color="gray.8" tt="none" style={{ alignSelf: 'flex-start' }}>
            {t('contacts.noCase')}
          </Badge>
        )}
        {contact.note && (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {contact.note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
