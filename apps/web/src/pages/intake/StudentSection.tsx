import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTAKE_FAMILY } from './intake-api';
import { NEW_STUDENT, PLANS, typesStudent, type IntakeValues } from './intake-form';

export interface SchoolChoice {
  id: string;
  name: string;
  district: { name: string };
}

interface Props {
  form: UseFormReturnType<IntakeValues>;
  schools: SchoolChoice[];
  isAdmin: boolean;
  /** Saved by an earlier try: the student can no longer be changed here. */
  locked: boolean;
}

/** The student the case is for: typed here, or one of the chosen family's. */
export function StudentSection({ form, schools, isAdmin, locked }: Props) {
  const { t } = useTranslation();
  const values = form.getValues();
  const existingFamily = values.familyMode === 'existing' ? values.familyId : null;
  const family = useQuery(INTAKE_FAMILY, {
    variables: { id: existingFamily ?? '' },
    skip: !existingFamily,
  });
  const students = family.data?.family.students ?? [];

  return (
    <Stack>
      {existingFamily && students.length > 0 && (
        <Radio.Group
          label={t('intake.student.which')}
          required
          {...form.getInputProps('studentChoice')}
        >
          <Stack gap="xs" mt="xs">
            {students.map((s) => (
              <Radio
                key={s.id}
                value={s.id}
                disabled={locked}
                label={[
                  s.name,
                  s.grade && t('intake.student.gradeShort', { grade: s.grade }),
                  s.school?.name,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
            <Radio value={NEW_STUDENT} label={t('intake.student.another')} disabled={locked} />
          </Stack>
        </Radio.Group>
      )}
      {typesStudent(values) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('intake.student.name')}
            required
            autoComplete="off"
            disabled={locked}
            {...form.getInputProps('student.name')}
          />
          <TextInput
            label={t('intake.student.dateOfBirth')}
            type="date"
            disabled={locked}
            {...form.getInputProps('student.dateOfBirth')}
          />
          <TextInput
            label={t('intake.student.grade')}
            description={t('intake.student.gradeHelp')}
            disabled={locked}
            {...form.getInputProps('student.grade')}
          />
          <Select
            label={t('intake.student.plan')}
            allowDeselect={false}
            disabled={locked}
            data={PLANS.map((value) => ({ value, label: t(`plan.${value}`) }))}
            {...form.getInputProps('student.plan')}
          />
          {schools.length > 0 ? (
            <Select
              label={t('intake.student.school')}
              description={t('intake.student.schoolHelp')}
              searchable
              clearable
              disabled={locked}
              data={schools.map((s) => ({
                value: s.id,
                label: `${s.name} (${s.district.name})`,
              }))}
              {...form.getInputProps('student.schoolId')}
            />
          ) : (
            <Alert color="yellow" title={t('intake.student.noSchoolsTitle')}>
              {isAdmin ? (
                <>
                  {t('intake.student.noSchoolsAdmin')}{' '}
                  <Anchor component={Link} to="/settings/schools">
                    {t('intake.student.addSchools')}
                  </Anchor>
                </>
              ) : (
                t('intake.student.noSchools')
              )}
            </Alert>
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
