import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { MemberRole } from '../../gql/graphql';
import { ROLES } from './member-parts';

export const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
    }
  }
`);

/** What the api's refusal of an invitation means, for the person inviting. */
export function inviteProblem(error: unknown, t: (key: string) => string): string {
  const code = errorCode(error);
  if (code === 'SERVICE_UNAVAILABLE') return t('members.invite.mailDown');
  return t('common.unexpected');
}

/**
 * Invites someone by email with a role: the api emails them a single-use link. A bad email
 * is named beside the field; a failed invitation keeps what was typed.
 */
export function InviteForm() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite] = useMutation(INVITE, { refetchQueries: ['MembersPage'] });
  const form = useForm({
    initialValues: { email: '', role: 'ADVOCATE' as MemberRole },
    validate: { email: (v) => (v.trim() ? null : t('members.invite.emailRequired')) },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setSentTo(null);
    const email = values.email.trim();
    try {
      await invite({ variables: { input: { email, role: values.role } } });
      setSentTo(email);
      form.reset();
    } catch (error) {
      const fields = fieldErrors(error);
      // The api names the field; its words are said here in the interface's language.
      if (fields['email']) form.setFieldError('email', t('members.invite.emailInvalid'));
      else if (fields['role']) form.setFieldError('role', t('common.unexpected'));
      else if (errorCode(error) === 'CONFLICT')
        form.setFieldError('email', t('members.invite.already'));
      else setProblem(inviteProblem(error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {sentTo && (
          <Alert color="green" role="status">
            {t('members.invite.sent', { email: sentTo })}
          </Alert>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('members.invite.email')}
            type="email"
            autoComplete="off"
            required
            miw={220}
            {...form.getInputProps('email')}
          />
          <Select
            label={t('members.invite.role')}
            description={t('members.invite.roleHelp')}
            required
            allowDeselect={false}
            miw={160}
            data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            {...form.getInputProps('role')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('members.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
