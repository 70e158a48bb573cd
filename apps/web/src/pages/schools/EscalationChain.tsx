import { useMutation } from '@apollo/client/react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../errors';
import { graphql } from '../../gql';
import { ChainItem } from './ChainItem';
import { useChainAnnouncements } from './chain-announcements';
import { refusal, type Contact } from './school-parts';

const SET_CHAIN = graphql(`
  mutation SetEscalationChain($schoolId: ID!, $contactIds: [ID!]!) {
    setEscalationChain(schoolId: $schoolId, contactIds: $contactIds) {
      id
      escalationChain {
        id
        name
        role
        title
        email
        phone
        archivedAt
        schoolId
        districtId
      }
    }
  }
`);

/**
 * The school's escalation chain, edited here and saved whole: people are put in order by
 * dragging (pointer or keyboard) or with the up and down buttons, added from the school's and
 * the district's staff, and taken out. The api's refusal of a step is said on that step.
 */
export function EscalationChain(props: {
  schoolId: string;
  chain: Contact[];
  candidates: Contact[];
}) {
  const { t } = useTranslation();
  const saved = props.chain.map((c) => c.id);
  // Unsaved changes; null while the chain is as saved.
  const [draft, setDraft] = useState<string[] | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState(false);
  const [save, { loading }] = useMutation(SET_CHAIN);
  const order = draft ?? saved;
  const byId = new Map([...props.candidates, ...props.chain].map((c) => [c.id, c]));
  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? '';
  const accessibility = useChainAnnouncements(order, nameOf);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const change = (next: string[]) => {
    const same = next.length === saved.length && next.every((id, i) => id === saved[i]);
    setDraft(same ? null : next);
    setProblems({});
    setProblem(null);
    setSaid(false);
  };
  const move = (index: number, by: -1 | 1) => change(arrayMove(order, index, index + by));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    change(arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id))));
  };
  const addable = props.candidates.filter((c) => !order.includes(c.id));

  const submit = async () => {
    setProblems({});
    setProblem(null);
    try {
      await save({ variables: { schoolId: props.schoolId, contactIds: order } });
      setDraft(null);
      setSaid(true);
    } catch (error) {
      const steps: Record<number, string> = {};
      for (const path of Object.keys(fieldErrorsByPath(error))) {
        const index = Number(/contactIds\.(\d+)/.exec(path)?.[1]);
        if (!Number.isInteger(index)) continue;
        steps[index] = byId.get(order[index] ?? '')?.archivedAt
          ? t('schools.chain.refusedArchived')
          : t('schools.chain.refusedStep');
      }
      setProblems(steps);
      setProblem(Object.keys(steps).length ? t('schools.chain.refused') : refusal(error, t));
    }
  };

  return (
    <Stack maw={760}>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {said && (
        <Alert color="green" role="status">
          {t('schools.chain.saved')}
        </Alert>
      )}
      {order.length ? (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={accessibility}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {order.map((id, index) => {
                const contact = byId.get(id);
                if (!contact) return null;
                return (
                  <ChainItem
                    key={id}
                    contact={contact}
                    position={index + 1}
                    count={order.length}
                    problem={problems[index]}
                    onMove={(by) => move(index, by)}
                    onRemove={() => change(order.filter((other) => other !== id))}
                  />
                );
              })}
            </Stack>
          </SortableContext>
        </DndContext>
      ) : (
        <Text c="dimmed">{t('schools.chain.empty')}</Text>
      )}
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('schools.chain.add')}
          placeholder={addable.length ? t('schools.chain.addPick') : t('schools.chain.addNone')}
          disabled={!addable.length}
          data={addable.map((c) => ({ value: c.id, label: c.name }))}
          value={adding}
          onChange={setAdding}
          searchable
          miw={240}
          style={{ flex: '1 1 16rem' }}
        />
        <Button
          variant="default"
          disabled={!adding}
          onClick={() => {
            if (adding) change([...order, adding]);
            setAdding(null);
          }}
        >
          {t('schools.chain.addSubmit')}
        </Button>
      </Group>
      <Group>
        <Button onClick={submit} loading={loading} disabled={!draft}>
          {t('schools.chain.save')}
        </Button>
        {draft && (
          <>
            <Button variant="subtle" color="gray.8" onClick={() => change(saved)}>
              {t('schools.chain.discard')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('schools.chain.unsaved')}
            </Text>
          </>
        )}
      </Group>
    </Stack>
  );
}
