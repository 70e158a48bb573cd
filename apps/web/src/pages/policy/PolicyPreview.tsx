import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { UpdateFollowUpPolicyInput } from '../../gql/graphql';
import { formatDay, formatWhen } from './admin';

const PREVIEW = graphql(`
  query PolicyPreview($requestId: ID!, $changes: UpdateFollowUpPolicyInput) {
    followUpPolicyPreview(requestId: $requestId, changes: $changes) {
      kind
      sequence
      commitmentId
      scheduledAt
      requiresApproval
      recipients {
        name
        email
      }
      cc {
        name
      }
    }
  }
`);

export interface SentRequest {
  id: string;
  subject: string;
  caseTitle: string;
  dueOn: string | null;
}

/**
 * What the policy as typed (not yet saved) would plan for one of the organization's sent
 * requests: each message, when, to whom. Values the api refuses leave the preview waiting.
 */
export function PolicyPreview(props: {
  requests: SentRequest[];
  requestId: string | null;
  onRequest: (id: string) => void;
  changes: UpdateFollowUpPolicyInput | null;
  timeZone?: string;
}) {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error } = useQuery(PREVIEW, {
    variables: { requestId: props.requestId ?? '', changes: props.changes },
    skip: !props.requestId || !props.changes,
  });
  const request = props.requests.find((r) => r.id === props.requestId);
  const shown = (data ?? previousData)?.followUpPolicyPreview;

  if (!props.requests.length) return <Text c="dimmed">{t('policy.preview.noRequests')}</Text>;
  return (
    <Stack maw={760}>
      <Select
        label={t('policy.preview.request')}
        description={t('policy.preview.requestHelp')}
        allowDeselect={false}
        searchable
        data={props.requests.map((r) => ({
          value: r.id,
          label: `${r.subject} — ${r.caseTitle}`,
        }))}
        value={props.requestId}
        onChange={(value) => value && props.onRequest(value)}
      />
      {request?.dueOn && (
        <Text size="sm">
          {t('policy.preview.dueOn', { date: formatDay(request.dueOn, i18n.language) })}
        </Text>
      )}
      {!props.changes ? (
        <Alert color="yellow" role="status">
          {t('policy.preview.invalid')}
        </Alert>
      ) : error ? (
        <Alert color={errorCode(error) === 'BAD_USER_INPUT' ? 'yellow' : 'red'} role="status">
          {errorCode(error) === 'BAD_USER_INPUT'
            ? t('policy.preview.invalid')
            : t('common.loadFailed')}
        </Alert>
      ) : loading && !shown ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : !shown?.length ? (
        <Text c="dimmed">{t('policy.preview.nothing')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-busy={loading}
        >
          {shown.map((p) => (
            <Paper
              key={`${p.commitmentId ?? 'request'}/${p.kind}/${p.sequence}`}
              component="li"
              withBorder
              p="sm"
              data-testid="planned"
            >
              <Group justify="space-between" align="flex-start" gap="xs">
                <div>
                  <Text fw={600} size="sm">
                    {t(`followUps.kind.${p.kind}`)}
                    {p.sequence > 1 ? ` (${p.sequence})` : ''}
                    {p.commitmentId ? ` · ${t('policy.preview.commitment')}` : ''}
                  </Text>
                  <Text size="sm">{formatWhen(p.scheduledAt, i18n.language, props.timeZone)}</Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('policy.preview.to', {
                      names: p.recipients.map((r) => r.name).join(', ') || '—',
                    })}
                    {p.cc.length
                      ? ` · ${t('policy.preview.cc', { names: p.cc.map((r) => r.name).join(', ') })}`
                      : ''}
                  </Text>
                </div>
                {p.requiresApproval && (
                  <Badge variant="outline" color="gray.8">
                    {t('policy.preview.approval')}
                  </Badge>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
