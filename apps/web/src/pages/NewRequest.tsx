import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDay } from '../dates';
import { errorCode, fieldErrors } from '../errors';
import { graphql } from '../gql';
import type { DeadlineTrigger, DraftLetterQuery, WrittenRequestType } from '../gql/graphql';
import { NotFound } from './NotFound';
import { AddSchoolYear } from './AddSchoolYear';

const NEW_REQUEST_PAGE = graphql(`
  query NewRequestPage($caseId: ID!) {
    case(id: $caseId) {
      id
      family {
        householdName
      }
      student {
        name
        school {
          id
          name
          district {
            id
            name
            state
          }
        }
      }
    }
  }
`);

const CONTACTS = graphql(`
  query NewRequestContacts($schoolId: ID!) {
    schoolContacts(filter: { schoolId: $schoolId, withDistrictStaff: true }, first: 100) {
      edges {
        node {
          id
          name
          title
        }
      }
    }
  }
`);

const RULES = graphql(`
  query NewRequestRules($type: WrittenRequestType!) {
    deadlineRules(filter: { requestType: $type }) {
      id
      jurisdiction
      triggers
    }
  }
`);

const DRAFT = graphql(`
  query DraftLetter($input: DraftLetterInput!) {
    draftLetter(input: $input) {
      subject
      body
      missingFields
      deadline {
        dueOn
        citation
        basisLabel
        incompleteReason
        provisional {
          missingFrom
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateWrittenRequest($input: CreateWrittenRequestInput!) {
    createWrittenRequest(input: $input) {
      id
    }
  }
`);

type Draft = DraftLetterQuery['draftLetter'];

/** The request types, in the order an advocate meets them most. */
const REQUEST_TYPES: WrittenRequestType[] = [
  'EVALUATION',
  'RECORDS',
  'IEP_MEETING',
  'FBA',
  'BEHAVIOR_PLAN',
  'ACCOMMODATIONS',
  'REINTEGRATION_PLAN',
  'HOME_INSTRUCTION',
  'INDEPENDENT_EVALUATION',
  'PRIOR_WRITTEN_NOTICE',
  'OTHER',
];

/**
 * A new written request for a case, as a draft: its type (and, where the law starts the clock
 * from more than one event, which one), the school staff it goes to and why; then the letter
 * from the organization's template with the deadline it will quote, read and edited before
 * it is saved. Sending is recorded on the request afterwards.
 */
export function NewRequest() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const page = useQuery(NEW_REQUEST_PAGE, { variables: { caseId } });
  const schoolId = page.data?.case.student.school?.id;
  const contacts = useQuery(CONTACTS, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId });
  const client = useApolloClient();
  const [drafting, setDrafting] = useState(false);
  const [create] = useMutation(CREATE);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      type: '' as WrittenRequestType | '',
      trigger: '',
      recipientIds: [] as string[],
      reason: '',
      subject: '',
      body: '',
    },
    validate: {
      type: (v) => (v ? null : t('newRequest.typeRequired')),
      recipientIds: (v) => (v.length ? null : t('newRequest.recipientsRequired')),
    },
  });
  const type = form.values.type || null;
  // Skipped until a type is chosen (the variable is then never sent).
  const rules = useQuery(RULES, { variables: { type: type ?? 'OTHER' }, skip: !type });
  const district = page.data?.case.student.school?.district;
  const state = district?.state;
  // The events that start the clock for this type where the student's school is (or in
  // federal law): a choice only when there is more than one.
  const triggers = [
    ...new Set(
      (rules.data?.deadlineRules ?? [])
        .filter((r) => r.jurisdiction === 'US' || r.jurisdiction === state)
        .flatMap((r) => r.triggers),
    ),
  ].sort();

  // The request itself arriving is the usual start: chosen for the advocate when it is one
  // of the choices (a consent or a report date they pick themselves).
  const usual = triggers.includes('WRITTEN_REQUEST_RECEIVED') && triggers.length > 1;
  useEffect(() => {
    if (usual && !form.values.trigger) form.setFieldValue('trigger', 'WRITTEN_REQUEST_RECEIVED');
  }, [usual, form]);

  const code = errorCode(page.error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFound what={t('notFound.case')} />;
  if (page.loading && !page.data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!page.data) return <Alert color="red">{t('common.loadFailed')}</Alert>;
  const c = page.data.case;

  const showError = (error: unknown) => {
    const fields = fieldErrors(error);
    if (Object.keys(fields).length) form.setErrors(fields);
    else setProblem(t('common.unexpected'));
  };

  /** Drafts the letter; `keepWords` counts the deadline again but keeps the letter as edited. */
  const preview = async (keepWords = false) => {
    setProblem(null);
    if (form.validate().hasErrors) return;
    const values = form.values;
    setDrafting(true);
    try {
      const { data } = await client.query({
        query: DRAFT,
        fetchPolicy: 'network-only',
        variables: {
          input: {
            caseId,
            type: values.type as WrittenRequestType,
            trigger: values.trigger || undefined,
            recipientIds: values.recipientIds,
            reason: values.reason.trim() || undefined,
          },
        },
      });
      if (!data) return;
      setDraft(data.draftLetter);
      if (!keepWords)
        form.setValues({ subject: data.draftLetter.subject, body: data.draftLetter.body });
    } catch (error) {
      showError(error);
    } finally {
      setDrafting(false);
    }
  };

  const save = async () => {
    setProblem(null);
    const values = form.values;
    try {
      await create({
        variables: {
          input: {
            caseId,
            type: values.type as WrittenRequestType,
            trigger: (values.trigger || undefined) as DeadlineTrigger | undefined,
            recipientIds: values.recipientIds,
            subject: values.subject,
            body: values.body,
          },
        },
      });
      void navigate(`/cases/${caseId}`);
    } catch (error) {
      showError(error);
    }
  };

  const deadline = draft?.deadline;
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={`/cases/${caseId}`}>
        {t('newRequest.back', { family: c.family.householdName })}
      </Anchor>
      <Title order={2}>{t('newRequest.title', { student: c.student.name })}</Title>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Select
        label={t('newRequest.type')}
        required
        data={REQUEST_TYPES.map((value) => ({
          value,
          label: t(`requestType.${value}`),
        }))}
        {...form.getInputProps('type')}
        onChange={(value) => {
          form.setValues({ type: (value ?? '') as WrittenRequestType, trigger: '' });
          setDraft(null);
        }}
      />
      {triggers.length > 1 && (
        <Select
          label={t('newRequest.trigger')}
          description={t('newRequest.triggerHelp')}
          required
          data={triggers.map((value) => ({ value, label: t(`trigger.${value}`) }))}
          {...form.getInputProps('trigger')}
        />
      )}
      <MultiSelect
        label={t('newRequest.recipients')}
        description={c.student.school?.name}
        required
        searchable
        data={(contacts.data?.schoolContacts.edges ?? []).map(({ node }) => ({
          value: node.id,
          label: node.title ? `${node.name} — ${node.title}` : node.name,
        }))}
        {...form.getInputProps('recipientIds')}
      />
      <Textarea
        label={t('newRequest.reason')}
        description={t('newRequest.reasonHelp')}
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
      <Group>
        <Button
          variant={draft ? 'default' : 'filled'}
          onClick={() => void preview()}
          loading={drafting}
        >
          {draft ? t('newRequest.previewAgain') : t('newRequest.preview')}
        </Button>
      </Group>
      {draft && deadline && (
        <Paper withBorder p="md" component="section" aria-labelledby="letter-heading">
          <Stack>
            <Title order={3} size="h4" id="letter-heading">
              {t('newRequest.letter')}
            </Title>
            <Alert color={deadline.dueOn ? 'blue' : 'yellow'} role="status">
              {deadline.dueOn
                ? t('newRequest.dueOn', {
                    date: formatDay(deadline.dueOn, i18n.language),
                    rule: deadline.citation ?? deadline.basisLabel,
                  })
                : t('newRequest.noDueDay', {
                    why: deadline.incompleteReason ?? deadline.basisLabel,
                  })}
            </Alert>
            {deadline.provisional && district && (
              <AddSchoolYear
                districtId={district.id}
                districtName={district.name}
                missingFrom={deadline.provisional.missingFrom}
                onAdded={() => void preview(true)}
              />
            )}
            {draft.missingFields.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('newRequest.missing', {
                  fields: draft.missingFields
                    .map((field) => t(`mergeField.${field}`, { defaultValue: field }))
                    .join(', '),
                })}
              </Text>
            )}
            <TextInput
              label={t('newRequest.subject')}
              required
              {...form.getInputProps('subject')}
            />
            <Textarea
              label={t('newRequest.body')}
              required
              autosize
              minRows={12}
              {...form.getInputProps('body')}
            />
            <Group>
              <Button onClick={() => void save()}>{t('newRequest.save')}</Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
