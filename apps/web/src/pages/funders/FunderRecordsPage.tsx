import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMembership } from '../../auth/AuthProvider';
import { formatDay } from '../../dates';
import { errorCode, fieldErrorsByPath } from '../../errors';
import type { FunderReportRecordsQuery } from '../../gql/graphql';
import { useRangeParams } from '../outcomes/report-params';
import { FUNDER_PRESETS, FUNDER_REPORT_RECORDS, isFunderFigure } from './funder-report';
import { useFunderLabels, type FunderLabels } from './labels';
import { ScrollTable } from './ScrollTable';

type Row = FunderReportRecordsQuery['funderReportRecords']['records'][number];

/** The part of a figure a key names, in words (a contacts cell, a meeting kind, a reason). */
function keyLabel(figure: string, key: string, labels: FunderLabels): string {
  if (figure === 'CONTACTS') {
    const [audience = '', group = ''] = key.split(':');
    return `${labels.audience(audience)}, ${labels.channel(group)}`;
  }
  if (figure === 'MEETINGS') return labels.meetingKind(key);
  if (figure === 'OUTREACH') return labels.outreach(key);
  if (figure === 'CASES_CLOSED') return labels.closingReason(key);
  return key;
}

/**
 * The records behind one figure of the funder reports (`/funders/records?figure=…&key=…`,
 * same range as the report): contacts, meetings, parents, children or closed cases, each
 * with its case one click away for those who work cases.
 */
export function FunderRecordsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const membership = useMembership();
  const labels = useFunderLabels();
  const { params, range } = useRangeParams(FUNDER_PRESETS);
  const asked = params.get('figure');
  const figure = isFunderFigure(asked) ? asked : 'CONTACTS';
  const key = params.get('key');
  const result = useQuery(FUNDER_REPORT_RECORDS, { variables: { range, figure, key } });
  const data = result.dataState === 'complete' ? result.data.funderReportRecords : undefined;
  // An analyst granted the records reads them here; the case pages are the console's.
  const opensCases = membership?.role === 'ADMIN' || membership?.role === 'ADVOCATE';

  const back = new URLSearchParams(params);
  back.delete('figure');
  back.delete('key');
  const figureName = t(`funders.records.figure.${figure}`);
  const title = key
    ? t('funders.records.titleWithKey', { figure: figureName, key: keyLabel(figure, key, labels) })
    : figureName;
  const what = (row: Row) => {
    if (row.kind === 'CONTACT') {
      const [party = '', channel = ''] = row.label.split(' ');
      return t('funders.records.contact', {
        party: t(`contactLog.parties.${party}`),
        channel: t(`contactLog.channels.${channel}`),
      });
    }
    if (row.kind === 'MEETING') return labels.meetingKind(row.label);
    return row.label.trim() || t('funders.records.noName');
  };
  const code = errorCode(result.error);
  // Parents and children have no day, and no case of their own: no empty columns for them.
  const withDay = !!data?.records.some((row) => row.day);
  const withCase = opensCases && !!data?.records.some((row) => row.caseId);

  return (
    <Stack>
      <Anchor component={Link} to={{ pathname: '/funders', search: back.toString() }} size="sm">
        {t('funders.records.back')}
      </Anchor>
      <div>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed" data-testid="records-range">
          {t('funders.rangeShown', {
            from: formatDay(range.from, language),
            to: formatDay(range.to, language),
          })}
        </Text>
      </div>
      {code === 'BAD_USER_INPUT' ? (
        <Alert color="red" role="alert" title={t('outcomes.badRange')}>
          {Object.values(fieldErrorsByPath(result.error)).join(' ')}
        </Alert>
      ) : code === 'FORBIDDEN' ? (
        <Alert color="red" role="alert" title={t('outcomes.forbiddenTitle')}>
          {t('funders.records.forbidden')}
        </Alert>
      ) : result.error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : data.total === 0 ? (
        <Text c="dimmed">{t('funders.records.none')}</Text>
      ) : (
        <>
          <Text size="sm" data-testid="records-total">
            {t('funders.records.total', { count: data.total })}{' '}
            {data.total > data.records.length &&
              t('funders.records.firstShown', { shown: data.records.length })}
          </Text>
          <ScrollTable label={title} minWidth={130 * (2 + Number(withDay) + Number(withCase))}>
            <Table striped fz="sm" data-testid="funder-records">
              <caption>
                <VisuallyHidden>{title}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funders.records.what')}</Table.Th>
                  <Table.Th scope="col">{t('funders.records.who')}</Table.Th>
                  {withDay && <Table.Th scope="col">{t('funders.records.day')}</Table.Th>}
                  {withCase && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('funders.records.case')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.records.map((row, i) => (
                  <Table.Tr key={`${row.kind}-${row.id ?? i}`} data-testid="funder-record">
                    <Table.Td>{t(`funders.records.kind.${row.kind}`)}</Table.Td>
                    <Table.Td>{what(row)}</Table.Td>
                    {withDay && <Table.Td>{row.day ? formatDay(row.day, language) : '—'}</Table.Td>}
                    {withCase && (
                      <Table.Td>
                        {row.caseId && (
                          <Anchor component={Link} to={`/cases/${row.caseId}`} size="sm">
                            {t('funders.records.openCase')}
                          </Anchor>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
