import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { sendingWindowProblems } from '../planning/follow-up-calendar';
import { SendingDays } from '../model/follow-up-enums';
import { FollowUpPolicy } from '../model/follow-up-policy.entity';
import type { FollowUpPolicyRules } from '../planning/follow-up-plan';
import type { UpdateFollowUpPolicyInput } from './follow-up-policy.inputs';

/** An organization's follow-up policy: its saved row, or the defaults that ship. */
export interface FollowUpPolicySettings {
  remindAdvocates: boolean;
  remindBusinessDaysBefore: number;
  followUpSchoolDaysAfter: number;
  escalateSchoolDaysAfter: number;
  maxFollowUps: number;
  requireApproval: boolean;
  notifyGuardians: boolean;
  replyHoldSchoolDays: number;
  sendingWindowStart: string;
  sendingWindowEnd: string;
  sendingDays: SendingDays;
  digestTime: string;
  sendingAddress: string | null;
  /** False while no row is saved (the defaults apply). */
  customized: boolean;
}

/** The same defaults as the entity's column defaults (PRODUCT.md "Follow-up policy"). */
export const DEFAULT_FOLLOW_UP_POLICY: Readonly<FollowUpPolicySettings> = Object.freeze({
  remindAdvocates: true,
  remindBusinessDaysBefore: 2,
  followUpSchoolDaysAfter: 1,
  escalateSchoolDaysAfter: 5,
  maxFollowUps: 3,
  requireApproval: false,
  notifyGuardians: true,
  replyHoldSchoolDays: 3,
  sendingWindowStart: '08:00',
  sendingWindowEnd: '17:00',
  sendingDays: SendingDays.SCHOOL_DAYS,
  digestTime: '07:00',
  sendingAddress: null,
  customized: false,
});

const EDITABLE = [
  'remindAdvocates',
  'remindBusinessDaysBefore',
  'followUpSchoolDaysAfter',
  'escalateSchoolDaysAfter',
  'maxFollowUps',
  'requireApproval',
  'notifyGuardians',
  'replyHoldSchoolDays',
  'sendingWindowStart',
  'sendingWindowEnd',
  'sendingDays',
  'digestTime',
] as const;

function fromRow(row: FollowUpPolicy): FollowUpPolicySettings {
  const settings = { ...DEFAULT_FOLLOW_UP_POLICY, customized: true };
  for (const key of EDITABLE) (settings as Record<string, unknown>)[key] = row[key];
  settings.sendingAddress = row.sendingAddress;
  return settings;
}

/** What the planner reads from a policy. */
export function planRules(policy: FollowUpPolicySettings): FollowUpPolicyRules {
  return {
    remindAdvocates: policy.remindAdvocates,
    remindBusinessDaysBefore: policy.remindBusinessDaysBefore,
    followUpSchoolDaysAfter: policy.followUpSchoolDaysAfter,
    escalateSchoolDaysAfter: policy.escalateSchoolDaysAfter,
    maxFollowUps: policy.maxFollowUps,
    requireApproval: policy.requireApproval,
    notifyGuardians: policy.notifyGuardians,
    replyHoldSchoolDays: policy.replyHoldSchoolDays,
    window: {
      start: policy.sendingWindowStart,
      end: policy.sendingWindowEnd,
      days: policy.sendingDays,
    },
    digestTime: policy.digestTime,
  };
}

/**
 * The policy with the changes given, not saved (what updateFollowUpPolicy would make of it):
 * the window is checked as a whole, its end after its start.
 */
export function policyWithChanges(
  policy: FollowUpPolicySettings,
  input: UpdateFollowUpPolicyInput,
): FollowUpPolicySettings {
  const next = { ...policy };
  for (const key of EDITABLE) {
    const value = input[key];
    if (value !== undefined && value !== null) (next as Record<string, unknown>)[key] = value;
  }
  const problems = sendingWindowProblems(next.sendingWindowStart, next.sendingWindowEnd);
  if (problems.length) throw badUserInput(problems);
  return next;
}

/** One row per organization, absent until an admin changes something. Stateless. */
@Injectable()
export class FollowUpPolicyService {
  async get(scope: DataScope): Promise<FollowUpPolicySettings> {
    const organizationId = scope.organizationId;
    const row = await scope.manager.findOneBy(FollowUpPolicy, { organizationId });
    return row ? fromRow(row) : { ...DEFAULT_FOLLOW_UP_POLICY };
  }

  /** Saves what is given; the window is checked as a whole (its end after its start). */
  async update(
    scope: DataScope,
    input: UpdateFollowUpPolicyInput,
  ): Promise<FollowUpPolicySettings> {
    const organizationId = scope.organizationId;
    const row =
      (await scope.manager.findOneBy(FollowUpPolicy, { organizationId })) ??
      scope.manager.create(FollowUpPolicy, { ...DEFAULT_FOLLOW_UP_POLICY, organizationId });
    for (const key of EDITABLE) {
      const value = input[key];
      if (value !== undefined && value !== null)
        (row as unknown as Record<string, unknown>)[key] = value;
    }
    if (input.sendingAddress !== undefined)
      row.sendingAddress = input.sendingAddress?.trim() || null;
    const problems = sendingWindowProblems(row.sendingWindowStart, row.sendingWindowEnd);
    if (problems.length) throw badUserInput(problems);
    return fromRow(await scope.manager.save(row));
  }
}
