import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { SearchHits } from './SearchHits';

export const SEARCH_PAGE = graphql(`
  query SearchPage($text: String!) {
    search(text: $text, first: 50) {
      kind
      id
      caseId
      title
      context
      snippet {
        text
        match
      }
    }
  }
`);

/** What is searched for once typing pauses: fewer letters find too much to be useful. */
const MIN_LETTERS = 2;

/**
 * Search across the organization (`/search?q=`): as the member types, the families,
 * guardians, students, schools, cases, requests, answers, notes and contacts whose words start
 * with theirs, best first, each labelled with its kind and linked to where it is.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [typed] = useDebouncedValue(text.trim(), 250);

  // The header's box opens this page with ?q=: follow it when it changes.
  const q = params.get('q') ?? '';
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    // Only the typed text drives the address (not the address it just wrote).
    if (typed !== q) setParams(typed ? { q: typed } : {}, { replace: true });
  }, [typed]);

  const ready = typed.length >= MIN_LETTERS;
  const { data, previousData, loading, error } = useQuery(SEARCH_PAGE, {
    variables: { text: typed },
    skip: !ready,
  });
  const hits = (data ?? previousData)?.search;

  return (
    <Stack gap="lg" maw={860}>
      <Title order={2}>{t('search.title')}</Title>
      <TextInput
        type="search"
        label={t('search.label')}
        description={t('search.help')}
        maxLength={200}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-autofocus
      />
      {!ready ? null : error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : loading && !hits ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : hits && hits.length ? (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('search.count', { count: hits.length })}
          </Text>
          <SearchHits hits={hits} />
        </>
      ) : (
        <Text role="status">{t('search.none', { text: typed })}</Text>
      )}
    </Stack>
  );
}
