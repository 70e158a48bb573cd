import { Alert, Button, Checkbox, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PortalApiError } from '../graphql';
import { LanguageSwitch } from '../LanguageSwitch';
import { usePortalSession } from '../PortalSession';
import { REQUEST_LINK } from '../operations';
import { request } from '../graphql';

/** Why a link did not work, from the api's answer about the `token` field. */
function linkProblem(error: unknown): string {
  if (!(error instanceof PortalApiError)) return 'app.unexpected';
  if (error.code === 'NETWORK') return 'app.network';
  if (error.code === 'UNAUTHENTICATED') return 'signIn.noAccess';
  const message = error.fields.find((f) => f.field === 'token')?.message ?? '';
  if (message.includes('already used')) return 'signIn.used';
  if (message.includes('expired')) return 'signIn.expired';
  if (error.code === 'BAD_USER_INPUT') return 'signIn.invalid';
  return 'app.unexpected';
}

/**
 * The page the emailed link opens. It signs in on a tap, not on load: mail scanners open
 * links by themselves, and a single-use link opened by a scanner would be spent before the
 * parent saw it. Without a (working) link: a form that emails a new one.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { status, ended, signIn } = usePortalSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (status === 'signedIn' && !token) return <Navigate to="/" replace />;

  const open = async () => {
    if (!token) return;
    setBusy(true);
    setProblem(null);
    try {
      await signIn(token, keep);
      await navigate('/', { replace: true });
    } catch (error) {
      setProblem(linkProblem(error));
      setBusy(false);
    }
  };

  return (
    <Stack component="main" p="md" maw={480} mx="auto" gap="lg">
      <LanguageSwitch />
      <Title order={1} size="h2">
        {t('signIn.title')}
      </Title>
      {ended && !token && (
        <Alert color="blue" role="status">
          {t('signIn.ended')}
        </Alert>
      )}
      {token && !problem && (
        <Paper withBorder p="md">
          <Stack>
            <Text>{t('signIn.oneTap')}</Text>
            <Checkbox
              label={t('signIn.keep')}
              description={t('signIn.keepHint')}
              checked={keep}
              onChange={(event) => setKeep(event.currentTarget.checked)}
            />
            <Button size="lg" loading={busy} onClick={() => void open()}>
              {t('signIn.button')}
            </Button>
          </Stack>
        </Paper>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {t(problem)}
        </Alert>
      )}
      {(!token || problem) && <AskForLink />}
    </Stack>
  );
}

function AskForLink() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setError(t('signIn.emailInvalid'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await request(REQUEST_LINK, { email: email.trim() }, { anonymous: true });
      setSent(true);
    } catch (e) {
      const code = e instanceof PortalApiError ? e.code : '';
      setError(
        t(
          code === 'TOO_MANY_REQUESTS'
            ? 'signIn.tooMany'
            : code === 'NETWORK'
              ? 'app.network'
              : 'app.unexpected',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ask-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Title order={2} size="h3" id="ask-title">
            {t('signIn.askTitle')}
          </Title>
          <Text>{t('signIn.askIntro')}</Text>
          {sent ? (
            <Alert color="green" role="status">
              {t('signIn.sent')}
            </Alert>
          ) : (
            <>
              <TextInput
                type="email"
                autoComplete="email"
                inputMode="email"
                label={t('signIn.email')}
                value={email}
                error={error}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <Button type="submit" size="md" loading={busy}>
                {t('signIn.send')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
