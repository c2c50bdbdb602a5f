import { CidrRange, isPublicAddress, matchesAny, parseAddress } from './ip-ranges';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.216.34'],
    ['100.63.255.255'], // just below CGNAT
    ['100.128.0.0'], // just above CGNAT
    ['172.15.255.255'], // just below 172.16/12
    ['172.32.0.0'], // just above 172.16/12
    ['169.253.255.255'],
    ['223.255.255.255'], // last unicast before multicast
    ['2606:4700:4700::1111'],
    ['2001:4860:4860::8888'],
    ['2a00:1450:4001:80b::200e'],
    ['::ffff:8.8.8.8'], // IPv4-mapped public
    ['::ffff:808:808'], // the same, written in hex
    ['64:ff9b::808:808'], // NAT64 of a public address
    ['[2606:4700:4700::1111]'], // brackets as in a URL
  ])('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '"this network"'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.255', 'CGNAT'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.1', 'documentation'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback in brackets'],
    ['0:0:0:0:0:0:0:1', 'loopback, long form'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['febf::1', 'link-local, end of range'],
    ['fec0::1', 'deprecated site-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['ff05::2', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['0:0:0:0:0:ffff:192.168.0.1', 'IPv4-mapped private, long form'],
    ['::127.0.0.1', 'deprecated IPv4-compatible'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['64:ff9b::127.0.0.1', 'NAT64 of loopback'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['100::1', 'discard-only'],
    ['2001::1', 'Teredo'],
    ['2001:db8::1', 'documentation'],
    ['2002:7f00:1::', '6to4 (can wrap loopback)'],
    ['3fff::1', 'documentation'],
    ['5f00::1', 'SRv6'],
    ['', 'empty'],
    ['localhost', 'a host name, not an address'],
    ['1.2.3', 'incomplete'],
    ['256.1.1.1', 'out of range'],
    ['2130706433', 'an integer'],
    ['1.2.3.4/32', 'a range'],
  ])('%s is not public (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe('parseAddress', () => {
  it('reads IPv4 and IPv6 into bytes', () => {
    expect(parseAddress('192.168.0.1')).toEqual({ family: 4, bytes: Uint8Array.of(192, 168, 0, 1) });
    expect(parseAddress('2001:db8::ff00:42:8329')?.bytes).toEqual(
      Uint8Array.of(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42, 0x83, 0x29),
    );
    expect(parseAddress('::')?.bytes).toEqual(new Uint8Array(16));
    expect(parseAddress('1::')?.bytes).toEqual(Uint8Array.of(0, 1, ...new Array<number>(14).fill(0)));
  });

  it('turns an IPv4-mapped IPv6 address into its IPv4 address', () => {
    expect(parseAddress('::ffff:10.1.2.3')).toEqual({ family: 4, bytes: Uint8Array.of(10, 1, 2, 3) });
    expect(parseAddress('::FFFF:0A01:0203')).toEqual({ family: 4, bytes: Uint8Array.of(10, 1, 2, 3) });
  });

  it('keeps other embedded IPv4 forms as IPv6', () => {
    expect(parseAddress('64:ff9b::1.2.3.4')).toEqual({
      family: 6,
      bytes: Uint8Array.of(0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4),
    });
  });

  it.each(['', 'example.com', '1.2.3.4.5', '01.2.3.4', '::g', '1:2:3:4:5:6:7:8:9'])('rejects %j', (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});

describe('CidrRange', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.0', false],
    ['172.16.0.0/12', '172.31.0.1', true],
    ['172.16.0.0/12', '172.32.0.1', false],
    ['100.64.0.0/10', '100.127.0.1', true],
    ['100.64.0.0/10', '100.128.0.1', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '127.0.0.2', false],
    ['127.0.0.1/32', '::ffff:127.0.0.1', true],
    ['0.0.0.0/0', '203.0.113.1', true],
    ['0.0.0.0/0', '::1', false],
    ['::/0', '::1', true],
    ['::/0', '1.2.3.4', false],
    ['fc00::/7', 'fdff::1', true],
    ['fc00::/7', 'fe00::1', false],
    ['fe80::/10', 'febf:ffff::1', true],
    ['fe80::/10', 'fec0::1', false],
    ['2001:db8::/127', '2001:db8::1', true],
    ['2001:db8::/127', '2001:db8::2', false],
    ['::ffff:10.0.0.0/104', '10.9.9.9', true],
    ['::ffff:10.0.0.0/104', '11.0.0.1', false],
    ['[::1]', '::1', true],
    ['10.0.0.0/8', 'not an address', false],
  ])('%s contains %s: %s', (range, ip, expected) => {
    expect(CidrRange.parse(range).contains(ip)).toBe(expected);
  });

  it.each(['', 'example.com', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/-1', '10.0.0.0/ 8', '10.0.0.0/0x8'])(
    'refuses %j with a sentence',
    (text) => {
      expect(() => CidrRange.parse(text)).toThrow(new RangeError(`"${text}" is not an IP address or CIDR range (such as 10.0.0.0/8 or fc00::/7).`));
    },
  );

  it('matchesAny checks a list', () => {
    const ranges = ['10.0.0.0/8', 'fd00::/8'].map(CidrRange.parse);
    expect(matchesAny('10.1.1.1', ranges)).toBe(true);
    expect(matchesAny('fd00::5', ranges)).toBe(true);
    expect(matchesAny('192.168.0.1', ranges)).toBe(false);
    expect(matchesAny('nonsense', ranges)).toBe(false);
  });
});
