// The access rules live with the GraphQL platform, whose own explorer declares one too (the
// guard here imports that platform, so it cannot import the guard's package back).
// Features keep importing them from here.
export {
  ACCESS_RULE,
  API_KEY_SCOPE,
  ApiKeyScope,
  describeAccessRule,
  FAMILY_RECORDS_GRANT,
  FamilyRecords,
  memberAllowed,
  Portal,
  Public,
  Roles,
  SignedIn,
  type AccessRule,
} from '@onrecord/platform/graphql';
