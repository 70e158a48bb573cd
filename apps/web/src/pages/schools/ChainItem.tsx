import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Button, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roleAndTitle } from './ContactList';
import type { Contact } from './school-parts';

/**
 * One person in the escalation chain: a handle to drag (or to pick up with Space and move
 * with the arrow keys), and buttons to move them up or down or take them out.
 */
export function ChainItem(props: {
  contact: Contact;
  position: number;
  count: number;
  problem?: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { contact, position, count } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: contact.id,
    attributes: { roleDescription: t('schools.chain.dnd.roleDescription') },
  });
  const name = contact.name;
  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow={isDragging ? 'md' : undefined}
      data-testid="chain-step"
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
      }}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <UnstyledButton
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={t('schools.chain.drag', { name })}
            data-testid="chain-handle"
            px={6}
            py={2}
            style={{
              cursor: isDragging ? 'grabbing' : 'grab',
              touchAction: 'none',
              border: '1px solid var(--mantine-color-gray-5)',
              borderRadius: 4,
              lineHeight: 1,
            }}
          >
            <span aria-hidden="true">⠿</span>
          </UnstyledButton>
          <Text fw={700}>{position}.</Text>
          <div style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600} data-testid="chain-name">
                {name}
              </Text>
              {contact.archivedAt && (
                <Badge variant="outline" color="gray.8">
                  {t('schools.archived')}
                </Badge>
              )}
              {!contact.schoolId && (
                <Badge variant="outline" color="gray.8">
                  {t('schools.chain.districtWide')}
                </Badge>
              )}
            </Group>
            <Text size="sm">{roleAndTitle(contact, t)}</Text>
          </div>
        </Group>
        <Group gap={6}>
          <Button
            size="xs"
            variant="default"
            disabled={position === 1}
            aria-label={t('schools.chain.upWho', { name })}
            onClick={() => props.onMove(-1)}
          >
            {t('schools.chain.up')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={position === count}
            aria-label={t('schools.chain.downWho', { name })}
            onClick={() => props.onMove(1)}
          >
            {t('schools.chain.down')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={t('schools.chain.removeWho', { name })}
            onClick={props.onRemove}
          >
            {t('schools.chain.remove')}
          </Button>
        </Group>
      </Group>
      {props.problem && (
        <Text c="red.9" size="sm" role="alert" mt={4}>
          {props.problem}
        </Text>
      )}
    </Paper>
  );
}
