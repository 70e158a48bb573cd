import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CalendarFeedKind } from '../../gql/graphql';

const REVOKE = graphql(`
  mutation RevokeCalendarFeed($kind: CalendarFeedKind!) {
    revokeCalendarFeed(kind: $kind) {
      kind
      active
      revokedAt
    }
  }
`);

/** Revoke, after a confirmation that says what it does: calendars stop updating. */
export function RevokeFeed({ kind, onRevoked }: { kind: CalendarFeedKind; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(REVOKE, { refetchQueries: ['CalendarFeedPage'] });
  const close = () => {
    setOpened(false);
    setProblem(null);
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('feeds.revoke.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('feeds.revoke.title')}
      >
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text>{t('feeds.revoke.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('feeds.revoke.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={loading}
              onClick={async () => {
                setProblem(null);
                try {
                  await revoke({ variables: { kind } });
                  onRevoked();
                  close();
                } catch {
                  setProblem(t('common.unexpected'));
                }
              }}
            >
              {t('feeds.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
