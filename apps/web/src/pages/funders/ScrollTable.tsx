import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table wider than a phone: it scrolls sideways inside its own box (reachable with the
 * keyboard), and prints whole.
 */
export function ScrollTable(props: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer
      minWidth={props.minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={props.label}
      data-print-whole
    >
      {props.children}
    </Table.ScrollContainer>
  );
}
