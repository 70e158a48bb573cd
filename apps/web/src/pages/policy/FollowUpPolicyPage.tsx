import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { PolicyPageQuery } from '../../gql/graphql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { PolicyForm } from './PolicyForm';
import { PolicyPreview, type SentRequest } from './PolicyPreview';
import { numberProblems, POLICY_FIELDS, toInput, type PolicyValues } from './policy-form';

const POLICY_PAGE = graphql(`
  query PolicyPage {
    followUpPolicy {
      remindAdvocates
      remindBusinessDaysBefore
      digestTime
      followUpSchoolDaysAfter
      escalateSchoolDaysAfter
      maxFollowUps
      replyHoldSchoolDays
      requireApproval
      notifyGuardians
      sendingWindowStart
      sendingWindowEnd
      sendingDays
      sendingAddress
      customized
    }
    writtenRequests(first: 100, filter: { status: [SENT] }) {
      edges {
        node {
          id
          subject
          case {
            id
            title
          }
          deadline {
            dueOn
          }
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateFollowUpPolicy($input: UpdateFollowUpPolicyInput!) {
    updateFollowUpPolicy(input: $input) {
      remindAdvocates
      remindBusinessDaysBefore
      digestTime
      followUpSchoolDaysAfter
      escalateSchoolDaysAfter
      maxFollowUps
      replyHoldSchoolDays
      requireApproval
      notifyGuardians
      sendingWindowStart
      sendingWindowEnd
      sendingDays
      sendingAddress
      customized
    }
  }
`);

type Policy = PolicyPageQuery['followUpPolicy'];

function firstToShow(requests: SentRequest[]): string | null {
  const today = new Date().toISOString().slice(0, 10);
  const ahead = requests
    .flatMap((r) => (r.dueOn && r.dueOn >= today ? [{ id: r.id, dueOn: r.dueOn }] : []))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (ahead[0] ?? requests[0])?.id ?? null;
}

/** The form and the preview, once the saved policy is known. */
function PolicyEditor({
  policy,
  requests,
  timeZone,
}: {
  policy: Policy;
  requests: SentRequest[];
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The request due soonest from today shows the most of what the policy does.
  const [requestId, setRequestId] = useState<string | null>(() => firstToShow(requests));
  const [update] = useMutation(UPDATE, { refetchQueries: ['PolicyPreview'] });
  const form = useForm<PolicyValues>({
    initialValues: { ...policy, sendingAddress: policy.sendingAddress ?? '' },
  });
  const [values] = useDebouncedValue(form.values, 400);
  const changes = numberProblems(values).length ? null : toInput(values);

  const submit = form.onSubmit(async (current) => {
    setMessage(null);
    const wrong = numberProblems(current);
    if (wrong.length) {
      for (const field of wrong) form.setFieldError(field, t(`policy.form.errors.${field}`));
      return;
    }
    try {
      await update({ variables: { input: toInput(current) } });
      setMessage({ ok: true, text: t('policy.form.saved') });
    } catch (error) {
      const fields = fieldErrors(error);
      const known = POLICY_FIELDS.filter((f) => fields[f]);
      // The api names the field; its words are said here in the interface's language.
      for (const field of known) form.setFieldError(field, t(`policy.form.errors.${field}`));
      setMessage({ ok: false, text: known.length ? t('policy.form.fix') : t('common.unexpected') });
    }
  });

  return (
    <>
      <Stack component="section" aria-labelledby="policy-form">
        <Title order={3} id="policy-form">
          {t('policy.form.title')}
        </Title>
        <PolicyForm form={form} onSubmit={submit} saving={form.submitting} message={message} />
      </Stack>
      <Stack component="section" aria-labelledby="policy-preview">
        <Title order={3} id="policy-preview">
          {t('policy.preview.title')}
        </Title>
        <Text c="dimmed" maw={760}>
          {t('policy.preview.intro')}
        </Text>
        <PolicyPreview
          requests={requests}
          requestId={requestId}
          onRequest={setRequestId}
          changes={changes}
          timeZone={timeZone}
        />
      </Stack>
    </>
  );
}

/** Administration: when follow-ups go out, to whom, and a preview on a real request. */
export function FollowUpPolicyPage() {
  const { t } = useTranslation();
  const { isAdmin, timeZone } = useActiveRole();
  const { data, loading, error } = useQuery(POLICY_PAGE, { skip: !isAdmin });
  if (!isAdmin) return <AdminsOnly says="policy.adminsOnly" />;
  const requests: SentRequest[] = (data?.writtenRequests.edges ?? []).map(({ node }) => ({
    id: node.id,
    subject: node.subject,
    caseTitle: node.case.title,
    dueOn: node.deadline?.dueOn ?? null,
  }));
  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('policy.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('policy.intro')}
        </Text>
      </div>
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <PolicyEditor policy={data.followUpPolicy} requests={requests} timeZone={timeZone} />
      )}
    </Stack>
  );
}
