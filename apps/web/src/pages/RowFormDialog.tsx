import { Alert, Button, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  /** The form cannot be sent as things are (it says why above the button). */
  submitDisabled?: boolean;
  problem: string | null;
  /** The dialog's width (Mantine's sizes); default: Mantine's. */
  size?: string;
  children: ReactNode;
}

/**
 * A small form in a dialog: the problem the api gave (if it named no field) above the fields,
 * the submit button below them. Opened by whoever shows it (a row's button, the header's).
 */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
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
  );
}

/** The small button in a row of the case page that opens its form. */
export function RowFormButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="light" mt={4} onClick={onClick}>
      {label}
    </Button>
  );
}

/**
 * A small form about one row of the case page (record a request as sent, record the
 * school's answer): a button in the row opens it in a dialog.
 */
export function RowFormDialog({
  openLabel,
  onOpenChange,
  ...dialog
}: Omit<FormDialogProps, 'onClose'> & {
  openLabel: string;
  onOpenChange: (opened: boolean) => void;
}) {
  return (
    <>
      <RowFormButton label={openLabel} onClick={() => onOpenChange(true)} />
      <FormDialog {...dialog} onClose={() => onOpenChange(false)} />
    </>
  );
}
