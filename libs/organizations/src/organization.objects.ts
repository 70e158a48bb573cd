import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { MemberRole } from './member-role';

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'ADMIN manages members and settings; ADVOCATE runs cases; ANALYST reads reports.',
});

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('User')
export class UserObject {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Organization')
export class OrganizationObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) timeZone!: string;
  @Field(() => String) homeState!: string;
}

@ObjectType('Member', { description: "A user's membership of the organization." })
export class MemberObject {
  @Field(() => ID) id!: string;
  @Field(() => MemberRole) role!: MemberRole;
  @Field({
    description:
      'An ANALYST an admin let read family records (families, guardians, cases and notes, requests, attendance); analysts otherwise read reports and aggregates only. Admins and advocates always do.',
  })
  readsFamilyRecords!: boolean;
  @Field(() => UserObject) user!: UserObject;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Their last sign-in to this organization, with a password or a sign-in link; null if never.',
  })
  lastSignedInAt!: Date | null;
}
export const MemberConnection = ConnectionType(MemberObject, 'Member');

@ObjectType('Membership', { description: 'One of the signed-in user’s organizations.' })
export class MembershipObject {
  @Field(() => ID) id!: string;
  @Field(() => MemberRole) role!: MemberRole;
  @Field({
    description:
      'Whether they may read family records there (as Member.readsFamilyRecords): the console links a report figure to the records behind it only then.',
  })
  readsFamilyRecords!: boolean;
  @Field(() => OrganizationObject) organization!: OrganizationObject;
}

@ObjectType('Me')
export class MeObject {
  @Field(() => UserObject) user!: UserObject;
  @Field(() => [MembershipObject]) memberships!: MembershipObject[];
  @Field(() => OrganizationObject, {
    nullable: true,
    description: 'The organization this session works in.',
  })
  activeOrganization!: OrganizationObject | null;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header; short-lived.' })
  accessToken!: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt!: Date;
  @Field(() => String, {
    description: 'Single use: exchange it with refreshSession for a new pair.',
  })
  refreshToken!: string;
  @Field(() => UserObject) user!: UserObject;
  @Field(() => OrganizationObject, { nullable: true })
  activeOrganization!: OrganizationObject | null;
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
export const InvitationConnection = ConnectionType(InvitationObject, 'Invitation');
