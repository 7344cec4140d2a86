/**
 * IP addresses from request headers, parsed and written back in one canonical form, and the walk
 * through `X-Forwarded-For` that decides which entry is the client. Pure (no Node or Next
 * imports), so it runs anywhere and is unit-tested on its own. Anything that does not parse is
 * dropped (null): only canonical addresses reach the audit log and the rate-limit keys.
 */

/** A parsed address: 4 bytes (IPv4) or 16 bytes (IPv6). IPv4-mapped IPv6 is stored as IPv4. */
export type IpBytes = { version: 4 | 6; bytes: number[] };

/** One network in a trusted-proxy list. */
export type Cidr = { version: 4 | 6; bytes: number[]; prefix: number };

/** Whom to believe about the client's address (lib/env.ts builds it from TRUSTED_PROXIES and VERCEL). */
export type AddressTrust =
  | { mode: 'none' }
  | { mode: 'hops'; count: number }
  | { mode: 'cidrs'; ranges: Cidr[] }
  | { mode: 'vercel' };

/** Longer than any address with a port and zone: refused before parsing. */
const MAX_ENTRY_LENGTH = 64;
/** Enough for any real proxy chain; a longer header is someone padding it. */
const MAX_ENTRIES = 32;

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    // No leading zeros: `010` is 8 to inet_aton (octal) and 10 to others, so it is refused.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === '') return [];
    const groups: number[] = [];
    const pieces = half.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (piece.includes('.')) {
        // An embedded IPv4 address may only be the last piece.
        if (index !== pieces.length - 1) return null;
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return null;
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  // An embedded IPv4 in the head is only valid when there is no "::" after it.
  if (halves.length === 2 && halves[0]!.includes('.')) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** Parses one address; tolerates `[v6]`, `[v6]:port`, `v4:port` and a `%zone` (dropped). */
export function parseIp(input: string): IpBytes | null {
  let text = input.trim();
  if (text === '' || text.length > MAX_ENTRY_LENGTH) return null;
  const bracketed = /^\[([^\]]+)\](?::[0-9]{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[0-9.]+:[0-9]{1,5}$/.test(text)) text = text.slice(0, text.indexOf(':'));
  // A zone (`fe80::1%eth0`) names an interface on the proxy, not the client.
  const zone = text.indexOf('%');
  if (zone !== -1) {
    if (!/^[A-Za-z0-9_.-]{1,16}$/.test(text.slice(zone + 1))) return null;
    text = text.slice(0, zone);
  }
  if (!text.includes(':')) {
    const v4 = parseIpv4(text);
    return v4 ? { version: 4, bytes: v4 } : null;
  }
  const v6 = parseIpv6(text);
  if (!v6) return null;
  // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket: the same client as a.b.c.d.
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff) {
    return { version: 4, bytes: v6.slice(12) };
  }
  return { version: 6, bytes: v6 };
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run (≥ 2) of zero groups as "::". */
export function formatIp(ip: IpBytes): string {
  if (ip.version === 4) return ip.bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (ip.bytes[2 * i]! << 8) | ip.bytes[2 * i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (bestStart === -1) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

/** The canonical form of an address, or null when it is not one. */
export function normalizeIp(input: string | null | undefined): string | null {
  if (input == null) return null;
  const ip = parseIp(input);
  return ip ? formatIp(ip) : null;
}

/** `10.0.0.0/8`, `2001:db8::/32`, or a single address (a /32 or /128). */
export function parseCidr(input: string): Cidr | null {
  const [address, prefixText, ...rest] = input.trim().split('/');
  if (rest.length > 0 || !address) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const max = ip.version === 4 ? 32 : 128;
  if (prefixText === undefined) return { ...ip, prefix: max };
  if (!/^[0-9]{1,3}$/.test(prefixText)) return null;
  // A prefix written for an IPv4-mapped IPv6 network counts the 96 bits before the IPv4 part.
  const written = Number(prefixText);
  const mapped = ip.version === 4 && address.includes(':');
  const prefix = mapped ? written - 96 : written;
  if (prefix < 0 || prefix > max) return null;
  return { ...ip, prefix };
}

export function cidrContains(cidr: Cidr, ip: IpBytes): boolean {
  if (cidr.version !== ip.version) return false;
  let bits = cidr.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((cidr.bytes[i]! & mask) !== (ip.bytes[i]! & mask)) return false;
  }
  return true;
}

/**
 * The client's address from `X-Forwarded-For` read from the right. The last entry is the peer of
 * this server's socket (see lib/http/socket-hop.ts); each entry to its left was written by the
 * proxy named by the entry to its right, so it is only as trustworthy as that proxy.
 * - no trust: the last entry (the socket's peer), whatever the client wrote before it;
 * - N hops: N proxies we run sit in front, so the client is N entries further left;
 * - CIDRs: skip entries inside the trusted networks; the first outside them is the client.
 * An entry that does not parse where the walk stops gives null, never a guess.
 */
export function clientFromForwardedFor(header: string | null, trust: AddressTrust): string | null {
  if (!header) return null;
  const entries = header.split(',').slice(-MAX_ENTRIES).map((e) => e.trim());
  if (entries.length === 0 || entries.at(-1) === '') return null;
  if (trust.mode === 'hops') {
    // Fewer entries than hops: the request skipped a proxy; the leftmost is all we can say.
    return normalizeIp(entries[Math.max(0, entries.length - 1 - trust.count)]);
  }
  if (trust.mode === 'cidrs') {
    for (let i = entries.length - 1; i >= 0; i--) {
      const ip = parseIp(entries[i]!);
      if (!ip) return null;
      if (i === 0 || !trust.ranges.some((range) => cidrContains(range, ip))) return formatIp(ip);
    }
    return null;
  }
  return normalizeIp(entries.at(-1));
}

/** The client's address for a request's headers under a trust setting. */
export function clientAddress(headers: Headers, trust: AddressTrust): string | null {
  if (trust.mode === 'vercel') {
    // Vercel's edge overwrites these with the connecting client; a client cannot set them.
    return normalizeIp(headers.get('x-vercel-forwarded-for')?.split(',')[0]) ?? normalizeIp(headers.get('x-real-ip'));
  }
  return clientFromForwardedFor(headers.get('x-forwarded-for'), trust);
}

/** TRUSTED_PROXIES: unset or empty → trust nobody; `2` → two hops; `10.0.0.0/8, ::1` → networks. */
export function parseTrustedProxies(value: string | undefined): AddressTrust | { error: string } {
  const text = value?.trim() ?? '';
  if (text === '') return { mode: 'none' };
  if (/^[0-9]+$/.test(text)) {
    const count = Number(text);
    if (count > 10) return { error: 'a hop count must be between 0 and 10' };
    return count === 0 ? { mode: 'none' } : { mode: 'hops', count };
  }
  const ranges: Cidr[] = [];
  for (const item of text.split(',')) {
    const cidr = parseCidr(item);
    if (!cidr) return { error: `"${item.trim().slice(0, 60)}" is not an IP address or CIDR network (like 10.0.0.0/8 or 2001:db8::/32)` };
    ranges.push(cidr);
  }
  return { mode: 'cidrs', ranges };
}
