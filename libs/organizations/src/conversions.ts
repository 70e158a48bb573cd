import type { User } from '@onrecord/accounts';
import type { Invitation } from './invitation.entity';
import type { Membership } from './membership.entity';
import type { Organization } from './organization.entity';
import { MemberRole } from './member-role';
import {
  InvitationStatus,
  type InvitationObject,
  type MemberObject,
  type OrganizationObject,
  type UserObject,
} from './organization.objects';

export const toUser = (user: User): UserObject => ({
  id: user.id,
  email: user.email,
  name: user.name,
});

export const toOrganization = (org: Organization): OrganizationObject => ({
  id: org.id,
  name: org.name,
  timeZone: org.timeZone,
  homeState: org.homeState,
});

/** Admins and advocates always read family records; an analyst only when an admin let them. */
export const readsFamilyRecords = (role: MemberRole, analystMayRead: boolean): boolean =>
  role !== MemberRole.ANALYST || analystMayRead;

export const toMember = (membership: Membership & { user: User }): MemberObject => ({
  id: membership.id,
  role: membership.role,
  readsFamilyRecords: readsFamilyRecords(membership.role, membership.readsFamilyRecords),
  user: toUser(membership.user),
  joinedAt: membership.createdAt,
  lastSignedInAt: membership.lastSignedInAt ?? null,
});

export function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

export const toInvitation = (invitation: Invitation): InvitationObject => ({
  id: invitation.id,
  email: invitation.email,
  role: invitation.role,
  status: invitationStatus(invitation),
  expiresAt: invitation.expiresAt,
  createdAt: invitation.createdAt,
});

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
