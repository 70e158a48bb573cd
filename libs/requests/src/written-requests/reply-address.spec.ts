import { replyAddressOf, replyTokenHash, replyTokenOf } from './reply-address';

const TOKEN = '0123456789abcdef0123456789abcdef';

describe('reply addresses', () => {
  it('reads back the token of an address it made, whatever the case', () => {
    const address = replyAddressOf(TOKEN, 'inbound.example.org');
    expect(address).toBe(`reply+${TOKEN}@inbound.example.org`);
    expect(replyTokenOf(address, 'inbound.example.org')).toBe(TOKEN);
    expect(replyTokenOf(address.toUpperCase(), 'inbound.example.org')).toBe(TOKEN);
  });

  it('finds no token in another domain, another local part or a token of the wrong shape', () => {
    expect(replyTokenOf(`reply+${TOKEN}@example.org`, 'inbound.example.org')).toBeNull();
    expect(replyTokenOf(`hello+${TOKEN}@inbound.example.org`, 'inbound.example.org')).toBeNull();
    expect(replyTokenOf(`reply+${TOKEN}0@inbound.example.org`, 'inbound.example.org')).toBeNull();
    expect(replyTokenOf('reply+zz@inbound.example.org', 'inbound.example.org')).toBeNull();
    expect(replyTokenOf('no at sign', 'inbound.example.org')).toBeNull();
  });

  it('hashes as sha256 hex, as the database does', () => {
    expect(replyTokenHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
