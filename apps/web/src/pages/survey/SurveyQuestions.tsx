import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS, MAX_TEXT, newKey, type SurveyValues } from './survey-form';

/** ↑ ↓ ✕ as words for screen readers, as arrows for the eye. */
function Arrow({
  label,
  onClick,
  children,
  disabled,
}: {
  label: string;
  onClick: () => void;
  children: string;
  disabled?: boolean;
}) {
  return (
    <ActionIcon
      variant="default"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
    >
      <span aria-hidden>{children}</span>
    </ActionIcon>
  );
}

/** The statements, English and Spanish side by side; reordered, removed, added. */
export function SurveyQuestions({ form }: { form: UseFormReturnType<SurveyValues> }) {
  const { t } = useTranslation();
  const questions = form.getValues().questions;
  return (
    <Stack>
      {questions.map((q, i) => {
        const n = i + 1;
        return (
          <Fieldset key={q.key} legend={t('survey.statement', { n })} p="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t('survey.inEnglish')}
                lang="en"
                autosize
                minRows={2}
                maxLength={MAX_TEXT}
                {...form.getInputProps(`questions.${i}.textEn`)}
              />
              <Textarea
                label={t('survey.inSpanish')}
                lang="es"
                autosize
                minRows={2}
                maxLength={MAX_TEXT}
                {...form.getInputProps(`questions.${i}.textEs`)}
              />
            </SimpleGrid>
            <Group gap={4} justify="flex-end" mt="xs">
              <Arrow
                label={t('survey.moveUp', { n })}
                disabled={i === 0}
                onClick={() => form.reorderListItem('questions', { from: i, to: i - 1 })}
              >
                ↑
              </Arrow>
              <Arrow
                label={t('survey.moveDown', { n })}
                disabled={i === questions.length - 1}
                onClick={() => form.reorderListItem('questions', { from: i, to: i + 1 })}
              >
                ↓
              </Arrow>
              <Arrow
                label={t('survey.remove', { n })}
                disabled={questions.length === 1}
                onClick={() => form.removeListItem('questions', i)}
              >
                ✕
              </Arrow>
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="default"
          disabled={questions.length >= MAX_QUESTIONS}
          onClick={() =>
            form.insertListItem('questions', { key: newKey(), id: null, textEn: '', textEs: '' })
          }
        >
          {t('survey.add')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('survey.count', { count: questions.length, max: MAX_QUESTIONS })}
        </Text>
      </Group>
    </Stack>
  );
}
