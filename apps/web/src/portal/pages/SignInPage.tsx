import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { prerenderedKeep } from '../first-page';
import { PortalApiError, request } from '../graphql';
import { usePortalSession } from '../PortalSession';
import { REQUEST_LINK } from '../operations';
import { OpenMyCaseForm } from './OpenMyCaseForm';
import { SignInFrame } from './SignInFrame';

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
 * Why a link did not work when the api signed in from the form (before this script ran): it
 * sends the guardian back here with `?problem=` (the api's PortalSignInFormController).
 */
const FORM_PROBLEMS: Record<string, string> = {
  used: 'signIn.used',
  expired: 'signIn.expired',
  invalid: 'signIn.invalid',
  noAccess: 'signIn.noAccess',
  unexpected: 'app.unexpected',
};

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
  const [keep, setKeep] = useState(prerenderedKeep);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(
    FORM_PROBLEMS[params.get('problem') ?? ''] ?? null,
  );

  // Signed in already: to the case, unless there is something to say about a link.
  if (status === 'signedIn' && !token && !problem) return <Navigate to="/" replace />;

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
    <SignInFrame>
      {ended && !token && (
        <Alert color="blue" role="status">
          {t('signIn.ended')}
        </Alert>
      )}
      {token && !problem && (
        <OpenMyCaseForm keep={keep} onKeepChange={setKeep} busy={busy} onOpen={() => void open()} />
      )}
      {problem && (
        <Alert color="red" role="alert">
          {t(problem)}
        </Alert>
      )}
      {(!token || problem) && <AskForLink />}
    </SignInFrame>
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
