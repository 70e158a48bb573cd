import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Fieldset,
  Loader,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveRole } from '../../auth/useActiveRole';
import { fieldErrorsByPath } from '../../errors';
import type { ParentSurveySettingsQuery } from '../../gql/graphql';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { PARENT_SURVEY, UPDATE_PARENT_SURVEY } from './survey-api';
import { MAX_TEXT, problemAt, toInput, toValues, type SurveyValues } from './survey-form';
import { SurveyQuestions } from './SurveyQuestions';

type Survey = ParentSurveySettingsQuery['parentSurvey'];

/** The form, once the survey is known. */
function SurveyEditor({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saved, setSaved] = useState(survey.saved);
  const [update] = useMutation(UPDATE_PARENT_SURVEY);
  const empty = (v: string) => (v.trim() ? null : t('survey.invalid.empty'));
  const form = useForm<SurveyValues>({
    initialValues: toValues(survey),
    validate: {
      questions: { textEn: empty, textEs: empty },
      commentPromptEn: empty,
      commentPromptEs: empty,
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setMessage(null);
      try {
        const { data } = await update({ variables: { input: toInput(values) } });
        // The saved statements now have ids: the form starts again from them.
        if (data) {
          const values = toValues(data.updateParentSurvey);
          form.setInitialValues(values);
          form.setValues(values);
          setSaved(data.updateParentSurvey.saved);
        }
        setMessage({ ok: true, text: t('survey.saved') });
      } catch (error) {
        const named = Object.keys(fieldErrorsByPath(error)).flatMap((path) => {
          const at = problemAt(path);
          return at ? [at] : [];
        });
        for (const [field, words] of named) form.setFieldError(field, t(`survey.invalid.${words}`));
        setMessage({
          ok: false,
          text: named.length ? t('survey.fix') : t('survey.notSaved'),
        });
      }
    },
    () => setMessage({ ok: false, text: t('survey.fix') }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={960}>
        {!saved && (
          <Alert color="gray" title={t('survey.builtInTitle')}>
            {t('survey.builtIn')}
          </Alert>
        )}
        <Stack component="section" aria-labelledby="survey-statements" gap="xs">
          <Title order={3} id="survey-statements">
            {t('survey.statements')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('survey.statementsHelp')}
          </Text>
          <SurveyQuestions form={form} />
        </Stack>
        <Fieldset legend={t('survey.commentLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('survey.inEnglish')}
              lang="en"
              autosize
              minRows={2}
              maxLength={MAX_TEXT}
              {...form.getInputProps('commentPromptEn')}
            />
            <Textarea
              label={t('survey.inSpanish')}
              lang="es"
              autosize
              minRows={2}
              maxLength={MAX_TEXT}
              {...form.getInputProps('commentPromptEs')}
            />
          </SimpleGrid>
        </Fieldset>
        <Switch
          label={t('survey.sendWhenCaseEnds')}
          description={t('survey.sendWhenCaseEndsHelp')}
          {...form.getInputProps('sendWhenCaseEnds', { type: 'checkbox' })}
        />
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={form.submitting}>
            {t('survey.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Administration: the parent survey's statements and comment prompt, and when it goes out. */
export function ParentSurveyPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(PARENT_SURVEY, { skip: !isAdmin });
  if (!isAdmin) return <AdminsOnly says="survey.adminsOnly" />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('survey.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('survey.intro')}
        </Text>
      </div>
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <SurveyEditor survey={data.parentSurvey} />
      )}
    </Stack>
  );
}
