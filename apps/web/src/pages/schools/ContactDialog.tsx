import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { SchoolContactRole } from '../../gql/graphql';
import { CONTACT_ROLES, refusal, type Contact } from './school-parts';

const CREATE = graphql(`
  mutation CreateSchoolContact($input: CreateSchoolContactInput!) {
    createSchoolContact(input: $input) {
      id
      name
      role
      title
      email
      phone
      archivedAt
      schoolId
      districtId
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateSchoolContact($id: ID!, $input: UpdateSchoolContactInput!) {
    updateSchoolContact(id: $id, input: $input) {
      id
      name
      role
      title
      email
      phone
      archivedAt
      schoolId
      districtId
    }
  }
`);

const FIELDS = ['name', 'role', 'title', 'email', 'phone', 'schoolId'] as const;
const blank = (text: string) => text.trim() || null;

/**
 * Adds a contact, or changes one (`contact`), in a dialog. With `schoolId` the person may be
 * that school's staff or district-wide; without it, district-wide. The api's refusal of a field
 * is said beside it in the interface's words, and what was typed is kept.
 */
export function ContactDialog(props: {
  districtId: string;
  schoolId: string | null;
  contact?: Contact;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const { contact } = props;
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [create] = useMutation(CREATE, {
    refetchQueries: ['SchoolPage', 'DistrictContacts'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UPDATE, {
    refetchQueries: ['SchoolPage', 'DistrictContacts'],
    awaitRefetchQueries: true,
  });
  const initialValues = {
    name: contact?.name ?? '',
    role: (contact?.role ?? null) as SchoolContactRole | null,
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    scope: contact
      ? contact.schoolId
        ? 'school'
        : 'district'
      : props.schoolId
        ? 'school'
        : 'district',
  };
  const form = useForm({
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : t('schools.contact.nameRequired')),
      role: (v) => (v ? null : t('schools.contact.roleRequired')),
    },
  });
  const open = () => {
    form.setValues(initialValues);
    form.clearErrors();
    setProblem(null);
    setOpened(true);
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    if (!values.role) return;
    const fields = {
      name: values.name.trim(),
      role: values.role,
      title: blank(values.title),
      email: blank(values.email),
      phone: blank(values.phone),
      schoolId: values.scope === 'school' ? props.schoolId : null,
    };
    try {
      if (contact) await update({ variables: { id: contact.id, input: fields } });
      else await create({ variables: { input: { ...fields, districtId: props.districtId } } });
      setOpened(false);
      props.onSaved(fields.name);
    } catch (error) {
      const problems = fieldErrors(error);
      const named = FIELDS.filter((field) => problems[field]);
      for (const field of named)
        form.setFieldError(
          field === 'schoolId' ? 'scope' : field,
          t(`schools.contact.invalid.${field}`),
        );
      if (!named.length) setProblem(refusal(error, t));
    }
  });

  const title = contact
    ? t('schools.contact.editTitle', { name: contact.name })
    : props.schoolId
      ? t('schools.contact.addTitle')
      : t('schools.contact.addDistrictTitle');
  return (
    <>
      {contact ? (
        <Button
          size="xs"
          variant="default"
          onClick={open}
          aria-label={t('schools.contact.editWho', { name: contact.name })}
        >
          {t('schools.contact.edit')}
        </Button>
      ) : (
        <Group>
          <Button variant="light" onClick={open}>
            {props.schoolId ? t('schools.contact.add') : t('schools.contact.addDistrict')}
          </Button>
        </Group>
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={title}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <TextInput
              label={t('schools.contact.name')}
              required
              autoComplete="off"
              maxLength={200}
              {...form.getInputProps('name')}
            />
            <Select
              label={t('schools.contact.role')}
              required
              allowDeselect={false}
              data={CONTACT_ROLES.map((value) => ({ value, label: t(`schools.role.${value}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('role')}
            />
            <TextInput
              label={t('schools.contact.title')}
              description={t('schools.contact.titleHelp')}
              autoComplete="off"
              maxLength={200}
              {...form.getInputProps('title')}
            />
            <TextInput
              label={t('schools.contact.email')}
              type="email"
              autoComplete="off"
              maxLength={254}
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('schools.contact.phone')}
              description={t('schools.contact.phoneHelp')}
              type="tel"
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
            {props.schoolId && (
              <Radio.Group label={t('schools.contact.scope')} {...form.getInputProps('scope')}>
                <Stack gap="xs" mt="xs">
                  <Radio value="school" label={t('schools.contact.scopeSchool')} />
                  <Radio value="district" label={t('schools.contact.scopeDistrict')} />
                </Stack>
              </Radio.Group>
            )}
            <Button type="submit" loading={form.submitting}>
              {contact ? t('schools.contact.save') : t('schools.contact.create')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
