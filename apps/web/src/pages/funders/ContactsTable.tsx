import { Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParentCenterReportQuery } from '../../gql/graphql';
import { CountLink } from './CountLink';
import type { FunderLabels } from './labels';
import { ScrollTable } from './ScrollTable';

type Audiences = ParentCenterReportQuery['parentCenterReport']['contactsByAudience'];

/** The columns of the funder's form, with the api's field and key for each channel group. */
const CHANNELS = [
  { group: 'PHONE', field: 'phone' },
  { group: 'LETTER', field: 'letters' },
  { group: 'EMAIL_TEXT', field: 'emailsAndTexts' },
  { group: 'MEETING', field: 'meetings' },
] as const;

/**
 * Individual assistance contacts as the parent center's annual report form lays them out:
 * parents, professionals and students by phone, letters, email or text, and meetings, with
 * totals; each cell links to its contacts (`behind`, when the member may read them).
 */
export function ContactsTable(props: {
  audiences: Audiences;
  labels: FunderLabels;
  behind?: (key: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const { audiences, labels, behind } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const title = t('funders.parentCenter.contactsTable');
  const sum = (field: (typeof CHANNELS)[number]['field'] | 'total') =>
    audiences.reduce((all, a) => all + a[field], 0);
  return (
    <Card withBorder padding="sm" component="section" aria-label={title} data-keep>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('funders.parentCenter.contactsTableNote')}
      </Text>
      <ScrollTable label={title} minWidth={560}>
        <Table fz="sm" striped withColumnBorders data-testid="contacts-table">
          <caption>
            <VisuallyHidden>{title}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funders.parentCenter.contactsWith')}</Table.Th>
              {CHANNELS.map((c) => (
                <Table.Th scope="col" key={c.group} ta="right">
                  {labels.channel(c.group)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('funders.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audiences.map((a) => (
              <Table.Tr key={a.audience} data-audience={a.audience}>
                <Table.Th scope="row">{labels.audience(a.audience)}</Table.Th>
                {CHANNELS.map((c) => (
                  <Table.Td key={c.group} ta="right" data-channel={c.group}>
                    <CountLink
                      count={a[c.field]}
                      what={`${labels.audience(a.audience)}, ${labels.channel(c.group)}`}
                      to={behind?.(`${a.audience}:${c.group}`)}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700} data-channel="TOTAL">
                  {number.format(a.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-audience="TOTAL">
              <Table.Th scope="row">{t('funders.total')}</Table.Th>
              {CHANNELS.map((c) => (
                <Table.Td key={c.group} ta="right" fw={700} data-channel={c.group}>
                  {number.format(sum(c.field))}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} data-channel="TOTAL">
                <CountLink
                  count={sum('total')}
                  what={t('funders.parentCenter.contacts')}
                  to={behind?.(null)}
                />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </Card>
  );
}
