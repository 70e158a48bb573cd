import { allSettledOrThrow, finishesWithin } from './waiting.mjs';

describe('waiting for several things', () => {
  it('waits for all of them before reporting the first failure', async () => {
    let slowDone = false;
    const slow = new Promise((resolve) => setTimeout(resolve, 100)).then(() => (slowDone = true));
    await expect(
      allSettledOrThrow([
        Promise.reject(new Error('first')),
        slow,
        Promise.reject(new Error('second')),
      ]),
    ).rejects.toThrow('first');
    expect(slowDone).toBe(true);
    await expect(allSettledOrThrow([Promise.resolve(1), 'two'])).resolves.toEqual([1, 'two']);
  });

  it('tells whether something settled in time', async () => {
    expect(await finishesWithin(Promise.resolve(), 50)).toBe(true);
    expect(await finishesWithin(Promise.reject(new Error('settled')), 50)).toBe(true);
    expect(await finishesWithin(new Promise(() => undefined), 50)).toBe(false);
  });
});
