import { Alert, Anchor, Button, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { longDateTime } from '../dates';
import { PortalApiError, request } from '../graphql';
import {
  MESSAGE_MAX,
  MESSAGE_PAGE,
  SEND_MESSAGE,
  type MessagePageData,
  type PortalFamilyMessage,
} from '../message-operations';

/**
 * "Write to your advocate", phone first: one box, one button, a clear "sent", and what the
 * family wrote before, newest first. Text only (photos and documents come later).
 */
export function MessagePage() {
  const { t, i18n } = useTranslation();
  const { caseId } = useParams();
  const [data, setData] = useState<MessagePageData | null>(null);
  const [problem, setProblem] = useState<'notFound' | 'failed' | null>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setData(null);
    setProblem(null);
    request<MessagePageData>(MESSAGE_PAGE, { caseId })
      .then(setData)
      .catch((failure: unknown) => {
        // Another family's (or organization's) case, or a mistyped id: the same answer.
        const code = failure instanceof PortalApiError ? failure.code : '';
        setProblem(code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? 'notFound' : 'failed');
      });
  }, [caseId]);

  const lang = i18n.language;
  const advocates = data?.portalCase.advocates.map((a) => a.name) ?? [];
  const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(advocates);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    setFailed(null);
    const text = body.trim();
    const mistake = !text
      ? t('message.empty')
      : text.length > MESSAGE_MAX
        ? t('message.tooLong', { max: MESSAGE_MAX })
        : null;
    setError(mistake);
    if (mistake) return;
    setBusy(true);
    try {
      const result = await request<{ sendPortalMessage: PortalFamilyMessage }>(SEND_MESSAGE, {
        input: { caseId, body: text },
      });
      setData(
        (shown) =>
          shown && {
            ...shown,
            portalMessages: [result.sendPortalMessage, ...shown.portalMessages],
          },
      );
      setBody('');
      setSent(true);
    } catch (failure) {
      const fields = failure instanceof PortalApiError ? failure.fields : [];
      if (fields.some((f) => f.field.endsWith('body')))
        // The api names the field; the page says it in the family's words.
        setError(t('message.refused'));
      else
        setFailed(
          failure instanceof PortalApiError && failure.code === 'NETWORK'
            ? t('app.network')
            : t('app.unexpected'),
        );
    } finally {
      setBusy(false);
    }
  };

  if (problem === 'notFound')
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('case.notFound')}
        </Title>
        <Text>{t('case.notFoundText')}</Text>
        <Anchor component={Link} to="/">
          {t('case.backHome')}
        </Anchor>
      </Stack>
    );
  if (problem)
    return (
      <Alert color="red" role="alert">
        {t('app.unexpected')}
      </Alert>
    );
  if (!data) return <Loader role="status" aria-label={t('app.loading')} />;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/cases/${data.portalCase.id}`}>
        {t('message.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('message.title')}
        </Title>
        <Text>
          {advocates.length
            ? t('message.intro', {
                student: data.portalCase.student.name,
                names,
                count: advocates.length,
              })
            : t('message.introNoAdvocate', { student: data.portalCase.student.name })}
        </Text>
      </Stack>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('message.label')}
            description={t('message.count', { count: body.length, max: MESSAGE_MAX })}
            value={body}
            autosize
            minRows={5}
            maxRows={12}
            maxLength={MESSAGE_MAX}
            error={error}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              setError(null);
              setSent(false);
            }}
          />
          <Text size="sm" c="dimmed">
            {t('message.hint')}
          </Text>
          <Button type="submit" size="lg" loading={busy} fullWidth>
            {t('message.send')}
          </Button>
          {/* Beside the button, where the thumb is: the answer to the tap. */}
          {sent && (
            <Alert color="green" role="status">
              {advocates.length
                ? t('message.sent', { names, count: advocates.length })
                : t('message.sentNoAdvocate')}
            </Alert>
          )}
          {failed && (
            <Alert color="red" role="alert">
              {failed}
            </Alert>
          )}
        </Stack>
      </form>
      <Stack component="section" gap="xs">
        <Title order={2} size="h3">
          {t('message.earlier')}
        </Title>
        {data.portalMessages.length === 0 && <Text>{t('message.none')}</Text>}
        {data.portalMessages.map((m) => (
          <Paper withBorder p="sm" key={m.id} component="article">
            <Text size="sm" c="dimmed">
              {longDateTime(m.sentAt, lang)}
              {m.fromYou ? '' : ` · ${t('message.byOther', { name: m.guardianName })}`}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.body}</Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
