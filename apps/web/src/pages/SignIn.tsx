import {
  Alert,
  Anchor,
  Button,
  Center,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { errorCode, fieldErrors } from '../errors';
import { graphql } from '../gql';

const REQUEST_LINK = graphql(`
  mutation RequestSignInLink($email: String!) {
    requestSignInLink(email: $email)
  }
`);

/** Only paths of this app: never send someone on to another site after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * Signing in: by password, or by the link `requestSignInLink` emails (`/sign-in?token=…`),
 * the way in while failed attempts make the password wait.
 */
export function SignIn() {
  const { t } = useTranslation();
  const { status, logIn, signInWithLink } = useAuth();
  const [params, setParams] = useSearchParams();
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [requestLink] = useMutation(REQUEST_LINK);
  const linkToken = params.get('token');
  // A link works once: React's double effects in development must not spend it twice.
  const triedLink = useRef(false);

  useEffect(() => {
    if (!linkToken || triedLink.current) return;
    triedLink.current = true;
    void signInWithLink(linkToken).then((ok) => {
      if (!ok) {
        setProblem(t('signIn.linkUnusable'));
        setParams({}, { replace: true });
      }
    });
  }, [linkToken, signInWithLink, setParams, t]);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : t('signIn.emailInvalid')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  });

  if (status === 'signedIn') return <Navigate to={safeNext(params.get('next'))} replace />;
  if (linkToken)
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );

  const emailMeALink = async () => {
    setProblem(null);
    if (form.validateField('email').hasError) return;
    try {
      const result = await requestLink({ variables: { email: form.values.email.trim() } });
      if (result.data) setNotice(t('signIn.linkSent'));
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else if (errorCode(error) === 'TOO_MANY_REQUESTS') setProblem(t('signIn.tooMany'));
      else setProblem(t('common.unexpected'));
    }
  };

  const submit = form.onSubmit(async ({ email, password }) => {
    setProblem(null);
    try {
      await logIn(email.trim(), password);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else if (errorCode(error) === 'UNAUTHENTICATED') setProblem(t('signIn.wrong'));
      else if (errorCode(error) === 'TOO_MANY_REQUESTS') setProblem(t('signIn.tooMany'));
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w="100%" maw={420} component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            {notice && (
              <Alert color="green" role="status">
                {notice}
              </Alert>
            )}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={form.submitting}>
              {t('signIn.submit')}
            </Button>
            <Button variant="subtle" onClick={() => void emailMeALink()}>
              {t('signIn.emailLink')}
            </Button>
            <Text size="sm">
              {t('signIn.noAccount')}{' '}
              <Anchor component={Link} to="/sign-up">
                {t('signUp.title')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
