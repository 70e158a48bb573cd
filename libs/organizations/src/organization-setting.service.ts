import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { OrganizationSetting } from './organization-setting.entity';
import type { UpdateOrganizationSettingsInput } from './organization-setting.inputs';
import { FeedFamilyNames, SoftDeadlineUnit } from './organization-setting.objects';

/** The settings an organization works with: its saved row, or the defaults. */
export interface OrganizationSettings {
  meetingConcernsDaysBefore: number;
  meetingSummaryDaysAfter: number;
  softDeadlinePeriod: number;
  softDeadlineUnit: SoftDeadlineUnit;
  feedFamilyNames: FeedFamilyNames;
  /** The letterhead of letters printed as PDF ("" when not given). */
  letterheadAddress: string;
  letterheadPhone: string;
  letterheadEmail: string;
  /** False while no row is saved (the defaults apply). */
  customized: boolean;
}

/** The same defaults as the entity's column defaults. */
export const DEFAULT_ORGANIZATION_SETTINGS: Readonly<OrganizationSettings> = Object.freeze({
  meetingConcernsDaysBefore: 2,
  meetingSummaryDaysAfter: 2,
  softDeadlinePeriod: 10,
  softDeadlineUnit: SoftDeadlineUnit.SCHOOL_DAYS,
  feedFamilyNames: FeedFamilyNames.INITIALS,
  letterheadAddress: '',
  letterheadPhone: '',
  letterheadEmail: '',
  customized: false,
});

function fromRow(row: OrganizationSetting): OrganizationSettings {
  return {
    meetingConcernsDaysBefore: row.meetingConcernsDaysBefore,
    meetingSummaryDaysAfter: row.meetingSummaryDaysAfter,
    softDeadlinePeriod: row.softDeadlinePeriod,
    softDeadlineUnit: row.softDeadlineUnit as SoftDeadlineUnit,
    feedFamilyNames: row.feedFamilyNames as FeedFamilyNames,
    letterheadAddress: row.letterheadAddress,
    letterheadPhone: row.letterheadPhone,
    letterheadEmail: row.letterheadEmail,
    customized: true,
  };
}

/**
 * An organization's settings: one row per organization, absent until an admin changes
 * something (then the defaults are what applies). Stateless: other modules may provide it.
 */
@Injectable()
export class OrganizationSettingsService {
  /** The organization's settings, or the defaults when none are saved. */
  async get(scope: DataScope): Promise<OrganizationSettings> {
    const organizationId = scope.organizationId;
    const row = await scope.manager.findOneBy(OrganizationSetting, { organizationId });
    return row ? fromRow(row) : { ...DEFAULT_ORGANIZATION_SETTINGS };
  }

  /** Saves what is given (creating the row from the defaults the first time). */
  async update(
    scope: DataScope,
    input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettings> {
    const organizationId = scope.organizationId;
    const row =
      (await scope.manager.findOneBy(OrganizationSetting, { organizationId })) ??
      scope.manager.create(OrganizationSetting, {
        organizationId,
        meetingConcernsDaysBefore: DEFAULT_ORGANIZATION_SETTINGS.meetingConcernsDaysBefore,
        meetingSummaryDaysAfter: DEFAULT_ORGANIZATION_SETTINGS.meetingSummaryDaysAfter,
        softDeadlinePeriod: DEFAULT_ORGANIZATION_SETTINGS.softDeadlinePeriod,
        softDeadlineUnit: DEFAULT_ORGANIZATION_SETTINGS.softDeadlineUnit,
        feedFamilyNames: DEFAULT_ORGANIZATION_SETTINGS.feedFamilyNames,
        letterheadAddress: '',
        letterheadPhone: '',
        letterheadEmail: '',
      });
    if (input.meetingConcernsDaysBefore != null)
      row.meetingConcernsDaysBefore = input.meetingConcernsDaysBefore;
    if (input.meetingSummaryDaysAfter != null)
      row.meetingSummaryDaysAfter = input.meetingSummaryDaysAfter;
    if (input.softDeadlinePeriod != null) row.softDeadlinePeriod = input.softDeadlinePeriod;
    if (input.softDeadlineUnit != null) row.softDeadlineUnit = input.softDeadlineUnit;
    if (input.feedFamilyNames != null) row.feedFamilyNames = input.feedFamilyNames;
    if (input.letterheadAddress != null) row.letterheadAddress = input.letterheadAddress.trim();
    if (input.letterheadPhone != null) row.letterheadPhone = input.letterheadPhone.trim();
    if (input.letterheadEmail != null) row.letterheadEmail = input.letterheadEmail.trim();
    return fromRow(await scope.manager.save(row));
  }
}
