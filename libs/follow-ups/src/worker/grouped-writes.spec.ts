import { GroupedWrites } from './grouped-writes';

describe('GroupedWrites', () => {
  it('writes the first item at once and those that arrive meanwhile together', async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const writer = new GroupedWrites<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = writer.add(1);
    const rest = [writer.add(2), writer.add(3)];
    expect(writes).toEqual([[1]]);
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3]]);
  });

  it('rejects the items of a failed write, and goes on with the next', async () => {
    let calls = 0;
    const writer = new GroupedWrites<string>(async () => {
      calls++;
      if (calls === 1) throw new Error('database gone');
    });
    await expect(writer.add('a')).rejects.toThrow('database gone');
    await expect(writer.add('b')).resolves.toBeUndefined();
  });
});
