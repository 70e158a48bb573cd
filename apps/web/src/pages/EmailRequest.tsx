import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../errors';
import { graphql } from '../gql';
import { recipientText } from './follow-up-parts';
import { RowFormDialog } from './RowFormDialog';

const EMAIL = graphql(`
  mutation EmailRequest($id: ID!, $input: EmailWrittenRequestInput) {
    emailWrittenRequest(id: $id, input: $input) {
      id
      status
      sentOn
      sentFromOnRecord
      overdue
      deadline {
        dueOn
      }
    }
  }
`);

interface Person {
  name: string;
  email?: string | null;
}

/**
 * Sends a draft request from OnRecord now: to the school contacts it is addressed to, the
 * family's guardians copied if the advocate ticks it. The request is sent (and received)
 * today; the email goes out within seconds and its delivery shows with the follow-ups. A
 * contact with no address on file is named here, before anything is sent.
 */
export function EmailRequest({
  requestId,
  subject,
  recipients,
  guardians,
}: {
  requestId: string;
  subject: string;
  recipients: Person[];
  guardians: Person[];
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [email] = useMutation(EMAIL, { refetchQueries: ['CasePage'] });
  const form = useForm({ initialValues: { copyGuardians: false } });
  const withAddress = (people: Person[]) => people.filter((p) => p.email?.trim());
  const noAddress = recipients.filter((r) => !r.email?.trim());
  const copyable = withAddress(guardians);
  const blocked = !recipients.length || noAddress.length > 0;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await email({
        variables: { id: requestId, input: { copyGuardians: values.copyGuardians } },
      });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      // The recipients are not a field of this form: their problem is the form's.
      if (fields['recipientIds']) setProblem(fields['recipientIds']);
      else if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <RowFormDialog
      openLabel={t('emailRequest.open')}
      title={t('emailRequest.title', { subject })}
      submitLabel={t('emailRequest.submit')}
      submitDisabled={blocked}
      opened={opened}
      onOpenChange={setOpened}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <Text size="sm">{t('emailRequest.explain')}</Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('emailRequest.to')}
        </Text>
        {recipients.length ? (
          <List size="sm">
            {recipients.map((r) => (
              <List.Item key={`${r.name}/${r.email ?? ''}`}>
                {recipientText({ name: r.name, email: r.email ?? '' }, t)}
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
      {!recipients.length && (
        <Alert color="yellow" role="status">
          {t('emailRequest.noRecipients')}
        </Alert>
      )}
      {noAddress.length > 0 && (
        <Alert color="yellow" role="status">
          {t('emailRequest.noAddress', { names: noAddress.map((r) => r.name).join(', ') })}
        </Alert>
      )}
      <Checkbox
        label={t('emailRequest.copyGuardians')}
        description={
          copyable.length
            ? copyable.map((g) => `${g.name} <${g.email}>`).join(', ')
            : t('emailRequest.noGuardianAddress')
        }
        disabled={!copyable.length}
        {...form.getInputProps('copyGuardians', { type: 'checkbox' })}
      />
    </RowFormDialog>
  );
}
