import {
  FEED_TOKEN_PREFIX,
  feedTokenHash,
  feedUrl,
  newFeedToken,
  tokenOfFileName,
} from './calendar-feed.token';

describe('calendar feed tokens', () => {
  it('are new each time, prefixed, and read back from their file name', () => {
    const token = newFeedToken();
    expect(token.startsWith(FEED_TOKEN_PREFIX)).toBe(true);
    expect(newFeedToken()).not.toBe(token);
    expect(tokenOfFileName(`${token}.ics`)).toBe(token);
    expect(feedUrl('https://onrecord.example.org', token)).toBe(
      `https://onrecord.example.org/calendar/${token}.ics`,
    );
  });

  it('are stored as a hash, never as themselves', () => {
    const token = newFeedToken();
    expect(feedTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(feedTokenHash(token)).not.toContain(token);
  });

  it.each([
    '',
    'x.ics',
    'orc_short.ics',
    `${'orc_' + 'a'.repeat(43)}.txt`,
    `../${'orc_' + 'a'.repeat(43)}.ics`,
  ])('refuses %j as a file name', (name) => expect(tokenOfFileName(name)).toBeNull());
});
