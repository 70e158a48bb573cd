import { badUserInput, unauthenticated } from '@onrecord/platform/errors';
import {
  postedFromThisSite,
  problemAddress,
  problemOf,
  signedInAddress,
} from './portal-sign-in-form';

describe('the first page sign-in form', () => {
  const session = { token: 'ors_abc-_1', expiresAt: new Date('2026-12-04T20:00:00.000Z') };

  it('sends a signed-in browser to the portal with the session in the fragment only', () => {
    const address = signedInAddress(session, false);
    expect(address.startsWith('/portal/#')).toBe(true);
    const fragment = new URLSearchParams(address.slice('/portal/#'.length));
    expect(fragment.get('session')).toBe('ors_abc-_1');
    expect(fragment.get('expires')).toBe('2026-12-04T20:00:00.000Z');
    expect(fragment.get('keep')).toBeNull();
    expect(new URLSearchParams(signedInAddress(session, true).split('#')[1]).get('keep')).toBe('1');
  });

  it.each([
    ['was already used: each sign-in link works once; ask for a new one', 'used'],
    ['has expired (links work for 15 minutes); ask for a new one', 'expired'],
    ['is not a sign-in link we sent; ask for a new one', 'invalid'],
    ['is not a sign-in link token (copy the whole link from the email)', 'invalid'],
  ])('says a link that %s is %s', (message, problem) => {
    expect(problemOf(badUserInput([{ field: 'token', message }]))).toBe(problem);
  });

  it('says an address without access has none, and anything else went wrong on our side', () => {
    expect(problemOf(unauthenticated('no access'))).toBe('noAccess');
    expect(problemOf(new Error('connection refused'))).toBe('unexpected');
    expect(problemOf(null)).toBe('unexpected');
    expect(problemAddress('used')).toBe('/portal/sign-in?problem=used');
  });

  it('takes the form only from this site', () => {
    expect(postedFromThisSite({ secFetchSite: 'same-origin', host: 'a.org' })).toBe(true);
    expect(postedFromThisSite({ secFetchSite: 'cross-site', host: 'a.org' })).toBe(false);
    expect(postedFromThisSite({ secFetchSite: 'same-site', host: 'a.org' })).toBe(false);
    expect(postedFromThisSite({ origin: 'https://a.org', host: 'a.org' })).toBe(true);
    expect(postedFromThisSite({ origin: 'https://evil.example', host: 'a.org' })).toBe(false);
    expect(postedFromThisSite({ origin: 'null', host: 'a.org' })).toBe(false);
    expect(postedFromThisSite({ host: 'a.org' })).toBe(true);
  });
});
