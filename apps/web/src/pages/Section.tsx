import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the case page: a card that is a region named by its title. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
