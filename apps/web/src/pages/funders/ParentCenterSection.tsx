import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunderFigure, ParentCenterReportQuery } from '../../gql/graphql';
import { Figure } from '../outcomes/Figure';
import type { DayRange } from '../outcomes/range';
import { ContactsTable } from './ContactsTable';
import { CountCard } from './CountCard';
import type { FunderLabels } from './labels';
import { OutreachTable } from './OutreachTable';
import { SurveyResults } from './SurveyResults';

type Report = ParentCenterReportQuery['parentCenterReport'];

/**
 * The parent center annual report: who was served, the contacts as the funder's form lays
 * them out, meetings attended, languages and demographics, and the parent survey.
 */
export function ParentCenterSection(props: {
  report: Report;
  range: DayRange;
  labels: FunderLabels;
  /** The records behind a figure, when the member may read them. */
  behind?: (figure: FunderFigure, key?: string | null) => string;
  isAdmin: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { report: r, labels, behind } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const seeRecords = t('funders.seeRecords');
  const counts = (
    list: Array<{ key: string; count: number }>,
    label: (key: string) => string,
    figure?: FunderFigure,
  ) =>
    list.map((c) => ({
      key: c.key,
      label: label(c.key),
      count: c.count,
      to: figure && behind ? behind(figure, c.key) : undefined,
    }));

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" data-keep>
        <Figure
          label={t('funders.parentCenter.parentsServed')}
          value={number.format(r.parentsServed)}
          detail={t('funders.parentCenter.parentsServedDetail')}
          to={r.parentsServed ? behind?.('PARENTS_SERVED') : undefined}
          linkLabel={seeRecords}
        />
        <Figure
          label={t('funders.parentCenter.childrenServed')}
          value={number.format(r.childrenServed)}
          detail={t('funders.parentCenter.childrenServedDetail')}
          to={r.childrenServed ? behind?.('CHILDREN_SERVED') : undefined}
          linkLabel={seeRecords}
        />
        <Figure
          label={t('funders.parentCenter.contacts')}
          value={number.format(r.contacts)}
          detail={t('funders.parentCenter.contactsDetail', {
            count: r.contactMinutes,
            minutes: number.format(r.contactMinutes),
          })}
          to={r.contacts ? behind?.('CONTACTS') : undefined}
          linkLabel={seeRecords}
        />
        <Figure
          label={t('funders.parentCenter.informationAndReferral')}
          value={number.format(r.informationAndReferral)}
          detail={t('funders.parentCenter.informationAndReferralDetail')}
        />
      </SimpleGrid>
      <ContactsTable
        audiences={r.contactsByAudience}
        labels={labels}
        behind={behind ? (key) => behind('CONTACTS', key) : undefined}
      />
      <OutreachTable
        outreach={r.outreach}
        behind={behind ? (key) => behind('OUTREACH', key) : undefined}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <CountCard
          title={t('funders.parentCenter.meetings')}
          head={t('funders.parentCenter.meetingKind')}
          rows={counts(
            r.meetingsAttended.map((m) => ({ key: m.kind, count: m.count })),
            labels.meetingKind,
            'MEETINGS',
          )}
        />
        <Stack gap="sm">
          <CountCard
            title={t('funders.parentCenter.languages')}
            head={t('funders.parentCenter.language')}
            rows={counts(r.parentsByPrimaryLanguage, labels.language)}
          />
          <CountCard
            title={t('funders.parentCenter.topics')}
            note={t('funders.parentCenter.topicsNote')}
            head={t('funders.parentCenter.topic')}
            rows={counts(r.contactsByTopic, labels.topic)}
          />
        </Stack>
        <CountCard
          title={t('funders.parentCenter.disability')}
          head={t('funders.parentCenter.category')}
          rows={counts(r.childrenByDisability, labels.disability)}
        />
        <CountCard
          title={t('funders.parentCenter.race')}
          head={t('funders.parentCenter.raceColumn')}
          rows={counts(r.childrenByRaceEthnicity, labels.race)}
        />
      </SimpleGrid>
      <SurveyResults
        survey={r.survey}
        range={props.range}
        labels={labels}
        withComments={props.isAdmin}
      />
    </Stack>
  );
}
