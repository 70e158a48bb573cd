import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { graphql } from '../../gql';
import type { GettingStartedQuery } from '../../gql/graphql';
import { checklist, type Missing, type Step } from './checklist';

// An organization setting itself up has few of each: the api's page size holds them all.
const GETTING_STARTED = graphql(`
  query GettingStarted {
    members(first: 100) {
      edges {
        node {
          id
        }
      }
    }
    invitations(first: 100) {
      edges {
        node {
          id
          status
        }
      }
    }
    districts(first: 100) {
      edges {
        node {
          id
          name
          contacts {
            id
          }
          schools {
            id
            name
            contacts {
              id
            }
            escalationChain {
              id
            }
          }
        }
      }
    }
    districtsMissingCalendars {
      districtId
      districtName
      missingSchoolYears
      provisionalRequests
    }
    followUpPolicy {
      customized
    }
  }
`);

function stepsOf(data: GettingStartedQuery): Step[] {
  return checklist({
    memberCount: data.members.edges.length,
    pendingInvitations: data.invitations.edges.filter((e) => e.node.status === 'PENDING').length,
    districts: data.districts.edges.map((e) => e.node),
    calendarNeeds: data.districtsMissingCalendars,
    policyCustomized: data.followUpPolicy.customized,
  });
}

/** One thing still missing, said in words, linked to the page where it is put right. */
function MissingItem({ item }: { item: Missing }) {
  const { t, i18n } = useTranslation();
  const years = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  switch (item.kind) {
    case 'calendar':
      return (
        <Anchor component={Link} to={`/settings/districts/${item.districtId}`}>
          {t(item.provisional ? 'start.missing.calendar' : 'start.missing.calendarNoRequests', {
            district: item.name,
            years: years.format(item.years),
            count: item.provisional,
          })}
        </Anchor>
      );
    case 'district':
      return (
        <Anchor component={Link} to={`/settings/schools?district=${item.districtId}`}>
          {t('start.missing.district', { district: item.name })}
        </Anchor>
      );
    case 'school':
      return (
        <Anchor component={Link} to={`/settings/schools/${item.schoolId}`}>
          {t('start.missing.school', { school: item.name, district: item.district })}
        </Anchor>
      );
  }
}

function StepCard({ step, number }: { step: Step; number: number }) {
  const { t } = useTranslation();
  const titleId = `start-step-${step.name}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} data-testid="step">
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon
          radius="xl"
          size="lg"
          color={step.done ? 'teal.9' : 'gray.7'}
          variant={step.done ? 'filled' : 'outline'}
          aria-hidden
        >
          {step.done ? '✓' : number}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between">
            <Title order={3} size="h4" id={titleId}>
              {t(`start.steps.${step.name}.title`)}
            </Title>
            <Badge color={step.done ? 'teal.9' : 'gray.7'} variant="filled" data-testid="status">
              {step.done ? t('start.done') : t('start.toDo')}
            </Badge>
          </Group>
          <Text size="sm">{t(`start.steps.${step.name}.${step.done ? 'doneText' : 'why'}`)}</Text>
          {step.missing.length > 0 && (
            <List size="sm" spacing={4}>
              {step.missing.map((item) => (
                <List.Item
                  key={`${item.kind}-${'schoolId' in item ? item.schoolId : item.districtId}`}
                >
                  <MissingItem item={item} />
                </List.Item>
              ))}
            </List>
          )}
          <div>
            <Button
              component={Link}
              to={step.to}
              size="xs"
              variant={step.done ? 'default' : 'filled'}
            >
              {t(`start.steps.${step.name}.action`)}
            </Button>
          </div>
        </Stack>
      </Group>
    </Card>
  );
}

/**
 * Administration: what a new organization still has to set up — above all the districts whose
 * school calendar is missing, which leave deadlines provisional — each step linked to its page.
 */
export function GettingStartedPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const active = me?.activeOrganization;
  const { isAdmin } = useActiveRole();
  const { data, error } = useQuery(GETTING_STARTED, {
    skip: !isAdmin,
    fetchPolicy: 'cache-and-network',
  });

  if (!isAdmin) return <AdminsOnly says="start.adminsOnly" />;

  const steps = data ? stepsOf(data) : [];
  const done = steps.filter((s) => s.done).length;

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={2}>{t('start.title')}</Title>
        <Text c="dimmed">{t('start.intro', { organization: active?.name ?? '' })}</Text>
      </div>
      {error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <>
          <div>
            <Text fw={600} data-testid="progress">
              {t('start.progress', { done, total: steps.length })}
            </Text>
            {/* The section is what has role progressbar: the name goes on it. */}
            <Progress.Root mt={4}>
              <Progress.Section
                value={(100 * done) / steps.length}
                color="teal.9"
                aria-label={t('start.progress', { done, total: steps.length })}
              />
            </Progress.Root>
          </div>
          {steps.map((step, i) => (
            <StepCard key={step.name} step={step} number={i + 1} />
          ))}
          <Card withBorder padding="md" bg="gray.0">
            <Text fw={600}>{t('start.next.title')}</Text>
            <Text size="sm" mb="xs">
              {t('start.next.text')}
            </Text>
            <div>
              <Button component={Link} to="/cases/new" size="xs" variant="default">
                {t('start.next.action')}
              </Button>
            </div>
          </Card>
        </>
      )}
    </Stack>
  );
}
