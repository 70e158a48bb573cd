import { Alert, Button, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A small form about one row of the case page (record a request as sent, record the
 * school's answer): a button in the row opens it in a dialog, with the problem the api gave
 * (if it named no field) above the fields and the submit button below them.
 */
export function RowFormDialog(props: {
  openLabel: string;
  title: string;
  submitLabel: string;
  opened: boolean;
  onOpenChange: (opened: boolean) => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  /** The form cannot be sent as things are (it says why above the button). */
  submitDisabled?: boolean;
  problem: string | null;
  /** The dialog's width (Mantine's sizes); default: Mantine's. */
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button size="xs" variant="light" mt={4} onClick={() => props.onOpenChange(true)}>
        {props.openLabel}
      </Button>
      <Modal
        opened={props.opened}
        onClose={() => props.onOpenChange(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={props.title}
        size={props.size}
      >
        <form onSubmit={props.onSubmit} noValidate>
          <Stack>
            {props.problem && (
              <Alert color="red" role="alert">
                {props.problem}
              </Alert>
            )}
            {props.children}
            <Button type="submit" loading={props.submitting} disabled={props.submitDisabled}>
              {props.submitLabel}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
