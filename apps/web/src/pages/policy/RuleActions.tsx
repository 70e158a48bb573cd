import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Rule } from './rule-parts';
import { CorrectForm, DisableForm, SoftForm } from './rule-forms';

const REMOVE = graphql(`
  mutation RemoveDeadlineRuleOverride($ruleId: String!) {
    removeDeadlineRuleOverride(ruleId: $ruleId) {
      ruleId
    }
  }
`);

const refetchQueries = ['DeadlineRulesPage'];

/** A button that opens a dialog; the dialog's form does the work and closes it. */
function ActionDialog(props: {
  label: string;
  accessibleLabel: string;
  title: string;
  children: (close: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        aria-label={props.accessibleLabel}
        onClick={() => setOpened(true)}
      >
        {props.label}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={props.title}
      >
        {opened && props.children(() => setOpened(false))}
      </Modal>
    </>
  );
}

function RemoveConfirm({ rule, close }: { rule: Rule; close: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(REMOVE, { refetchQueries, awaitRefetchQueries: true });
  const own = rule.source === 'ORGANIZATION';
  return (
    <Stack>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Text size="sm">{own ? t('policy.rules.deleteHelp') : t('policy.rules.removeHelp')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          {t('policy.cancel')}
        </Button>
        <Button
          color="red.9"
          loading={loading}
          onClick={async () => {
            setProblem(null);
            try {
              await remove({ variables: { ruleId: rule.id } });
              close();
            } catch {
              setProblem(t('common.unexpected'));
            }
          }}
        >
          {own ? t('policy.rules.deleteConfirm') : t('policy.rules.removeConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What an admin can do to a rule: correct, disable, set a soft deadline, undo the change. */
export function RuleActions({ rule }: { rule: Rule }) {
  const { t } = useTranslation();
  const id = rule.id;
  const untimed = rule.period === null || rule.period === undefined;
  const own = rule.source === 'ORGANIZATION';
  return (
    <Group gap="xs">
      <ActionDialog
        label={t('policy.rules.correct')}
        accessibleLabel={t('policy.rules.correctWhich', { id })}
        title={t('policy.rules.correctTitle', { id })}
      >
        {(close) => <CorrectForm rule={rule} close={close} />}
      </ActionDialog>
      {rule.enabled && (
        <ActionDialog
          label={t('policy.rules.disable')}
          accessibleLabel={t('policy.rules.disableWhich', { id })}
          title={t('policy.rules.disableTitle', { id })}
        >
          {(close) => <DisableForm rule={rule} close={close} />}
        </ActionDialog>
      )}
      {untimed && !own && (
        <ActionDialog
          label={t('policy.rules.setSoft')}
          accessibleLabel={t('policy.rules.setSoftWhich', { id })}
          title={t('policy.rules.softTitle', { id })}
        >
          {(close) => <SoftForm rule={rule} close={close} />}
        </ActionDialog>
      )}
      {(rule.override || own) && (
        <ActionDialog
          label={own ? t('policy.rules.delete') : t('policy.rules.remove')}
          accessibleLabel={t(own ? 'policy.rules.deleteWhich' : 'policy.rules.removeWhich', { id })}
          title={t(own ? 'policy.rules.deleteTitle' : 'policy.rules.removeTitle', { id })}
        >
          {(close) => <RemoveConfirm rule={rule} close={close} />}
        </ActionDialog>
      )}
    </Group>
  );
}
