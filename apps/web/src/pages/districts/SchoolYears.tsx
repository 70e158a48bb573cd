import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { DistrictPageQuery } from '../../gql/graphql';
import { SchoolYearForm } from './SchoolYearForm';

type Year = DistrictPageQuery['district']['schoolYears'][number];

const DELETE = graphql(`
  mutation DeleteDistrictSchoolYear($id: ID!) {
    deleteSchoolYear(id: $id) {
      id
    }
  }
`);

/** Deletes a school year after a confirmation that says what it does. */
function DeleteYear({ year, onDone }: { year: Year; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DELETE, {
    refetchQueries: ['DistrictPage'],
    awaitRefetchQueries: true,
  });
  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: year.id } });
      setOpened(false);
      onDone(t('districts.years.deleted', { label: year.label }));
    } catch (error) {
      const code = errorCode(error);
      setProblem(
        code === 'FORBIDDEN'
          ? t('districts.years.adminOnlyDelete')
          : code === 'NOT_FOUND'
            ? t('districts.gone')
            : t('common.unexpected'),
      );
    }
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('districts.years.deleteWho', { label: year.label })}
      >
        {t('districts.years.delete')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('districts.years.deleteTitle', { label: year.label })}
      >
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text>{t('districts.years.deleteBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('districts.years.cancel')}
            </Button>
            <Button color="red.8" loading={loading} onClick={() => void confirm()}>
              {t('districts.years.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The district's school years, oldest first: add, edit (in a dialog) and delete. */
export function SchoolYears({ districtId, years }: { districtId: string; years: Year[] }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Year | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setEditing(null);
    setDone(message);
  };
  const day = (d: string) => formatDay(d, i18n.language);

  return (
    <Stack gap="sm">
      {done && (
        <Alert color="green" role="status" maw={640}>
          {done}
        </Alert>
      )}
      {!years.length && <Text c="dimmed">{t('districts.years.empty')}</Text>}
      {years.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} maw={760}>
          {years.map((year) => (
            <Paper key={year.id} component="li" withBorder p="sm" data-testid="school-year">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <div>
                  <Text fw={600}>{year.label}</Text>
                  <Text size="sm">
                    {day(year.firstDay)} – {day(year.lastDay)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('districts.years.schoolDays', { count: year.schoolDayCount })} ·{' '}
                    {t('districts.years.closures', { count: year.nonSchoolDays.length })}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(year)}
                    aria-label={t('districts.years.editWho', { label: year.label })}
                  >
                    {t('districts.years.edit')}
                  </Button>
                  <DeleteYear year={year} onDone={setDone} />
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Group>
        <Button variant="default" onClick={() => setEditing('new')}>
          {t('districts.years.add')}
        </Button>
      </Group>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          editing && editing !== 'new'
            ? t('districts.years.editTitle', { label: editing.label })
            : t('districts.years.addTitle')
        }
      >
        {editing !== null && (
          <SchoolYearForm
            districtId={districtId}
            year={editing === 'new' ? undefined : editing}
            onDone={finish}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
