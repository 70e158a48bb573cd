import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { dayFromToday } from '../../dates';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { NotFound } from '../NotFound';
import { isDay, mondayOf } from './week';
import { useActiveRole } from '../../auth/useActiveRole';
import { DocumentsSection } from '../documents/DocumentsSection';
import { WeekGrid } from './WeekGrid';
import { Supports } from './Supports';

// recharts is the heaviest thing the console loads: only this page's charts fetch it, after
// the week grid is on screen.
const AttendanceCharts = lazy(async () => ({
  default: (await import('./AttendanceCharts')).AttendanceCharts,
}));

/** The case and student the page is about, the student's supports and the triggers to pick. */
const ATTENDANCE_PAGE = graphql(`
  query AttendancePage($caseId: ID!, $studentId: ID!) {
    case(id: $caseId) {
      id
      title
      family {
        householdName
      }
      student {
        id
        name
        school {
          name
          district {
            schoolYears {
              firstDay
              lastDay
              nonSchoolDays {
                date
                label
              }
            }
          }
        }
      }
    }
    supports(studentId: $studentId) {
      id
      name
      startedOn
      endedOn
    }
    observationTags {
      label
      translations {
        language
        label
      }
    }
  }
`);

/**
 * A student's attendance on a case: a week to fill in (from a parent's phone call, say) and the
 * pattern of every day entered, as charts a school team can read.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const { caseId = '', studentId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  // Documents are for admins and advocates (an analyst may read attendance, not its files).
  const { role } = useActiveRole();
  const worksCases = role === 'ADMIN' || role === 'ADVOCATE';
  const { data, loading, error } = useQuery(ATTENDANCE_PAGE, { variables: { caseId, studentId } });

  const asked = search.get('week');
  const week = mondayOf(isDay(asked) ? asked : dayFromToday(0));

  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  // Another organization's case or student, or no such record: the api says NOT_FOUND (or
  // refuses an id that is no id); a student of another case is not this case's either.
  const code = errorCode(error);
  if (
    code === 'NOT_FOUND' ||
    code === 'BAD_USER_INPUT' ||
    (data && data.case.student.id !== studentId)
  )
    return <NotFound what={t('attendance.notFound')} />;
  if (error || !data)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );

  const c = data.case;
  return (
    <Stack>
      <Anchor component={Link} to={`/cases/${c.id}`}>
        {t('attendance.back', { family: c.family.householdName })}
      </Anchor>
      <div>
        <Title order={2}>{t('attendance.title', { student: c.student.name })}</Title>
        <Text c="dimmed">{[c.title, c.student.school?.name].filter(Boolean).join(' · ')}</Text>
      </div>
      <WeekGrid
        studentId={studentId}
        week={week}
        onWeekChange={(monday) => setSearch({ week: monday })}
        supports={data.supports}
        tags={data.observationTags}
        schoolYears={c.student.school?.district.schoolYears ?? null}
      />
      {worksCases && (
        <DocumentsSection
          caseId={c.id}
          place={{ attendanceWeek: week }}
          title={t('documents.weekSection')}
        />
      )}
      <Supports studentId={studentId} supports={data.supports} />
      <Card withBorder component="section" aria-labelledby="pattern-heading">
        <Title order={3} size="h4" id="pattern-heading" mb="sm">
          {t('attendance.pattern.title')}
        </Title>
        <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
          <AttendanceCharts studentId={studentId} tags={data.observationTags} />
        </Suspense>
      </Card>
    </Stack>
  );
}
