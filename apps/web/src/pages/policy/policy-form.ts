import type { SendingDays, UpdateFollowUpPolicyInput } from '../../gql/graphql';

/** The policy as the form holds it: numbers may be '' while being typed. */
export interface PolicyValues {
  remindAdvocates: boolean;
  remindBusinessDaysBefore: number | string;
  digestTime: string;
  followUpSchoolDaysAfter: number | string;
  escalateSchoolDaysAfter: number | string;
  maxFollowUps: number | string;
  replyHoldSchoolDays: number | string;
  requireApproval: boolean;
  notifyGuardians: boolean;
  sendingWindowStart: string;
  sendingWindowEnd: string;
  sendingDays: SendingDays;
  sendingAddress: string;
}

export const POLICY_FIELDS = [
  'remindAdvocates',
  'remindBusinessDaysBefore',
  'digestTime',
  'followUpSchoolDaysAfter',
  'escalateSchoolDaysAfter',
  'maxFollowUps',
  'replyHoldSchoolDays',
  'requireApproval',
  'notifyGuardians',
  'sendingWindowStart',
  'sendingWindowEnd',
  'sendingDays',
  'sendingAddress',
] as const;

export const SENDING_DAYS: SendingDays[] = ['SCHOOL_DAYS', 'WEEKDAYS', 'EVERY_DAY'];

/** A number typed, or NaN (the api then names the field): never a silent default. */
const whole = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

/** What the api is sent: every value, as typed (it checks them and names what is wrong). */
export function toInput(values: PolicyValues): UpdateFollowUpPolicyInput {
  return {
    remindAdvocates: values.remindAdvocates,
    remindBusinessDaysBefore: whole(values.remindBusinessDaysBefore),
    digestTime: values.digestTime.trim(),
    followUpSchoolDaysAfter: whole(values.followUpSchoolDaysAfter),
    escalateSchoolDaysAfter: whole(values.escalateSchoolDaysAfter),
    maxFollowUps: whole(values.maxFollowUps),
    replyHoldSchoolDays: whole(values.replyHoldSchoolDays),
    requireApproval: values.requireApproval,
    notifyGuardians: values.notifyGuardians,
    sendingWindowStart: values.sendingWindowStart.trim(),
    sendingWindowEnd: values.sendingWindowEnd.trim(),
    sendingDays: values.sendingDays,
    sendingAddress: values.sendingAddress.trim() || null,
  };
}

/** Fields whose number is not whole: said before anything is sent (GraphQL refuses NaN). */
export function numberProblems(values: PolicyValues): string[] {
  return (
    [
      'remindBusinessDaysBefore',
      'followUpSchoolDaysAfter',
      'escalateSchoolDaysAfter',
      'maxFollowUps',
      'replyHoldSchoolDays',
    ] as const
  ).filter((key) => !Number.isInteger(whole(values[key])));
}
