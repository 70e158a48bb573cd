import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../errors';
import type { CaseSurveyInvitationsQuery } from '../../gql/graphql';
import { languageName } from '../demographics/demographics-form';
import { RowFormDialog } from '../RowFormDialog';
import { Section } from '../Section';
import { CASE_SURVEY_INVITATIONS, SEND_PARENT_SURVEY } from './survey-api';

type Invitation = CaseSurveyInvitationsQuery['parentSurveyInvitations'][number];

interface Guardian {
  id: string;
  name: string;
  email?: string | null;
}

/** The api's refusal in words a person can act on. */
function refusal(error: unknown): string {
  const code = errorCode(error);
  if (code === 'BAD_USER_INPUT') return 'survey.case.noEmail';
  if (code === 'CONFLICT') return 'survey.case.alreadySent';
  return 'common.unexpected';
}

/** "Send the parent survey": who it goes to, then the api's answer. */
function SendSurvey({ caseId, guardians }: { caseId: string; guardians: Guardian[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [send] = useMutation(SEND_PARENT_SURVEY, {
    refetchQueries: ['CaseSurveyInvitations'],
    awaitRefetchQueries: true,
  });
  const withEmail = guardians.filter((g) => g.email);

  const submit = async (event?: React.FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setProblem(null);
    setSending(true);
    try {
      await send({ variables: { caseId } });
      setOpened(false);
    } catch (error) {
      setProblem(t(refusal(error)));
    } finally {
      setSending(false);
    }
  };

  return (
    <RowFormDialog
      openLabel={t('survey.case.send')}
      title={t('survey.case.sendTitle')}
      submitLabel={t('survey.case.sendSubmit')}
      opened={opened}
      onOpenChange={(open) => {
        setProblem(null);
        setOpened(open);
      }}
      onSubmit={(event) => void submit(event)}
      submitting={sending}
      problem={problem}
    >
      <Text size="sm">{t('survey.case.sendExplain')}</Text>
      {withEmail.length ? (
        <Text size="sm">
          {t('survey.case.guardiansWithEmail', {
            names: withEmail.map((g) => `${g.name} (${g.email})`).join(', '),
          })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('survey.case.nobodyWithEmail')}
        </Text>
      )}
    </RowFormDialog>
  );
}

/** Who had the survey: never their answers, only whether they answered. */
function Invitations({
  invitations,
  guardians,
}: {
  invitations: Invitation[];
  guardians: Guardian[];
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  if (!invitations.length)
    return (
      <Text size="sm" c="dimmed">
        {t('survey.case.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={520} type="native" tabIndex={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('survey.case.guardian')}</Table.Th>
            <Table.Th>{t('survey.case.language')}</Table.Th>
            <Table.Th>{t('survey.case.sent')}</Table.Th>
            <Table.Th>{t('survey.case.answered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>
                <Text size="sm">
                  {guardians.find((g) => g.id === inv.guardianId)?.name ?? inv.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`survey.case.reason.${inv.reason}`)}
                </Text>
              </Table.Td>
              <Table.Td>{languageName(inv.language, i18n.language)}</Table.Td>
              <Table.Td>{inv.sentAt ? when(inv.sentAt) : t('survey.case.onItsWay')}</Table.Td>
              <Table.Td>
                {inv.answeredAt
                  ? t('survey.case.answeredOn', { date: when(inv.answeredAt) })
                  : t('survey.case.notAnswered')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The case page's "Parent survey": send it by hand, and who had it. Admins and advocates. */
export function CaseSurvey({ caseId, guardians }: { caseId: string; guardians: Guardian[] }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CASE_SURVEY_INVITATIONS, { variables: { caseId } });
  return (
    <Section title={t('survey.case.title')}>
      <Stack gap="xs" align="stretch">
        <Text size="xs" c="dimmed">
          {t('survey.case.intro')}
        </Text>
        <div>
          <SendSurvey caseId={caseId} guardians={guardians} />
        </div>
        {loading && !data ? (
          <Loader size="sm" role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <Invitations invitations={data.parentSurveyInvitations} guardians={guardians} />
        )}
      </Stack>
    </Section>
  );
}
