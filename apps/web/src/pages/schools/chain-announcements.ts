import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a screen reader hears while someone moves a person in the chain with the keyboard or
 * a pointer, in the interface's language (dnd-kit's own words are English only).
 */
export function useChainAnnouncements(
  order: string[],
  nameOf: (id: UniqueIdentifier) => string,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation();
  // Where the person was last said to be: nothing is said twice (a drag starts over itself).
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const at = (id: UniqueIdentifier) => order.indexOf(String(id)) + 1;
  const count = order.length;
  return {
    screenReaderInstructions: { draggable: t('schools.chain.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => {
        lastOver.current = active.id;
        return t('schools.chain.dnd.picked', {
          name: nameOf(active.id),
          position: at(active.id),
          count,
        });
      },
      onDragOver: ({ active, over }) => {
        if (!over || over.id === lastOver.current) return undefined;
        lastOver.current = over.id;
        return t('schools.chain.dnd.over', {
          name: nameOf(active.id),
          position: at(over.id),
          count,
        });
      },
      onDragEnd: ({ active, over }) =>
        over
          ? t('schools.chain.dnd.dropped', {
              name: nameOf(active.id),
              position: at(over.id),
              count,
            })
          : t('schools.chain.dnd.cancelled', { name: nameOf(active.id) }),
      onDragCancel: ({ active }) => t('schools.chain.dnd.cancelled', { name: nameOf(active.id) }),
    },
  };
}
