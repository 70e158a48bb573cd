import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { errorCode, fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';

const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

/**
 * The link of an invitation email: a newcomer gives a name and a password and has an account;
 * someone who already has one gives its password. Either way they join the organization and
 * are signed in to it.
 */
export function AcceptInvitation() {
  const { t } = useTranslation();
  const { status, startWith } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [accept] = useMutation(ACCEPT);
  const [problem, setProblem] = useState<string | null>(null);
  const [unusable, setUnusable] = useState(!token);
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: { password: (v) => (v ? null : t('invitation.passwordRequired')) },
  });

  const [joined, setJoined] = useState(false);
  // Someone signed in already may accept too (with their password): only the acceptance
  // made here leads on to the console.
  if (joined && status === 'signedIn') return <Navigate to="/" replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await accept({
        variables: {
          input: {
            token: token ?? '',
            password: values.password,
            name: values.name.trim() || undefined,
          },
        },
      });
      if (result.data) {
        startWith(result.data.acceptInvitation);
        setJoined(true);
      }
    } catch (error) {
      const fields = fieldErrorsByPath(error);
      if (fields['token']) setUnusable(true);
      else if (fields['name'] || fields['password']) {
        form.setErrors({
          ...(fields['name'] ? { name: t('invitation.nameNeeded') } : {}),
          ...(fields['password'] ? { password: fields['password'] } : {}),
        });
      } else if (errorCode(error) === 'UNAUTHENTICATED') setProblem(t('invitation.wrongPassword'));
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w="100%" maw={480} component="main">
        <Stack>
          <Title order={1} size="h2">
            {t('invitation.title')}
          </Title>
          {unusable ? (
            <>
              <Alert color="red" role="alert">
                {t('invitation.linkUnusable')}
              </Alert>
              <Anchor component={Link} to="/sign-in">
                {t('signUp.toSignIn')}
              </Anchor>
            </>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack>
                <Text>{t('invitation.intro')}</Text>
                {problem && (
                  <Alert color="red" role="alert">
                    {problem}
                  </Alert>
                )}
                <TextInput
                  label={t('invitation.name')}
                  description={t('invitation.nameHelp')}
                  autoComplete="name"
                  {...form.getInputProps('name')}
                />
                <PasswordInput
                  label={t('invitation.password')}
                  description={t('invitation.passwordHelp')}
                  required
                  autoComplete="new-password"
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={form.submitting}>
                  {t('invitation.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
