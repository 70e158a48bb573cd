import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SchoolsPageQuery } from '../../gql/graphql';
import { refusal } from './school-parts';

type School = SchoolsPageQuery['schools']['edges'][number]['node'];
type District = SchoolsPageQuery['districts']['edges'][number]['node'];

const ARCHIVE = graphql(`
  mutation ArchiveSchool($id: ID!) {
    archiveSchool(id: $id) {
      id
      archivedAt
    }
  }
`);

const RESTORE = graphql(`
  mutation RestoreSchool($id: ID!) {
    restoreSchool(id: $id) {
      id
      archivedAt
    }
  }
`);

/** One school: its page, and archive (or restore) with the api's refusal beside it. */
function SchoolRow({ school }: { school: School }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [archive, archiving] = useMutation(ARCHIVE);
  const [restore, restoring] = useMutation(RESTORE);
  const archived = !!school.archivedAt;
  const toggle = async () => {
    setProblem(null);
    try {
      await (archived ? restore : archive)({ variables: { id: school.id } });
    } catch (error) {
      setProblem(refusal(error, t));
    }
  };
  return (
    <Paper component="li" withBorder p="sm" data-testid="school">
      <Group justify="space-between" wrap="nowrap" align="center">
        <Group gap="xs" style={{ minWidth: 0, flex: 1 }}>
          <Anchor component={Link} to={`/settings/schools/${school.id}`} fw={600}>
            {school.name}
          </Anchor>
          {archived && (
            <Badge variant="outline" color="gray.8">
              {t('schools.archived')}
            </Badge>
          )}
        </Group>
        <Button
          size="xs"
          variant="default"
          style={{ flexShrink: 0 }}
          loading={archiving.loading || restoring.loading}
          aria-label={t(archived ? 'schools.list.restoreWho' : 'schools.list.archiveWho', {
            name: school.name,
          })}
          onClick={toggle}
        >
          {t(archived ? 'schools.restore' : 'schools.archive')}
        </Button>
      </Group>
      {problem && (
        <Text c="red.9" size="sm" role="alert" mt={4}>
          {problem}
        </Text>
      )}
    </Paper>
  );
}

function Rows({ schools }: { schools: School[] }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {schools.map((s) => (
        <SchoolRow key={s.id} school={s} />
      ))}
    </Stack>
  );
}

/** The schools, under their district's name when `grouped` (no district chosen). */
export function SchoolList(props: { schools: School[]; districts: District[]; grouped: boolean }) {
  const { t } = useTranslation();
  if (!props.schools.length) return <Text c="dimmed">{t('schools.list.empty')}</Text>;
  if (!props.grouped) return <Rows schools={props.schools} />;
  const groups = props.districts
    .map((d) => ({ district: d, schools: props.schools.filter((s) => s.districtId === d.id) }))
    .filter((g) => g.schools.length);
  return (
    <Stack gap="lg">
      {groups.map(({ district, schools }) => (
        <Stack gap="xs" key={district.id} data-testid="district-group">
          <Title order={4}>
            {district.name}{' '}
            <Text span c="dimmed" fw={400} size="sm">
              ({district.state})
            </Text>
          </Title>
          <Rows schools={schools} />
        </Stack>
      ))}
    </Stack>
  );
}
