import { Alert, Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { request } from '../graphql';
import { CASES } from '../operations';

interface CaseItem {
  id: string;
  title: string;
  student: { name: string };
}

/** The family's cases; with only one (the usual), straight to it. */
export function HomePage() {
  const { t } = useTranslation();
  const [cases, setCases] = useState<CaseItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    request<{ portalCases: CaseItem[] }>(CASES)
      .then((data) => setCases(data.portalCases))
      .catch(() => setFailed(true));
  }, []);

  if (failed)
    return (
      <Alert color="red" role="alert">
        {t('app.unexpected')}
      </Alert>
    );
  if (!cases) return <Loader role="status" aria-label={t('app.loading')} />;
  const [only] = cases;
  if (cases.length === 1 && only) return <Navigate to={`/cases/${only.id}`} replace />;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      {cases.length === 0 && <Text>{t('home.none')}</Text>}
      {cases.map((c) => (
        <Paper withBorder p="md" key={c.id}>
          <Anchor component={Link} to={`/cases/${c.id}`} fw={600}>
            {c.student.name}: {c.title}
          </Anchor>
        </Paper>
      ))}
    </Stack>
  );
}
