import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { FollowUpTemplates } from './FollowUpTemplates';
import { LetterTemplates } from './LetterTemplates';
import { LetterheadSetting } from './LetterheadSetting';

const TEMPLATES_PAGE = graphql(`
  query TemplatesPage {
    letterTemplates {
      requestType
      subject
      body
      isDefault
      updatedAt
    }
    mergeFields {
      name
      description
    }
    followUpTemplates {
      kind
      language
      subject
      body
      customized
    }
    followUpMergeFields {
      name
      description
    }
    organizationSettings {
      letterheadAddress
      letterheadPhone
      letterheadEmail
    }
    cases(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** Administration: the words of letters and follow-ups, previewed on real cases. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(TEMPLATES_PAGE, { skip: !isAdmin });
  if (!isAdmin) return <AdminsOnly says="policy.adminsOnly" />;
  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('policy.templates.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('policy.templates.intro')}
        </Text>
      </div>
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <Tabs defaultValue="letters" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="letters">{t('policy.templates.letters')}</Tabs.Tab>
            <Tabs.Tab value="followUps">{t('policy.templates.followUps')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="letters" pt="md">
            <LetterheadSetting current={data.organizationSettings} />
            <Title order={3} mb="sm" mt="md">
              {t('policy.templates.letters')}
            </Title>
            <LetterTemplates
              letters={data.letterTemplates}
              fields={data.mergeFields}
              cases={data.cases.edges.map((e) => e.node)}
            />
          </Tabs.Panel>
          <Tabs.Panel value="followUps" pt="md">
            <Title order={3} mb="sm">
              {t('policy.templates.followUps')}
            </Title>
            <FollowUpTemplates
              templates={data.followUpTemplates}
              fields={data.followUpMergeFields}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
