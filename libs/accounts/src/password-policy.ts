/** The rules a new password must meet. Each broken rule is reported by name. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  'password1234',
  'password12345',
  'passwordpassword',
  '123456789012',
  'qwertyuiopas',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'onrecord1234',
  'qwerty123456',
  'abc123456789',
  '111111111111',
  'aaaaaaaaaaaa',
]);

export function passwordProblems(
  password: string,
  context: { email: string; name?: string },
): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push('is one of the most common passwords');
  if (/^(.)\1+$/.test(password)) problems.push('must not repeat a single character');
  const local = context.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local))
    problems.push('must not contain your email address');
  for (const part of (context.name ?? '').toLowerCase().split(/\s+/)) {
    if (part.length >= 4 && lower.includes(part)) {
      problems.push('must not contain your name');
      break;
    }
  }
  return problems;
}
