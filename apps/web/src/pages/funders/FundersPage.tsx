import './print.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth, useMembership } from '../../auth/AuthProvider';
import { formatDay } from '../../dates';
import { errorCode, fieldErrorsByPath } from '../../errors';
import type { FunderFigure } from '../../gql/graphql';
import { useCsvDownload } from '../outcomes/download';
import type { DayRange } from '../outcomes/range';
import { RangePicker } from '../outcomes/RangePicker';
import { useRangeParams } from '../outcomes/report-params';
import { CaseServiceSection } from './CaseServiceSection';
import {
  CASE_SERVICE_REPORT,
  FUNDER_CSV_FILES,
  FUNDER_PRESETS,
  funderCsvAddress,
  PARENT_CENTER_REPORT,
  recordsBehind,
} from './funder-report';
import { useFunderLabels } from './labels';
import { ParentCenterSection } from './ParentCenterSection';

/**
 * The funder reports over a range (the last complete federal program year by default), for
 * admins and analysts: the parent center annual report and legal aid's case service report,
 * each figure linked to the records behind it for those who may read them; printable, and
 * downloadable as CSV files.
 */
export function FundersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { me } = useAuth();
  const membership = useMembership();
  const labels = useFunderLabels();
  const { params, preset, range, choose, setDay } = useRangeParams(FUNDER_PRESETS);
  const parentCenter = useQuery(PARENT_CENTER_REPORT, { variables: { range } });
  const caseService = useQuery(CASE_SERVICE_REPORT, { variables: { range } });
  // Links to the records behind a figure only for those the api lets read them.
  const behind = membership?.readsFamilyRecords
    ? (figure: FunderFigure, key?: string | null) => recordsBehind(params, figure, key)
    : undefined;
  const shown = { from: formatDay(range.from, language), to: formatDay(range.to, language) };

  if (errorCode(parentCenter.error) === 'FORBIDDEN')
    return (
      <Stack>
        <Title order={2}>{t('funders.title')}</Title>
        <Alert color="red" role="alert" title={t('outcomes.forbiddenTitle')}>
          {t('funders.forbidden')}
        </Alert>
      </Stack>
    );

  return (
    <Stack className="funder-report">
      <div>
        <Title order={2}>{t('funders.title')}</Title>
        <Text fw={600} data-testid="funders-printed-for">
          {t('funders.printedFor', { organization: me?.activeOrganization?.name ?? '', ...shown })}
        </Text>
        <Text size="sm" data-no-print>
          {t('funders.intro')}
        </Text>
      </div>

      <Card
        withBorder
        padding="sm"
        component="section"
        aria-labelledby="funders-range"
        data-no-print
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="funders-range">
            {t('funders.rangeTitle')}
          </Title>
          <RangePicker
            label={t('funders.rangeTitle')}
            presets={[
              { value: 'lastProgramYear', label: t('funders.presets.lastProgramYear') },
              { value: 'programYear', label: t('funders.presets.programYear') },
              { value: 'custom', label: t('funders.presets.custom') },
            ]}
            preset={preset}
            range={range}
            onPreset={choose}
            onDay={setDay}
          />
          <Text size="sm" data-testid="funders-range">
            {t('funders.rangeShown', shown)}
          </Text>
        </Stack>
      </Card>

      <Actions range={range} />

      <ReportSection
        id="parent-center"
        title={t('funders.parentCenter.title')}
        result={parentCenter}
      >
        {parentCenter.data && (
          <ParentCenterSection
            report={parentCenter.data.parentCenterReport}
            range={range}
            labels={labels}
            behind={behind}
            isAdmin={membership?.role === 'ADMIN'}
          />
        )}
      </ReportSection>
      <ReportSection id="case-service" title={t('funders.caseService.title')} result={caseService}>
        {caseService.data && (
          <CaseServiceSection
            report={caseService.data.caseServiceReport}
            labels={labels}
            behind={behind}
          />
        )}
      </ReportSection>
    </Stack>
  );
}

/** One of the two reports: its title, and its figures once they came (or why not). */
function ReportSection(props: {
  id: string;
  title: string;
  result: { error?: unknown; data?: unknown; loading: boolean };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { error, data, loading } = props.result;
  const code = errorCode(error);
  return (
    <Stack
      component="section"
      gap="sm"
      aria-labelledby={props.id}
      aria-busy={loading}
      data-report-section
    >
      <Title order={3} id={props.id}>
        {props.title}
      </Title>
      {code === 'BAD_USER_INPUT' ? (
        <Alert color="red" role="alert" title={t('outcomes.badRange')}>
          {Object.values(fieldErrorsByPath(error)).join(' ')}
        </Alert>
      ) : error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        props.children
      )}
    </Stack>
  );
}

/** Print, and each report as a CSV file over the same range. */
function Actions({ range }: { range: DayRange }) {
  const { t } = useTranslation();
  const { busy, failed, download } = useCsvDownload({
    forbidden: t('funders.forbidden'),
    failed: t('outcomes.downloadFailed'),
  });
  return (
    <Card
      withBorder
      padding="sm"
      component="section"
      aria-labelledby="funders-actions"
      data-no-print
    >
      <Title order={3} size="h5" id="funders-actions">
        {t('funders.actions')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('funders.downloadsNote')}
      </Text>
      {failed && (
        <Alert color="red" role="alert" mb="xs">
          {failed}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" onClick={() => window.print()}>
          {t('funders.print')}
        </Button>
        {FUNDER_CSV_FILES.map((file) => (
          <Button
            key={file}
            variant="default"
            size="xs"
            loading={busy === file}
            onClick={() =>
              void download(
                file,
                funderCsvAddress(file, range),
                `${file}-${range.from}-${range.to}.csv`,
              )
            }
          >
            {t(`funders.csv.${file}`)}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
