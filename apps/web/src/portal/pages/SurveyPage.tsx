import { Alert, Button, Loader, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { asPortalLanguage } from '../languages';
import { PortalApiError, request } from '../graphql';
import { ANSWER_SURVEY, COMMENT_MAX, SURVEY_FORM, type SurveyForm } from '../survey-operations';

/** A rating's value in the form: '1'…'5', or 'na' for not applicable. */
type Choice = '1' | '2' | '3' | '4' | '5' | 'na';
const CHOICES: Choice[] = ['5', '4', '3', '2', '1', 'na'];

type Shown =
  | { kind: 'loading' }
  | { kind: 'invalid' | 'expired' | 'failed' }
  | { kind: 'answered' }
  | { kind: 'thanks' }
  | { kind: 'form'; form: SurveyForm };

/**
 * The parent survey, opened from the emailed link with no account: the organization's
 * statements in the invitation's language, each rated on an agreement scale (or not
 * applicable), an optional comment, one submit. Phone first: one column, big targets.
 */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    request<{ parentSurveyForm: SurveyForm }>(SURVEY_FORM, { token }, { anonymous: true })
      .then(({ parentSurveyForm: form }) => {
        // The survey is in the guardian's language: the page around it too.
        const language = asPortalLanguage(form.language);
        if (language && language !== i18n.language) void i18n.changeLanguage(language);
        setShown(form.answeredAt ? { kind: 'answered' } : { kind: 'form', form });
      })
      .catch((failure: unknown) => setShown({ kind: refusal(failure) }));
    // The token is the page: it is read once.
  }, [token, i18n]);

  const submit = async (event: FormEvent, form: SurveyForm) => {
    event.preventDefault();
    setFailed(null);
    const unanswered = new Set(form.questions.filter((q) => !choices[q.id]).map((q) => q.id));
    setMissing(unanswered);
    if (unanswered.size > 0) {
      document.getElementById(`question-${[...unanswered][0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(
        ANSWER_SURVEY,
        {
          input: {
            token,
            comment: comment.trim(),
            ratings: form.questions.map((q) => ({
              questionId: q.id,
              rating: choices[q.id] === 'na' ? null : Number(choices[q.id]),
            })),
          },
        },
        { anonymous: true },
      );
      setShown({ kind: 'thanks' });
      window.scrollTo(0, 0);
    } catch (failure) {
      const code = failure instanceof PortalApiError ? failure.code : '';
      if (code === 'CONFLICT') setShown({ kind: 'answered' });
      else if (code === 'BAD_USER_INPUT' && isTokenRefusal(failure))
        setShown({ kind: refusal(failure) });
      else setFailed(code === 'NETWORK' ? t('app.network') : t('app.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const frame = (title: string, body: React.ReactNode) => (
    <Stack component="main" p="md" maw={560} mx="auto" gap="lg">
      <Title order={1} size="h2">
        {title}
      </Title>
      {body}
    </Stack>
  );

  switch (shown.kind) {
    case 'loading':
      return frame(t('survey.title'), <Loader role="status" aria-label={t('app.loading')} />);
    case 'invalid':
    case 'expired':
      return frame(t(`survey.${shown.kind}Title`), <Text>{t(`survey.${shown.kind}Text`)}</Text>);
    case 'failed':
      return frame(
        t('survey.title'),
        <Alert color="red" role="alert">
          {t('app.unexpected')}
        </Alert>,
      );
    case 'answered':
      return frame(t('survey.answeredTitle'), <Text>{t('survey.answeredText')}</Text>);
    case 'thanks':
      return frame(
        t('survey.thanksTitle'),
        <Alert color="green" role="status">
          {t('survey.thanksText')}
        </Alert>,
      );
  }

  const { form } = shown;
  return frame(
    t('survey.title'),
    <form onSubmit={(event) => void submit(event, form)} noValidate>
      <Stack gap="lg">
        <Text>{t('survey.intro', { organization: form.organizationName })}</Text>
        {form.questions.map((question, index) => (
          <Paper key={question.id} withBorder p="md" component="fieldset" m={0}>
            <Radio.Group
              id={`question-${question.id}`}
              tabIndex={-1}
              label={`${index + 1}. ${question.text}`}
              value={choices[question.id] ?? null}
              error={missing.has(question.id) ? t('survey.choose') : undefined}
              onChange={(value) => {
                setChoices((all) => ({ ...all, [question.id]: value as Choice }));
                setMissing((all) => {
                  const left = new Set(all);
                  left.delete(question.id);
                  return left;
                });
              }}
            >
              <Stack gap="sm" mt="sm">
                {CHOICES.map((choice) => (
                  <Radio
                    key={choice}
                    value={choice}
                    label={t(`survey.scale.${choice}`)}
                    size="md"
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Paper>
        ))}
        <Textarea
          label={form.commentPrompt}
          description={t('survey.commentHint', { max: COMMENT_MAX })}
          value={comment}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={COMMENT_MAX}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {missing.size > 0 && (
          <Alert color="red" role="alert">
            {t('survey.missing', { count: missing.size })}
          </Alert>
        )}
        <Button type="submit" size="lg" loading={busy} fullWidth>
          {t('survey.send')}
        </Button>
        {failed && (
          <Alert color="red" role="alert">
            {failed}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('survey.privacy')}
        </Text>
      </Stack>
    </form>,
  );
}

/** Whether the api refused the link itself (field `token`). */
function isTokenRefusal(failure: unknown): boolean {
  return failure instanceof PortalApiError && failure.fields.some((f) => f.field === 'token');
}

/** Which page a refused link shows: expired, or not a link of ours at all. */
function refusal(failure: unknown): 'invalid' | 'expired' | 'failed' {
  if (!(failure instanceof PortalApiError)) return 'failed';
  if (failure.code === 'NETWORK' || !isTokenRefusal(failure)) return 'failed';
  return failure.fields.some((f) => f.field === 'token' && f.message.includes('expired'))
    ? 'expired'
    : 'invalid';
}
