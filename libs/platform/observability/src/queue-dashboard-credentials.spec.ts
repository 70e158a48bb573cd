import { basicCredentialsMatch, basicCredentialsOf } from './queue-dashboard-credentials';

const expected = { user: 'operator', password: 'correct-horse-battery-staple' };
const basic = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;

describe('the queue dashboard credentials', () => {
  it('reads the user and password of a Basic header (the password may hold colons)', () => {
    expect(basicCredentialsOf(basic('ops:a:b'))).toEqual({ user: 'ops', password: 'a:b' });
    expect(basicCredentialsOf(`basic  ${Buffer.from('ops:pw').toString('base64')}`)).toEqual({
      user: 'ops',
      password: 'pw',
    });
  });

  it.each([
    ['no header', undefined],
    ['a bearer token', 'Bearer abc'],
    ['no colon', basic('operator')],
    ['not base64', 'Basic ***'],
  ])('reads nothing from %s', (_, header) => {
    expect(basicCredentialsOf(header)).toBeNull();
  });

  it('matches the configured user and password, and nothing else', () => {
    expect(basicCredentialsMatch(basic('operator:correct-horse-battery-staple'), expected)).toBe(
      true,
    );
    for (const header of [
      undefined,
      '',
      'Bearer correct-horse-battery-staple',
      basic('operator:correct-horse-battery-stapl'),
      basic('operator:correct-horse-battery-staple '),
      basic('Operator:correct-horse-battery-staple'),
      basic('operator'),
      basic(':'),
      // The expected empty pair never matches a missing header's empty pair.
    ])
      expect(basicCredentialsMatch(header, expected)).toBe(false);
    expect(basicCredentialsMatch(undefined, { user: '', password: '' })).toBe(false);
  });
});
