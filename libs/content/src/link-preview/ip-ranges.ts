import { isIP } from 'node:net';

// ::ffff:a.b.c.d is the IPv4 address a.b.c.d as an IPv6 socket sees it.
const IPV4_MAPPED_PREFIX = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff);

/** An IP address as raw bytes: 4 for IPv4, 16 for IPv6. */
export interface ParsedAddress {
  family: 4 | 6;
  bytes: Uint8Array;
}

/**
 * Parses an IPv4 or IPv6 address (an IPv6 zone such as `%eth0` is ignored). IPv4-mapped IPv6
 * addresses (`::ffff:10.0.0.1`) become the IPv4 address they carry, because that is where a
 * connection to them goes. Returns null for anything that is not an address.
 */
export function parseAddress(text: string): ParsedAddress | null {
  const ip = bareAddress(text);
  const family = isIP(ip);
  if (family === 4) return { family: 4, bytes: parseIpv4(ip) };
  if (family !== 6) return null;
  const bytes = parseIpv6(ip);
  if (startsWith(bytes, IPV4_MAPPED_PREFIX)) return { family: 4, bytes: bytes.slice(12) };
  return { family: 6, bytes };
}

/** An address range in CIDR notation (`10.0.0.0/8`, `fc00::/7`); a bare address is a range of one. */
export class CidrRange {
  private constructor(
    readonly family: 4 | 6,
    private readonly network: Uint8Array,
    readonly prefixLength: number,
  ) {}

  /** Throws a RangeError naming the text when it is not an address or CIDR range. */
  static parse(text: string): CidrRange {
    const [addressPart = '', prefixPart, extra] = text.trim().split('/');
    const address = parseAddress(addressPart);
    // A mapped IPv6 range (::ffff:10.0.0.0/104) is kept as the IPv4 range it stands for.
    const writtenBits = isIP(bareAddress(addressPart)) === 6 ? 128 : 32;
    const storedBits = address?.family === 4 ? 32 : 128;
    const prefix = (prefixPart === undefined ? writtenBits : Number(prefixPart)) - (writtenBits - storedBits);
    const valid =
      address !== null &&
      extra === undefined &&
      (prefixPart === undefined || /^\d{1,3}$/.test(prefixPart)) &&
      prefix >= 0 &&
      prefix <= storedBits;
    if (!valid) throw new RangeError(`"${text}" is not an IP address or CIDR range (such as 10.0.0.0/8 or fc00::/7).`);
    return new CidrRange(address.family, address.bytes, prefix);
  }

  contains(ip: string | ParsedAddress): boolean {
    const address = typeof ip === 'string' ? parseAddress(ip) : ip;
    if (!address || address.family !== this.family) return false;
    return prefixMatches(address.bytes, this.network, this.prefixLength);
  }
}

/** True when the address falls in any of the ranges. */
export function matchesAny(ip: string | ParsedAddress, ranges: readonly CidrRange[]): boolean {
  const address = typeof ip === 'string' ? parseAddress(ip) : ip;
  return address !== null && ranges.some((range) => range.contains(address));
}

// IPv4 ranges that are not reachable on the public internet (IANA special-purpose registry).
const IPV4_NON_PUBLIC = [
  '0.0.0.0/8', // "this network", including the unspecified 0.0.0.0
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT (shared address space)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, including cloud metadata at 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation (TEST-NET-1)
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation (TEST-NET-2)
  '203.0.113.0/24', // documentation (TEST-NET-3)
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including broadcast 255.255.255.255
].map(CidrRange.parse);

// Only 2000::/3 holds global unicast IPv6 today; these parts of it are not public.
const IPV6_GLOBAL_UNICAST = CidrRange.parse('2000::/3');
const IPV6_NON_PUBLIC = [
  '2001::/23', // IETF protocol assignments, including Teredo (2001::/32)
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4, which can wrap any IPv4 address
  '3fff::/20', // documentation
].map(CidrRange.parse);

// NAT64 forwards 64:ff9b::a.b.c.d to the IPv4 address a.b.c.d, so that address decides.
const NAT64_WELL_KNOWN = CidrRange.parse('64:ff9b::/96');

/**
 * True only for a unicast address on the public internet. Private, loopback, link-local,
 * unique-local, multicast, unspecified, CGNAT, documentation and reserved addresses are not
 * public, and neither is anything that fails to parse. IPv4-mapped and NAT64 IPv6 addresses
 * are judged by the IPv4 address inside them.
 */
export function isPublicAddress(ip: string): boolean {
  const address = parseAddress(ip);
  if (!address) return false;
  if (address.family === 4) return !matchesAny(address, IPV4_NON_PUBLIC);
  if (NAT64_WELL_KNOWN.contains(address)) {
    return !matchesAny({ family: 4, bytes: address.bytes.slice(12) }, IPV4_NON_PUBLIC);
  }
  return IPV6_GLOBAL_UNICAST.contains(address) && !matchesAny(address, IPV6_NON_PUBLIC);
}

/** Strips IPv6 brackets and zone: `[fe80::1%eth0]` becomes `fe80::1`. */
function bareAddress(text: string): string {
  return text.trim().replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function prefixMatches(a: Uint8Array, b: Uint8Array, prefixLength: number): boolean {
  const wholeBytes = Math.floor(prefixLength / 8);
  for (let i = 0; i < wholeBytes; i++) if (a[i] !== b[i]) return false;
  const remainingBits = prefixLength % 8;
  if (remainingBits === 0) return true;
  const mask = (0xff << (8 - remainingBits)) & 0xff;
  return ((a[wholeBytes] ?? 0) & mask) === ((b[wholeBytes] ?? 0) & mask);
}

/** Expects a string that `net.isIP` accepted as IPv4. */
function parseIpv4(ip: string): Uint8Array {
  return Uint8Array.from(ip.split('.').map(Number));
}

/** Expects a string that `net.isIP` accepted as IPv6 (without a zone). */
function parseIpv6(ip: string): Uint8Array {
  let text = ip.toLowerCase();
  // A trailing dotted quad (::ffff:1.2.3.4) stands for the last two groups.
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]);
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    text = `${text.slice(0, dotted.index + 1)}${hex(v4[0], v4[1])}:${hex(v4[2], v4[3])}`;
  }
  const [head = '', rest] = text.split('::');
  const toGroups = (part: string): number[] => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const headGroups = toGroups(head);
  const restGroups = rest === undefined ? [] : toGroups(rest);
  const missing = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...new Array<number>(missing).fill(0), ...restGroups];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  return bytes;
}
