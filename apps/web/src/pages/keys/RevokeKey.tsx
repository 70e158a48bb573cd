import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { ApiKey } from './KeyList';

const REVOKE = graphql(`
  mutation RevokeReportingApiKey($id: ID!) {
    revokeReportingApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Revoke, after a confirmation that says what it does; a refusal shown in the dialog. */
export function RevokeKey({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(REVOKE, { refetchQueries: ['ApiKeysPage'] });
  const close = () => {
    setOpened(false);
    setProblem(null);
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('keys.revoke.who', { name: apiKey.name })}
      >
        {t('keys.revoke.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('keys.revoke.title', { name: apiKey.name })}
      >
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text>{t('keys.revoke.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('keys.revoke.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={loading}
              onClick={async () => {
                setProblem(null);
                try {
                  await revoke({ variables: { id: apiKey.id } });
                  close();
                } catch (error) {
                  const code = errorCode(error);
                  setProblem(
                    code === 'CONFLICT' || code === 'NOT_FOUND'
                      ? t('keys.revoke.gone')
                      : t('common.unexpected'),
                  );
                }
              }}
            >
              {t('keys.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
