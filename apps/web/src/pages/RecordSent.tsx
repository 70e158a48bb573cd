import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../dates';
import { fieldErrors } from '../errors';
import { graphql } from '../gql';
import { RowFormDialog } from './RowFormDialog';
import type { DeliveryChannel } from '../gql/graphql';

const SEND = graphql(`
  mutation RecordRequestSent($id: ID!, $input: SendWrittenRequestInput!) {
    sendWrittenRequest(id: $id, input: $input) {
      id
      status
      sentOn
      overdue
      deadline {
        dueOn
      }
    }
  }
`);

export const CHANNELS: DeliveryChannel[] = ['EMAIL', 'LETTER', 'HAND_DELIVERED', 'PORTAL'];

/**
 * Records that a draft request went out: how, when, and (for a letter, required) when the
 * school received it — the day its deadline counts from. From then on it is followed up.
 */
export function RecordSent({
  requestId,
  subject,
  timeZone,
}: {
  requestId: string;
  subject: string;
  /** The school district's: "sent today" is its today (the api counts by it). */
  timeZone?: string | null;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [send] = useMutation(SEND, { refetchQueries: ['CasePage'] });
  const form = useForm({
    initialValues: {
      channel: 'EMAIL' as DeliveryChannel,
      sentOn: todayIn(timeZone),
      receivedOn: '',
    },
    validate: {
      sentOn: (v) => (v ? null : t('recordSent.sentOnRequired')),
      receivedOn: (v, values) =>
        values.channel === 'LETTER' && !v ? t('recordSent.receivedOnRequired') : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await send({
        variables: {
          id: requestId,
          input: {
            channel: values.channel,
            sentOn: values.sentOn,
            receivedOn: values.receivedOn || undefined,
          },
        },
      });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <RowFormDialog
      openLabel={t('recordSent.open')}
      title={t('recordSent.title', { subject })}
      submitLabel={t('recordSent.submit')}
      opened={opened}
      onOpenChange={setOpened}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <Select
        label={t('recordSent.channel')}
        required
        allowDeselect={false}
        data={CHANNELS.map((value) => ({ value, label: t(`recordSent.channels.${value}`) }))}
        {...form.getInputProps('channel')}
      />
      <TextInput
        type="date"
        label={t('recordSent.sentOn')}
        required
        {...form.getInputProps('sentOn')}
      />
      <TextInput
        type="date"
        label={t('recordSent.receivedOn')}
        description={t('recordSent.receivedOnHelp')}
        required={form.values.channel === 'LETTER'}
        {...form.getInputProps('receivedOn')}
      />
    </RowFormDialog>
  );
}
