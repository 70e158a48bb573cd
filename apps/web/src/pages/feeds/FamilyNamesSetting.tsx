import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FeedFamilyNames } from '../../gql/graphql';

const SAVE = graphql(`
  mutation SaveFeedFamilyNames($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      feedFamilyNames
    }
  }
`);

/** Admins: how every feed of the organization names a family (initials by default). */
export function FamilyNamesSetting({ current }: { current: FeedFamilyNames }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<FeedFamilyNames>(current);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SAVE, { refetchQueries: ['CalendarFeedPage'] });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="feed-family-names">
      <Stack gap="sm">
        <Title order={3} id="feed-family-names">
          {t('feeds.names.title')}
        </Title>
        <Radio.Group
          value={value}
          onChange={(next) => {
            setSaved(false);
            setValue(next as FeedFamilyNames);
          }}
          label={t('feeds.names.label')}
          description={t('feeds.names.help')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value={'INITIALS' satisfies FeedFamilyNames} label={t('feeds.names.INITIALS')} />
            <Radio
              value={'FULL_NAME' satisfies FeedFamilyNames}
              label={t('feeds.names.FULL_NAME')}
            />
          </Stack>
        </Radio.Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {saved && (
          <Text size="sm" role="status">
            {t('feeds.names.saved')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            loading={loading}
            disabled={value === current}
            onClick={async () => {
              setProblem(null);
              try {
                await save({ variables: { input: { feedFamilyNames: value } } });
                setSaved(true);
              } catch {
                setProblem(t('common.unexpected'));
              }
            }}
          >
            {t('feeds.names.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
