import { webhookSecretMatches } from './webhook-secret';

const SECRET = 's'.repeat(40);

describe('webhookSecretMatches', () => {
  it('takes the secret as a bearer token, and nothing else', () => {
    expect(webhookSecretMatches(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(webhookSecretMatches(`bearer ${SECRET} `, SECRET)).toBe(true);
    expect(webhookSecretMatches(`Bearer ${SECRET}x`, SECRET)).toBe(false);
    expect(webhookSecretMatches(`Basic ${SECRET}`, SECRET)).toBe(false);
    expect(webhookSecretMatches(SECRET, SECRET)).toBe(false);
    expect(webhookSecretMatches(undefined, SECRET)).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(webhookSecretMatches('Bearer ', null)).toBe(false);
    expect(webhookSecretMatches(undefined, null)).toBe(false);
  });
});
