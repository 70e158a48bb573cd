import { Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One chart: its title, the drawing for the eye (hidden from a screen reader), and the same
 * figures as a table — shown beside it, or there for a screen reader only.
 */
export function ChartCard(props: {
  title: string;
  description?: string;
  /** What the chart shows, in one sentence, said before it (the family portal's captions). */
  caption?: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string | null;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <Card withBorder padding="sm" component="figure" m={0}>
      <Title order={4} size="h5" component="figcaption">
        {props.title}
      </Title>
      {props.description && (
        <Text size="xs" c="dimmed">
          {props.description}
        </Text>
      )}
      {props.caption && (
        <Text size="lg" fw={600} mt={4}>
          {props.caption}
        </Text>
      )}
      {props.empty ? (
        <Text size="sm" c="dimmed" mt="sm">
          {props.empty}
        </Text>
      ) : (
        <Stack gap="xs" mt="xs">
          <div aria-hidden="true">{props.chart}</div>
          {props.table}
        </Stack>
      )}
    </Card>
  );
}

/** A chart's figures as a table: the first column names, the others numbers (to the right). */
export function FiguresTable(props: {
  caption: string;
  head: string[];
  rows: Array<Array<ReactNode>>;
}) {
  return (
    <Table fz="sm" striped>
      <caption>
        <VisuallyHidden>{props.caption}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          {props.head.map((h, i) => (
            <Table.Th key={h} ta={i ? 'right' : undefined}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row, i) => (
          <Table.Tr key={i}>
            {row.map((cell, j) => (
              <Table.Td key={j} ta={j ? 'right' : undefined}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
