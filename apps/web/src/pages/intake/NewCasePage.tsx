import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { CaseSection } from './CaseSection';
import { FamilySection } from './FamilySection';
import { INTAKE_CHOICES } from './intake-api';
import { initialValues, typesStudent, type IntakeValues } from './intake-form';
import { StudentSection } from './StudentSection';
import { useOpenCase } from './useOpenCase';

const CONSOLE_ROLES = ['ADMIN', 'ADVOCATE'];

/** Takes the person to the first field marked, once it is drawn (on a phone it is far up). */
function focusFirstError() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(),
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack>
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * Intake: a family (new, with its first guardian, or one already known), the student and
 * the case, on one page, then the new case's page. A refusal is shown on its field and
 * nothing typed is lost; what an earlier try saved is not created again.
 */
export function NewCasePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const role = me?.memberships.find((m) => m.organization.id === me.activeOrganization?.id)?.role;
  const isAdmin = role === 'ADMIN';
  const allowed = !!role && CONSOLE_ROLES.includes(role);
  const choices = useQuery(INTAKE_CHOICES, {
    variables: { withMembers: isAdmin },
    skip: !allowed,
  });
  const { saved, submit } = useOpenCase(isAdmin);
  const [problem, setProblem] = useState<string | null>(null);

  const required = (ok: boolean) => (ok ? null : t('intake.required'));
  const form = useForm<IntakeValues>({
    initialValues: initialValues(i18n.language),
    validate: {
      householdName: (v, all) => required(all.familyMode === 'existing' || !!v.trim()),
      guardian: {
        name: (v, all) => required(all.familyMode === 'existing' || !!v.trim()),
        relationship: (v, all) => required(all.familyMode === 'existing' || !!v.trim()),
      },
      familyId: (v, all) => required(all.familyMode === 'new' || !!v),
      student: { name: (v, all) => required(!typesStudent(all) || !!v.trim()) },
      title: (v) => required(!!v.trim()),
      concerns: (v) => (v.length ? null : t('intake.refused.concerns')),
    },
  });

  const members = choices.data?.members?.edges.map((e) => e.node) ?? [];
  const advocates = isAdmin
    ? members
        .filter((m) => m.role === 'ADMIN' || m.role === 'ADVOCATE')
        .map((m) => ({ id: m.id, name: m.user.name }))
    : null;
  const myMemberId = members.find((m) => m.user.id === me?.user.id)?.id;
  useEffect(() => {
    // An admin's case is theirs unless they choose someone else.
    if (myMemberId && !form.getValues().advocateId) form.setFieldValue('advocateId', myMemberId);
  }, [myMemberId]);

  if (!allowed)
    return (
      <Alert color="gray" title={t('roles.refusedTitle')} role="alert" maw={640}>
        {t('roles.refused', { role: role ? t(`roles.${role}`) : '—' })}
      </Alert>
    );

  const onSubmit = form.onSubmit(async (values) => {
    setProblem(null);
    const outcome = await submit(values);
    if ('caseId' in outcome) {
      void navigate(`/cases/${outcome.caseId}`);
      return;
    }
    if ('problem' in outcome) {
      setProblem(t(outcome.problem === 'forbidden' ? 'intake.forbidden' : 'common.unexpected'));
      return;
    }
    // The api's words are English: each field's refusal is said in the interface's language.
    for (const field of Object.keys(outcome.fields))
      form.setFieldError(
        field,
        t(`intake.refused.${field}`, { defaultValue: t('intake.refused.other') }),
      );
    focusFirstError();
  }, focusFirstError);

  const schools = choices.data?.schools.edges.map((e) => e.node) ?? [];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={760}>
        <Anchor component={Link} to="/caseload">
          {t('intake.back')}
        </Anchor>
        <div>
          <Title order={2}>{t('intake.title')}</Title>
          <Text c="dimmed">{t('intake.intro')}</Text>
        </div>
        {saved && (
          <Alert color="blue" role="status" title={t('intake.savedTitle')}>
            {saved.householdName
              ? t('intake.savedFamily', {
                  family: saved.householdName,
                  student: saved.studentName ?? '',
                })
              : t('intake.savedStudent', { student: saved.studentName ?? '' })}
          </Alert>
        )}
        {choices.error && (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        )}
        <Section id="intake-family" title={t('intake.family.title')}>
          <FamilySection form={form} locked={!!saved} />
        </Section>
        <Section id="intake-student" title={t('intake.student.title')}>
          <StudentSection
            form={form}
            schools={schools}
            isAdmin={isAdmin}
            locked={!!saved?.studentId}
          />
        </Section>
        <Section id="intake-case" title={t('intake.case.section')}>
          <CaseSection form={form} advocates={advocates} />
        </Section>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {Object.keys(form.errors).length > 0 && !problem && (
          <Alert color="red" role="alert">
            {t('intake.fix')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('intake.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
