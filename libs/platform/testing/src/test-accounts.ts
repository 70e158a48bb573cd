import { createHash, randomBytes } from 'node:crypto';
import { superuserQuery } from '@onrecord/platform/database/testing';
import type { ApiClient } from './test-api';

/** What signUp, logIn, refreshSession and acceptInvitation answer, as the tests read it. */
export interface TestAuth {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
  activeOrganization: { id: string; name: string } | null;
}

export const AUTH_FIELDS =
  'accessToken refreshToken user { id email } activeOrganization { id name }';

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Signs up `<label>@example.org` as the first admin of a new organization "Org <label>",
 * through both steps a person takes: `signUp`, then `confirmSignUp` with the token of the
 * confirmation email. The email is not read: the database keeps only the token's hash, so
 * the test (as superuser, at `adminUrl`) puts there the hash of a token it knows.
 */
export async function signUpAdmin(
  anonymous: ApiClient,
  label: string,
  adminUrl: string,
): Promise<TestAuth> {
  const email = `${label}@example.org`;
  await anonymous.data(`mutation ($input: SignUpInput!) { signUp(input: $input) }`, {
    input: {
      email,
      name: `Admin ${label.toUpperCase()}`,
      password: TEST_PASSWORD,
      organization: { name: `Org ${label}`, timeZone: 'America/Chicago', homeState: 'TX' },
    },
  });
  const token = randomBytes(32).toString('base64url');
  const updated = await superuserQuery(
    adminUrl,
    'UPDATE sign_up_request SET token_hash = $2 WHERE email = $1 RETURNING id',
    [email, createHash('sha256').update(token).digest('hex')],
  );
  if (updated.length !== 1)
    throw new Error(`signUp left ${updated.length} sign-up requests for ${email}`);
  const { confirmSignUp } = await anonymous.data<{ confirmSignUp: TestAuth }>(
    `mutation ($token: String!) { confirmSignUp(token: $token) { ${AUTH_FIELDS} } }`,
    { token },
  );
  return confirmSignUp;
}

/**
 * A new user (signed up with an organization of their own) made a member of
 * `organizationId` with `role` directly in the database — no invitation mail — and signed
 * in there. For tests of what each role may do.
 */
export async function joinAs(
  anonymous: ApiClient,
  adminUrl: string,
  label: string,
  organizationId: string,
  role: 'ADMIN' | 'ADVOCATE' | 'ANALYST' | string,
  /** For an ANALYST: an admin's grant to read family records (analysts read reports only). */
  options: { readsFamilyRecords?: boolean } = {},
): Promise<TestAuth> {
  const own = await signUpAdmin(anonymous, label, adminUrl);
  await superuserQuery(
    adminUrl,
    'INSERT INTO membership (organization_id, user_id, role, reads_family_records) VALUES ($1, $2, $3, $4)',
    [organizationId, own.user.id, role, options.readsFamilyRecords ?? false],
  );
  const { logIn } = await anonymous.data<{ logIn: TestAuth }>(
    `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email: `${label}@example.org`, password: TEST_PASSWORD, organizationId } },
  );
  return logIn;
}
