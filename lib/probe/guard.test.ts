// The guard decides on address text only; nothing here resolves a name or opens a socket.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decideAddress,
  decideAnswers,
  describeDecision,
  describeReason,
  formatIpAddress,
  parseCidr,
  parseCidrList,
  parseIpAddress,
  type GuardReason,
} from "./guard";

const NONE: never[] = [];

// [range, reason, first, middle, last] — written out by hand so the test does not lean on the
// parser it is testing to compute them.
const RESERVED: [string, GuardReason, string, string, string][] = [
  ["0.0.0.0/8", "unspecified", "0.0.0.0", "0.128.0.1", "0.255.255.255"],
  ["10.0.0.0/8", "private", "10.0.0.0", "10.20.30.40", "10.255.255.255"],
  ["100.64.0.0/10", "cgnat", "100.64.0.0", "100.90.1.1", "100.127.255.255"],
  ["127.0.0.0/8", "loopback", "127.0.0.0", "127.0.0.1", "127.255.255.255"],
  ["169.254.0.0/16", "link-local", "169.254.0.0", "169.254.10.20", "169.254.255.255"],
  ["172.16.0.0/12", "private", "172.16.0.0", "172.20.1.1", "172.31.255.255"],
  ["192.0.0.0/24", "reserved", "192.0.0.0", "192.0.0.170", "192.0.0.255"],
  ["192.0.2.0/24", "documentation", "192.0.2.0", "192.0.2.123", "192.0.2.255"],
  ["192.88.99.0/24", "reserved", "192.88.99.0", "192.88.99.1", "192.88.99.255"],
  ["192.168.0.0/16", "private", "192.168.0.0", "192.168.1.1", "192.168.255.255"],
  ["198.18.0.0/15", "benchmarking", "198.18.0.0", "198.18.128.1", "198.19.255.255"],
  ["198.51.100.0/24", "documentation", "198.51.100.0", "198.51.100.7", "198.51.100.255"],
  ["203.0.113.0/24", "documentation", "203.0.113.0", "203.0.113.9", "203.0.113.255"],
  ["224.0.0.0/4", "multicast", "224.0.0.0", "232.1.2.3", "239.255.255.255"],
  ["240.0.0.0/4", "reserved", "240.0.0.0", "250.1.2.3", "255.255.255.254"],
  ["255.255.255.255/32", "broadcast", "255.255.255.255", "255.255.255.255", "255.255.255.255"],
  ["::/128", "unspecified", "::", "0:0:0:0:0:0:0:0", "::0"],
  ["::1/128", "loopback", "::1", "0:0:0:0:0:0:0:1", "::0001"],
  ["fc00::/7", "private", "fc00::", "fd12:3456::1", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["fe80::/10", "link-local", "fe80::", "fe80::1", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["fec0::/10", "private", "fec0::", "fec0::1", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["ff00::/8", "multicast", "ff00::", "ff02::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["2001:db8::/32", "documentation", "2001:db8::", "2001:db8:1::1", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["3fff::/20", "documentation", "3fff::", "3fff:abc::1", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["2001:2::/48", "benchmarking", "2001:2::", "2001:2::1", "2001:2:0:ffff:ffff:ffff:ffff:ffff"],
  ["100::/64", "reserved", "100::", "100::1", "100::ffff:ffff:ffff:ffff"],
  ["64:ff9b:1::/48", "private", "64:ff9b:1::", "64:ff9b:1::1", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff"],
  ["4000::/3", "reserved", "4000::", "5f00::1", "5fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
  ["e000::/4", "reserved", "e000::", "e123::1", "efff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"],
];

// Just outside a reserved range, or plainly public.
const PUBLIC = [
  "20.1.2.3",
  "1.1.1.1",
  "8.8.8.8",
  "9.255.255.255",
  "11.0.0.0",
  "100.63.255.255",
  "100.128.0.0",
  "126.255.255.255",
  "128.0.0.0",
  "169.253.255.255",
  "169.255.0.0",
  "172.15.255.255",
  "172.32.0.0",
  "192.0.1.255",
  "192.167.255.255",
  "192.169.0.0",
  "198.17.255.255",
  "198.20.0.0",
  "223.255.255.255",
  "2606:4700::1111",
  "2001:4860:4860::8888",
  "2a00:1450:4001:80b::200e",
  "2001:200::1", // just above the IETF block 2001::/23
  "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
  "2001:db9::",
  "3fff:1000::",
  "::ffff:20.1.2.3",
  "64:ff9b::8.8.8.8",
  "2002:808:808::1", // 6to4 for 8.8.8.8
];

const INVALID = [
  "",
  "localhost",
  "registry.example.com",
  "0177.0.0.1", // octal to inet_aton
  "127.000.000.001",
  "2130706433", // 127.0.0.1 as an integer
  "0x7f000001",
  "0x7f.0.0.1",
  "127.1",
  "127.0.0.1.",
  "1.2.3.256",
  "1.2.3.-1",
  " 1.2.3.4",
  "1.2.3.4 ",
  "1.2.3.4:80",
  "::1%eth0",
  "fe80::1%25eth0",
  "[::1]%lo",
  "[::1",
  "1:2:3:4:5:6:7:8:9",
  "1:2:3:4:5:6:7",
  "1:2:3:4:5:6:7:8::",
  "1::2::3",
  ":::",
  ":1::",
  "12345::",
  "g::1",
  "::ffff:1.2.3",
  "::1.2.3.4.5",
  "1.2.3.4::",
  "::ffff:0177.0.0.1",
  "１.２.３.４",
];

describe("decideAddress", () => {
  describe.each(RESERVED)("%s", (range, reason, first, middle, last) => {
    it.each([first, middle, last])(`refuses %s as ${reason}`, (address) => {
      expect(decideAddress(address, NONE)).toEqual({ address, allowed: false, reason, range });
    });
  });

  it.each(PUBLIC)("allows the public address %s", (address) => {
    expect(decideAddress(address, NONE)).toEqual({ address, allowed: true });
  });

  it.each(INVALID)("refuses %j as invalid, never guessing what it meant", (address) => {
    expect(decideAddress(address, NONE)).toEqual({ address, allowed: false, reason: "invalid" });
  });

  it("names the cloud metadata addresses as metadata, not merely link-local", () => {
    for (const [address, range] of [
      ["169.254.169.254", "169.254.169.254/32"],
      ["100.100.100.200", "100.100.100.200/32"],
      ["168.63.129.16", "168.63.129.16/32"],
      ["fd00:ec2::254", "fd00:ec2::254/128"],
    ] as const) {
      expect(decideAddress(address, NONE)).toMatchObject({ allowed: false, reason: "metadata", range });
    }
    expect(decideAddress("169.254.169.253", NONE).reason).toBe("link-local");
  });

  it("judges IPv6 forms that carry an IPv4 address by that address", () => {
    const cases: [string, GuardReason, string, string][] = [
      ["::ffff:127.0.0.1", "loopback", "127.0.0.1", "::ffff:0:0/96"],
      ["::ffff:7f00:1", "loopback", "127.0.0.1", "::ffff:0:0/96"],
      ["::FFFF:10.0.0.1", "private", "10.0.0.1", "::ffff:0:0/96"],
      ["::ffff:169.254.169.254", "metadata", "169.254.169.254", "::ffff:0:0/96"],
      ["::127.0.0.1", "loopback", "127.0.0.1", "::/96"],
      ["::10.1.2.3", "private", "10.1.2.3", "::/96"],
      ["64:ff9b::10.0.0.1", "private", "10.0.0.1", "64:ff9b::/96"],
      ["64:ff9b::a9fe:a9fe", "metadata", "169.254.169.254", "64:ff9b::/96"],
      ["2002:a00:1::1", "private", "10.0.0.1", "2002::/16"],
      ["2002:7f00:1::", "loopback", "127.0.0.1", "2002::/16"],
      // RFC 4380's example: server 65.54.227.120, client 192.0.2.45 stored inverted.
      ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "documentation", "192.0.2.45", "2001::/32"],
      ["2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback", "127.0.0.1", "2001::/32"],
      ["2001:0:a00:1:8000:63bf:f7f7:f7f7", "private", "10.0.0.1", "2001::/32"], // private Teredo server
    ];
    for (const [address, reason, ipv4, via] of cases) {
      expect(decideAddress(address, NONE)).toMatchObject({ address, allowed: false, reason, embedded: { ipv4, via } });
    }
    // A Teredo address whose server and client are both public.
    expect(decideAddress("2001:0:4136:e378:8000:63bf:f7f7:f7f7", NONE).allowed).toBe(true);
  });

  it("accepts a bracketed IPv6 literal as URLs write it", () => {
    expect(decideAddress("[::1]", NONE)).toMatchObject({ allowed: false, reason: "loopback" });
    expect(decideAddress("[2606:4700::1111]", NONE)).toMatchObject({ allowed: true });
  });

  it("returns invalid instead of throwing for values that are not strings at all", () => {
    expect(decideAddress(undefined as unknown as string, NONE)).toMatchObject({ allowed: false, reason: "invalid" });
    expect(decideAddress(2130706433 as unknown as string, NONE)).toMatchObject({ allowed: false, reason: "invalid" });
  });
});

describe("the allow list", () => {
  const allow = parseCidrList("10.1.0.0/16,127.0.0.0/8,fd00:1::/32");

  it("opens exactly its range, and names the entry that opened it", () => {
    for (const address of ["10.1.0.0", "10.1.77.3", "10.1.255.255"]) {
      expect(decideAddress(address, allow)).toEqual({
        address,
        allowed: true,
        reason: "private",
        range: "10.0.0.0/8",
        allowedBy: "10.1.0.0/16",
      });
    }
    for (const address of ["10.0.255.255", "10.2.0.0", "192.168.1.1"]) {
      expect(decideAddress(address, allow)).toMatchObject({ allowed: false, reason: "private" });
    }
    expect(decideAddress("fd00:1:ffff::1", allow)).toMatchObject({ allowed: true, allowedBy: "fd00:1::/32" });
    expect(decideAddress("fd00:2::", allow)).toMatchObject({ allowed: false, reason: "private" });
  });

  it("opens the IPv4-mapped form of an opened IPv4 range", () => {
    expect(decideAddress("::ffff:127.0.0.1", allow)).toMatchObject({ allowed: true, reason: "loopback", allowedBy: "127.0.0.0/8" });
    expect(decideAddress("::ffff:10.2.0.1", allow)).toMatchObject({ allowed: false, reason: "private" });
    const mapped = parseCidrList("::ffff:192.168.0.0/112");
    expect(decideAddress("::ffff:192.168.3.4", mapped)).toMatchObject({ allowed: true, allowedBy: "::ffff:192.168.0.0/112" });
    expect(decideAddress("192.168.3.4", mapped)).toMatchObject({ allowed: false });
  });

  it("opens the metadata service only when an entry names that one address", () => {
    expect(decideAddress("169.254.169.254", parseCidrList("169.254.0.0/16"))).toMatchObject({ allowed: false, reason: "metadata" });
    expect(decideAddress("169.254.169.254", parseCidrList("0.0.0.0/0"))).toMatchObject({ allowed: false, reason: "metadata" });
    expect(decideAddress("169.254.1.1", parseCidrList("169.254.0.0/16"))).toMatchObject({ allowed: true, reason: "link-local" });
    expect(decideAddress("169.254.169.254", parseCidrList("169.254.169.254/32"))).toMatchObject({
      allowed: true,
      allowedBy: "169.254.169.254/32",
    });
  });

  it("never opens an invalid address", () => {
    expect(decideAddress("0177.0.0.1", parseCidrList("0.0.0.0/0"))).toMatchObject({ allowed: false, reason: "invalid" });
  });

  it("leaves public addresses alone", () => {
    expect(decideAddress("20.1.2.3", parseCidrList("20.0.0.0/8"))).toEqual({ address: "20.1.2.3", allowed: true });
  });
});

describe("decideAnswers", () => {
  it("allows an answer whose every address is public", () => {
    const result = decideAnswers(["20.1.2.3", "2606:4700::1111"], NONE);
    expect(result.allowed).toBe(true);
    expect(result.decisions).toHaveLength(2);
    expect(result.refused).toBeUndefined();
  });

  it("refuses an answer that mixes public and private addresses, naming the private one", () => {
    const result = decideAnswers(["20.1.2.3", "10.0.0.5", "8.8.8.8"], NONE);
    expect(result.allowed).toBe(false);
    expect(result.refused).toMatchObject({ address: "10.0.0.5", reason: "private", range: "10.0.0.0/8" });
    expect(result.decisions.map((d) => d.allowed)).toEqual([true, false, true]);
  });

  it("refuses an empty answer", () => {
    expect(decideAnswers([], NONE)).toEqual({ allowed: false, decisions: [] });
  });

  it("allows a private answer the operator opened", () => {
    expect(decideAnswers(["10.1.2.3"], parseCidrList("10.0.0.0/8"))).toMatchObject({ allowed: true });
  });
});

describe("parseCidr and parseCidrList", () => {
  it("parses IPv4 and IPv6 networks to canonical text", () => {
    expect(parseCidr("10.0.0.0/8")).toMatchObject({ family: 4, prefix: 8, text: "10.0.0.0/8" });
    expect(parseCidr(" FD00:0000::/8 ")).toMatchObject({ family: 6, prefix: 8, text: "fd00::/8" });
    expect(parseCidr("0.0.0.0/0").text).toBe("0.0.0.0/0");
    expect(parseCidr("::/0").text).toBe("::/0");
  });

  it("reads a bare address as a single host", () => {
    expect(parseCidr("10.1.2.3").text).toBe("10.1.2.3/32");
    expect(parseCidr("::1").text).toBe("::1/128");
  });

  it.each([
    ["10.0.0.0/33", "'10.0.0.0/33' is not a network: the prefix must be 0–32 for IPv4"],
    ["fd00::/129", "'fd00::/129' is not a network: the prefix must be 0–128 for IPv6"],
    ["10.0.0.0/", "'10.0.0.0/' is not a network: the prefix must be 0–32 for IPv4"],
    ["10.0.0.0/08", "'10.0.0.0/08' is not a network: the prefix must be 0–32 for IPv4"],
    ["10.0.0.0/-1", "'10.0.0.0/-1' is not a network: the prefix must be 0–32 for IPv4"],
    ["10.0.0.1/8", "'10.0.0.1/8' is not a network: it has host bits set; write 10.0.0.0/8"],
    ["fd00::1/8", "'fd00::1/8' is not a network: it has host bits set; write fd00::/8"],
    [
      "intranet/8",
      "'intranet/8' is not a network: 'intranet' is not an IP address; write an IPv4 or IPv6 network, e.g. 10.0.0.0/8 or fd00::/8",
    ],
    ["fe80::%eth0/64", "'fe80::%eth0/64' is not a network: zone ids (%eth0) cannot appear in a network; write e.g. fe80::/10"],
    [
      "010.0.0.0/8",
      "'010.0.0.0/8' is not a network: '010.0.0.0' is not an IP address; write an IPv4 or IPv6 network, e.g. 10.0.0.0/8 or fd00::/8",
    ],
  ])("refuses %s with a sentence", (text, message) => {
    expect(() => parseCidr(text)).toThrow(message);
  });

  it("parses a list, skipping empty entries", () => {
    expect(parseCidrList("127.0.0.0/8,10.0.0.0/8").map((c) => c.text)).toEqual(["127.0.0.0/8", "10.0.0.0/8"]);
    expect(parseCidrList(" 127.0.0.0/8 , , fd00::/8, ").map((c) => c.text)).toEqual(["127.0.0.0/8", "fd00::/8"]);
    expect(parseCidrList("")).toEqual([]);
  });

  it("names every bad entry of a list at once", () => {
    expect(() => parseCidrList("10.0.0.0/33,192.168.0.0/16,corp")).toThrow(
      "'10.0.0.0/33' is not a network: the prefix must be 0–32 for IPv4; 'corp' is not a network: 'corp' is not an IP address",
    );
  });
});

describe("describeReason and describeDecision", () => {
  it("gives a short phrase for every reason", () => {
    expect(describeReason("private")).toBe("a private address (RFC 1918, or IPv6 unique-local)");
    expect(describeReason("metadata")).toMatch(/metadata/);
    const reasons: GuardReason[] = [
      "loopback",
      "private",
      "link-local",
      "metadata",
      "cgnat",
      "multicast",
      "unspecified",
      "broadcast",
      "reserved",
      "documentation",
      "benchmarking",
      "invalid",
    ];
    for (const reason of reasons) expect(describeReason(reason)).toMatch(/^(a|an|the|not) /);
  });

  it("says what a refused address is and how an operator opens it", () => {
    expect(describeDecision(decideAddress("10.0.0.5", NONE))).toBe(
      "10.0.0.5 is a private address (RFC 1918, or IPv6 unique-local) in 10.0.0.0/8; the check does not connect there unless the server's operator lists the range in PROBE_ALLOW_NETWORKS.",
    );
    expect(describeDecision(decideAddress("::ffff:127.0.0.1", NONE))).toContain("(it carries the IPv4 address 127.0.0.1)");
    expect(describeDecision(decideAddress("10.0.0.5", parseCidrList("10.0.0.0/8")))).toContain(
      "opened by PROBE_ALLOW_NETWORKS entry 10.0.0.0/8",
    );
    expect(describeDecision(decideAddress("0x7f000001", NONE))).toBe(
      "'0x7f000001' is not a plain IP address, so the check will not connect to it.",
    );
    expect(describeDecision(decideAddress("20.1.2.3", NONE))).toBe("20.1.2.3 is a public address.");
  });
});

describe("parseIpAddress and formatIpAddress", () => {
  it.each([
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"], // first of two equal runs
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"], // a single zero group is not compressed
    ["0:0:0:0:0:ffff:7f00:1", "::ffff:127.0.0.1"],
    ["::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7"],
    ["1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"],
    ["FE80::ABCD", "fe80::abcd"],
    ["0.0.0.0", "0.0.0.0"],
  ])("reads %s and writes it as %s (RFC 5952)", (text, canonical) => {
    const parsed = parseIpAddress(text);
    expect(parsed).toBeDefined();
    if (parsed) expect(formatIpAddress(parsed)).toBe(canonical);
  });
});

describe("properties", () => {
  const ipv4 = fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((n) => ({ family: 4 as const, value: BigInt(n) }));
  const ipv6 = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }).map((value) => ({ family: 6 as const, value }));

  it("refuses every IPv4 address in 10.0.0.0/8 as private", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 24 - 1 }), (n) => {
        const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
        const decision = decideAddress(address, NONE);
        return !decision.allowed && decision.reason === "private" && decision.range === "10.0.0.0/8";
      }),
    );
  });

  it("round-trips IPv4 and IPv6 addresses through format and parse", () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, ipv6), (address) => {
        expect(parseIpAddress(formatIpAddress(address))).toEqual(address);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads any spelling of eight groups (case, leading zeros, one :: run) as the same address", () => {
    const spelling = fc.record({
      groups: fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }),
      pad: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      upper: fc.boolean(),
      compress: fc.nat(),
    });
    fc.assert(
      fc.property(spelling, ({ groups, pad, upper, compress }) => {
        let parts = groups.map((g, i) => (pad[i] ? g.toString(16).padStart(4, "0") : g.toString(16)));
        if (upper) parts = parts.map((p) => p.toUpperCase());
        const value = groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
        const zeroRuns: [number, number][] = [];
        for (let i = 0; i < 8; i++) {
          for (let j = i; j < 8 && groups[j] === 0; j++) zeroRuns.push([i, j + 1]);
        }
        let text = parts.join(":");
        const run = zeroRuns.length > 0 ? zeroRuns[compress % zeroRuns.length] : undefined;
        if (run) text = `${parts.slice(0, run[0]).join(":")}::${parts.slice(run[1]).join(":")}`;
        expect(parseIpAddress(text)).toEqual({ family: 6, value });
      }),
    );
  });

  it("opens exactly the allow-list range: allowed inside it, refused one address beyond", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 32 }),
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        (prefix, net, host) => {
          const size = 2 ** (32 - prefix);
          const network = 10 * 2 ** 24 + net - ((10 * 2 ** 24 + net) % size);
          const toText = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
          const allow = [parseCidr(`${toText(network)}/${prefix}`)];
          const inside = network + (host % size);
          expect(decideAddress(toText(inside), allow).allowed).toBe(true);
          const below = network - 1;
          const above = network + size;
          // Beyond the range but still in 10/8: refused.
          if (below >= 10 * 2 ** 24) expect(decideAddress(toText(below), allow).allowed).toBe(false);
          if (above < 11 * 2 ** 24) expect(decideAddress(toText(above), allow).allowed).toBe(false);
        },
      ),
    );
  });

  it("never throws on arbitrary text, and calls anything unparseable invalid", () => {
    const ipish = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF:.%[]/x ".split("")), maxLength: 48 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), ipish), (text) => {
        const decision = decideAddress(text, parseCidrList("10.0.0.0/8"));
        if (parseIpAddress(text) === undefined) expect(decision).toEqual({ address: text, allowed: false, reason: "invalid" });
        if (!decision.allowed) expect(decision.reason).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it("never allows what it would refuse unless an allow entry is named", () => {
    fc.assert(
      fc.property(fc.oneof(ipv4, ipv6), (address) => {
        const decision = decideAddress(formatIpAddress(address), NONE);
        expect(decision.allowed).toBe(decision.reason === undefined);
        expect(decision.allowedBy).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
