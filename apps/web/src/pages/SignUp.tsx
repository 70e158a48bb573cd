import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { errorCode, fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';
import { US_STATES } from '../us-states';

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

/** The zones this browser knows, the browser's own first; UTC where the list is missing. */
function timeZones(): { zones: string[]; mine: string } {
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return { zones: [...new Set([mine, ...known])], mine };
}

/**
 * Sign-up: the new admin and their organization. Nothing is created here: the api emails a
 * link that finishes it (ConfirmSignUp), and answers the same whether or not the address has
 * an account, so this page says only "check your email".
 */
export function SignUp() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const [signUp] = useMutation(SIGN_UP);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { zones, mine } = timeZones();
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      password: '',
      organization: { name: '', timeZone: mine, homeState: '' },
    },
    validate: {
      name: (v) => (v.trim() ? null : t('signUp.required')),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : t('signIn.emailInvalid')),
      password: (v) => (v.length >= 12 ? null : t('signUp.passwordShort')),
      organization: {
        name: (v) => (v.trim() ? null : t('signUp.required')),
        homeState: (v) => (v ? null : t('signUp.stateRequired')),
      },
    },
  });

  if (status === 'signedIn') return <Navigate to="/" replace />;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await signUp({ variables: { input: { ...values, email: values.email.trim() } } });
      setSentTo(values.email.trim());
    } catch (error) {
      const fields = fieldErrorsByPath(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else if (errorCode(error) === 'TOO_MANY_REQUESTS') setProblem(t('signIn.tooMany'));
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w="100%" maw={480} component="main">
        {sentTo ? (
          <Stack>
            <Title order={1} size="h2">
              {t('signUp.checkTitle')}
            </Title>
            <Text>{t('signUp.checkBody', { email: sentTo })}</Text>
            <Anchor component={Link} to="/sign-in">
              {t('signUp.toSignIn')}
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('signUp.title')}
              </Title>
              <Text c="dimmed">{t('signUp.intro')}</Text>
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <TextInput
                label={t('signUp.name')}
                autoComplete="name"
                required
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t('signIn.email')}
                type="email"
                autoComplete="email"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('signIn.password')}
                description={t('signUp.passwordRule')}
                autoComplete="new-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
                {...form.getInputProps('password')}
              />
              <TextInput
                label={t('signUp.organization')}
                autoComplete="organization"
                required
                {...form.getInputProps('organization.name')}
              />
              <Select
                label={t('signUp.homeState')}
                description={t('signUp.homeStateHelp')}
                data={[...US_STATES]}
                searchable
                required
                {...form.getInputProps('organization.homeState')}
              />
              <Select
                label={t('signUp.timeZone')}
                data={zones}
                searchable
                required
                allowDeselect={false}
                {...form.getInputProps('organization.timeZone')}
              />
              <Button type="submit" loading={form.submitting}>
                {t('signUp.submit')}
              </Button>
              <Text size="sm">
                {t('signUp.haveAccount')}{' '}
                <Anchor component={Link} to="/sign-in">
                  {t('signIn.submit')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
