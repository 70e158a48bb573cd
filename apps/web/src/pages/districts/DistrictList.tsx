import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { DistrictsPageQuery } from '../../gql/graphql';
import { calendarsOnFile, currentAndComingYears, timeZoneLabel } from './district-parts';

type District = DistrictsPageQuery['districts']['edges'][number]['node'];

const ARCHIVE = graphql(`
  mutation ArchiveDistrict($id: ID!) {
    archiveDistrict(id: $id) {
      id
      archivedAt
    }
  }
`);

const RESTORE = graphql(`
  mutation RestoreDistrict($id: ID!) {
    restoreDistrict(id: $id) {
      id
      archivedAt
    }
  }
`);

/** Whether the district has this and next school year's calendars, said plainly. */
export function CalendarStatus({ years }: { years: ReadonlyArray<{ firstDay: string }> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {calendarsOnFile(years, currentAndComingYears()).map(({ year, onFile }) => (
        <Text key={year} size="sm" c={onFile ? undefined : 'red.9'} fw={onFile ? undefined : 600}>
          {onFile
            ? t('districts.list.calendarOk', { year })
            : t('districts.list.calendarMissing', { year })}
        </Text>
      ))}
    </Stack>
  );
}

/** Archive or restore, said when done; a refusal said beside the button. */
function ArchiveButton({ district }: { district: District }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const archived = !!district.archivedAt;
  const [archive, archiving] = useMutation(ARCHIVE, { refetchQueries: ['DistrictsPage'] });
  const [restore, restoring] = useMutation(RESTORE, { refetchQueries: ['DistrictsPage'] });
  const act = async () => {
    setProblem(null);
    try {
      await (archived ? restore : archive)({ variables: { id: district.id } });
      setDone(
        t(archived ? 'districts.list.restoredDone' : 'districts.list.archivedDone', {
          name: district.name,
        }),
      );
    } catch (error) {
      const code = errorCode(error);
      setProblem(
        code === 'NOT_FOUND'
          ? t('districts.gone')
          : code === 'FORBIDDEN'
            ? t('districts.forbidden')
            : t('common.unexpected'),
      );
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="default"
        loading={archiving.loading || restoring.loading}
        aria-label={t(archived ? 'districts.list.restoreWho' : 'districts.list.archiveWho', {
          name: district.name,
        })}
        onClick={() => void act()}
      >
        {archived ? t('districts.list.restore') : t('districts.list.archive')}
      </Button>
      {done && (
        <Text size="sm" role="status">
          {done}
        </Text>
      )}
      {problem && (
        <Text size="sm" c="red.9" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

/** The organization's districts, active first, each with its calendars' state. */
export function DistrictList({ districts }: { districts: District[] }) {
  const { t } = useTranslation();
  if (!districts.length) return <Text c="dimmed">{t('districts.list.empty')}</Text>;
  const sorted = [...districts].sort((a, b) => Number(!!a.archivedAt) - Number(!!b.archivedAt));
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {sorted.map((district) => (
        <Paper key={district.id} component="li" withBorder p="sm" data-testid="district">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={4} miw={0} style={{ flex: '1 1 280px' }}>
              <Group gap="xs">
                <Anchor component={Link} to={`/settings/districts/${district.id}`} fw={600}>
                  {district.name}
                </Anchor>
                {district.archivedAt && (
                  <Badge color="gray.8" variant="filled">
                    {t('districts.list.archived')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {t('districts.list.state')}: {district.state} · {t('districts.list.timeZone')}:{' '}
                {timeZoneLabel(district.timeZone)}
              </Text>
              {!district.archivedAt && <CalendarStatus years={district.schoolYears} />}
            </Stack>
            <ArchiveButton district={district} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
