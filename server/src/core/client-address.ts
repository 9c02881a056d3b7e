import { isIPv6 } from 'node:net';

/**
 * The key a per-address limit counts by. An IPv6 user usually holds a whole /64 and can pick any address in
 * it, so IPv6 addresses count per /64; IPv4 (also IPv4-mapped IPv6) per address.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return expandIPv6(address).slice(0, 4).join(':') + '::/64';
}

/** The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const part = (s: string) => (s ? s.split(':') : []);
  let groups = part(head);
  if (tail !== undefined) {
    const rest = part(tail);
    groups = [...groups, ...Array(8 - groups.length - rest.length).fill('0'), ...rest];
  }
  return groups.map((g) => (g.includes('.') ? g : parseInt(g, 16).toString(16)));
}
