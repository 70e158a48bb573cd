import type { TFunction } from 'i18next';
import { longDay } from './dates';
import type { PortalCase } from './operations';

type Request = PortalCase['requests'][number];
type Step = PortalCase['nextSteps'][number];

/**
 * When the school must (or is expected to) answer. Only a date a law sets is said to be the
 * law's: a date the advocate typed, or the organization's usual delay, is said to be theirs.
 */
export function requestDeadlineText(t: TFunction, r: Request, lang: string): string | null {
  const due = r.deadline?.dueOn;
  if (!r.deadline || !due) return null;
  const date = longDay(due, lang);
  if (r.deadline.setByHand) return t('case.deadlineHand', { date });
  if (!r.deadline.statutory) return t('case.deadlineDefault', { date });
  return r.deadline.citation
    ? t('case.deadlineLaw', { date, citation: r.deadline.citation })
    : t('case.deadlineLawNoCitation', { date });
}

/**
 * A next step in the page's language, from its kind and the case's own records (the api's
 * `description` is English only).
 */
export function nextStepText(t: TFunction, record: PortalCase, step: Step, lang: string): string {
  const date = step.on ? longDay(step.on, lang) : '';
  const request = record.requests.find((r) => r.id === step.requestId);
  const requestWhat = request ? t(`requestType.${request.type}`) : '';
  switch (step.kind) {
    case 'ANSWER_LATE':
      return t('step.ANSWER_LATE', { what: requestWhat, date });
    case 'ANSWER_DUE': {
      const byLaw = request?.deadline?.statutory && !request.deadline.setByHand;
      return t(byLaw ? 'step.ANSWER_DUE_LAW' : 'step.ANSWER_DUE', { what: requestWhat, date });
    }
    case 'FOLLOW_UP_PLANNED':
      return t(step.commitmentId ? 'step.FOLLOW_UP_PLANNED_COMMITMENT' : 'step.FOLLOW_UP_PLANNED', {
        date,
      });
    case 'COMMITMENT_LATE':
    case 'COMMITMENT_DUE': {
      const commitment = record.commitments.find((c) => c.id === step.commitmentId);
      const what = (commitment?.description ?? '').trim().replace(/[.\s]+$/, '');
      return t(`step.${step.kind}`, { what, date });
    }
    case 'MEETING': {
      const meeting = record.meetings.find((m) => m.id === step.meetingId);
      const what = meeting
        ? [t(`meetingKind.${meeting.kind}`), meeting.location].filter(Boolean).join(' · ')
        : '';
      return t('step.MEETING', { what, date });
    }
    default:
      return step.description;
  }
}

/** "Una evaluación…" as a title: the first letter upper case, in any language. */
export function asTitle(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
