export enum MemberRole {
  ADMIN = 'ADMIN',
  ADVOCATE = 'ADVOCATE',
  ANALYST = 'ANALYST',
}
