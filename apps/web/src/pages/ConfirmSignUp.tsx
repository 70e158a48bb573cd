import { Alert, Anchor, Center, Loader, Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { graphql } from '../gql';

const CONFIRM = graphql(`
  mutation ConfirmSignUp($token: String!) {
    confirmSignUp(token: $token) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

/** The link of the sign-up email: creates the account and the organization, then signs in. */
export function ConfirmSignUp() {
  const { t } = useTranslation();
  const { status, startWith } = useAuth();
  const [params] = useSearchParams();
  const [confirm] = useMutation(CONFIRM);
  const [failed, setFailed] = useState(false);
  // The link works once: React's double effects in development must not spend it twice.
  const tried = useRef(false);
  const token = params.get('token');

  useEffect(() => {
    if (tried.current || !token) return;
    tried.current = true;
    confirm({ variables: { token } })
      .then((result) => {
        if (result.data) startWith(result.data.confirmSignUp);
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  }, [confirm, startWith, token]);

  if (status === 'signedIn' && !failed) return <Navigate to="/settings/start" replace />;
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w="100%" maw={480} component="main">
        <Stack>
          <Title order={1} size="h2">
            {t('signUp.confirmTitle')}
          </Title>
          {failed || !token ? (
            <>
              <Alert color="red" role="alert">
                {t('signUp.linkUnusable')}
              </Alert>
              <Anchor component={Link} to="/sign-in">
                {t('signUp.toSignIn')}
              </Anchor>
              <Anchor component={Link} to="/sign-up">
                {t('signUp.again')}
              </Anchor>
            </>
          ) : (
            <Loader role="status" aria-label={t('common.loading')} />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
