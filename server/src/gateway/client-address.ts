import { BlockList, isIP } from 'node:net';

/** The trusted proxies (addresses or CIDR ranges, IPv4 or IPv6) as one BlockList to test addresses against. */
export function trustedProxyList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : isIP(address) === 4 ? 'ipv4' : null;
    if (!type) throw new Error(`TRUSTED_PROXIES: '${entry}' is not an IP address or CIDR range.`);
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** `::ffff:10.0.0.1` (an IPv4 client of a dual-stack socket) is 10.0.0.1; zone ids (`%eth0`) mean nothing here. */
function normalise(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1').split('%')[0]!;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped ? mapped[1]! : bare;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The address a request comes from. X-Forwarded-For is believed only when the socket belongs to a trusted proxy;
 * then its entries are read from the right (each proxy appends the address it saw), skipping the trusted proxies,
 * and the first other address is the client. Everything left of it may be forged by the client, so it is ignored.
 * An entry that is not an address ends the walk at the last proxy that vouched for it.
 */
export function clientAddressOf(socketAddress: string, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let address = normalise(socketAddress);
  if (!isTrusted(address, trusted) || !forwardedFor) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map(normalise).filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) return address;
    address = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return address;
}
