import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveRole } from '../../auth/useActiveRole';
import type { SearchPageQuery } from '../../gql/graphql';

type Hit = SearchPageQuery['search'][number];

/** Where a hit opens: its case; a school's page (admins); the contact log; else nowhere. */
function linkOf(hit: Hit, isAdmin: boolean): string | null {
  if (hit.caseId) return `/cases/${hit.caseId}`;
  if (hit.kind === 'SCHOOL') return isAdmin ? `/settings/schools/${hit.id}` : null;
  if (hit.kind === 'CONTACT') return '/contacts';
  return null;
}

/** The snippet as text, the matched words in <mark>: never HTML from the server. */
function Snippet({ parts }: { parts: Hit['snippet'] }) {
  return (
    <Text size="sm">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </Text>
  );
}

/** The hits, best first, each with its kind, where it belongs and the words that matched. */
export function SearchHits({ hits }: { hits: Hit[] }) {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  return (
    <Stack gap="sm" component="ol" p={0} style={{ listStyle: 'none' }}>
      {hits.map((hit) => {
        const to = linkOf(hit, isAdmin);
        const title = hit.title || t(`search.kind.${hit.kind}`);
        return (
          <Card key={`${hit.kind}-${hit.id}`} withBorder padding="sm" component="li">
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t(`search.kind.${hit.kind}`)}
              </Badge>
              {to ? (
                <Anchor component={Link} to={to} fw={600}>
                  {title}
                </Anchor>
              ) : (
                <Text fw={600}>{title}</Text>
              )}
            </Group>
            {hit.context && (
              <Text size="sm" c="dimmed">
                {hit.context}
              </Text>
            )}
            <Snippet parts={hit.snippet} />
          </Card>
        );
      })}
    </Stack>
  );
}
