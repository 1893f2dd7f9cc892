import { describe, expect, it } from 'vitest';
import { clientNetwork } from '#src/server/client-id.ts';

describe('clientNetwork', () => {
  it('keeps an IPv4 address whole', () => expect(clientNetwork(' 192.0.2.7 ')).toBe('192.0.2.7'));
  it('cuts IPv6 to its /64, so one user cannot rotate addresses within it', () => {
    expect(clientNetwork('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(clientNetwork('2001:DB8:ABCD:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('2001:db8::1')).toBe(clientNetwork('2001:db8:0:0:9::9'));
  });
  it('leaves anything that is not an address as it is', () => expect(clientNetwork('unknown')).toBe('unknown'));
});
