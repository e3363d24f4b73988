import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadProbeEnv, ProbeConfigError, RATE_LIMIT_DEFAULT } from "./env";

// A real self-signed certificate (CN=Registry Doctor Test CA), made for this test; its private
// key was thrown away. The loader parses every block, so a made-up one would not do.
const CERT = `-----BEGIN CERTIFICATE-----
MIIBmjCCAT+gAwIBAgIULvajkGJAiF53Q2uaTKJS9KQDDJ4wCgYIKoZIzj0EAwIw
IjEgMB4GA1UEAwwXUmVnaXN0cnkgRG9jdG9yIFRlc3QgQ0EwHhcNMjYxMTIzMDcz
MDMxWhcNMzYxMTIwMDczMDMxWjAiMSAwHgYDVQQDDBdSZWdpc3RyeSBEb2N0b3Ig
VGVzdCBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABJuGKP4wg6puTwm2MBvA
ALyvPyWxdY40BeFSVPdjnrIvhib5kp5DkgW+gbxfbI0hWjuSfjIZrwfzfUJhtT6m
oTOjUzBRMB0GA1UdDgQWBBRyJ+crNtxWAOkDGzE6WNLp4btJcjAfBgNVHSMEGDAW
gBRyJ+crNtxWAOkDGzE6WNLp4btJcjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0kAMEYCIQCvJb0UZ3vxqfvtrRWp1J4/eUL9X8RTarsA2HYt4j7BTgIhAOtQ
PKg6zsaqfUVJkIYympeuNB99qYE06eaLNZwXsAmp
-----END CERTIFICATE-----`;

const dir = mkdtempSync(join(tmpdir(), "probe-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function problems(source: Record<string, string | undefined>): string[] {
  try {
    loadProbeEnv(source);
  } catch (error) {
    if (error instanceof ProbeConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  throw new Error("expected a ProbeConfigError");
}

describe("loadProbeEnv", () => {
  it("uses the defaults when nothing is set, and ignores unrelated variables", () => {
    expect(loadProbeEnv({ PATH: "/usr/bin", HOME: "/root" })).toEqual({
      allowNetworks: [],
      caFile: undefined,
      timeoutMs: 5000,
      dnsServers: [],
      rateLimit: RATE_LIMIT_DEFAULT,
    });
    expect(RATE_LIMIT_DEFAULT).toEqual({ requests: 30, windowMs: 60_000 });
  });

  it("reads blank values as unset", () => {
    expect(loadProbeEnv({ PROBE_TIMEOUT_MS: "", PROBE_ALLOW_NETWORKS: "  ", PROBE_RATE_LIMIT: "" })).toMatchObject({
      timeoutMs: 5000,
      allowNetworks: [],
      rateLimit: RATE_LIMIT_DEFAULT,
    });
  });

  it("reads process.env by default", () => {
    expect(loadProbeEnv().timeoutMs).toBeGreaterThanOrEqual(100);
  });
});

describe("PROBE_ALLOW_NETWORKS", () => {
  it("reads a CIDR list", () => {
    const env = loadProbeEnv({ PROBE_ALLOW_NETWORKS: "127.0.0.0/8, 10.0.0.0/8,fd00::/8" });
    expect(env.allowNetworks.map((c) => c.text)).toEqual(["127.0.0.0/8", "10.0.0.0/8", "fd00::/8"]);
  });

  it("names each bad network and how to write the list", () => {
    expect(problems({ PROBE_ALLOW_NETWORKS: "10.0.0.0/33,intranet" })).toEqual([
      "PROBE_ALLOW_NETWORKS: '10.0.0.0/33' is not a network: the prefix must be 0–32 for IPv4; 'intranet' is not a network: 'intranet' is not an IP address; " +
        "write an IPv4 or IPv6 network, e.g. 10.0.0.0/8 or fd00::/8; write comma-separated networks, e.g. 127.0.0.0/8,10.0.0.0/8",
    ]);
  });
});

describe("PROBE_CA_FILE", () => {
  it("reads a PEM bundle and names its certificates", () => {
    const path = file("ca.pem", `# private CA\n${CERT}\n`);
    const env = loadProbeEnv({ PROBE_CA_FILE: path });
    expect(env.caFile).toEqual({ path, pem: CERT, subjects: ["CN=Registry Doctor Test CA"] });
  });

  it("reads every certificate of a bundle", () => {
    const path = file("bundle.pem", `${CERT}\n${CERT}\n`);
    expect(loadProbeEnv({ PROBE_CA_FILE: path }).caFile?.subjects).toHaveLength(2);
  });

  it("refuses a path that does not exist", () => {
    const path = join(dir, "missing.pem");
    expect(problems({ PROBE_CA_FILE: path })).toEqual([
      `PROBE_CA_FILE: '${path}' does not exist; write the path of a PEM file holding your registry's CA certificate, e.g. /etc/ssl/certs/private-ca.pem`,
    ]);
  });

  it("refuses a directory", () => {
    const path = join(dir, "certs.d");
    mkdirSync(path);
    expect(problems({ PROBE_CA_FILE: path })[0]).toMatch(/^PROBE_CA_FILE: '.*certs\.d' is a directory; write the path of a PEM file/);
  });

  it("refuses a file without a certificate, such as a private key", () => {
    const path = file("key.pem", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
    expect(problems({ PROBE_CA_FILE: path })[0]).toContain("holds no '-----BEGIN CERTIFICATE-----' block");
  });

  it("refuses a damaged certificate before TLS would", () => {
    const path = file("damaged.pem", `${CERT}\n-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n`);
    expect(problems({ PROBE_CA_FILE: path })[0]).toContain("certificate 2 of 2 in");
  });
});

describe("PROBE_TIMEOUT_MS", () => {
  it.each([
    ["100", 100],
    ["5000", 5000],
    [" 120000 ", 120000],
  ])("reads %j", (text, value) => {
    expect(loadProbeEnv({ PROBE_TIMEOUT_MS: text }).timeoutMs).toBe(value);
  });

  it.each([
    ["fast", "PROBE_TIMEOUT_MS: 'fast' is not a number of milliseconds; write e.g. 5000"],
    ["5s", "PROBE_TIMEOUT_MS: '5s' is not a number of milliseconds; write e.g. 5000"],
    ["-5", "PROBE_TIMEOUT_MS: '-5' is not a number of milliseconds; write e.g. 5000"],
    ["2.5", "PROBE_TIMEOUT_MS: '2.5' is not a whole number of milliseconds; write e.g. 5000"],
    ["99", "PROBE_TIMEOUT_MS: 99 ms is outside 100–120000; write a number of milliseconds in that range, e.g. 5000"],
    ["120001", "PROBE_TIMEOUT_MS: 120001 ms is outside 100–120000; write a number of milliseconds in that range, e.g. 5000"],
  ])("refuses %j", (text, message) => {
    expect(problems({ PROBE_TIMEOUT_MS: text })).toEqual([message]);
  });
});

describe("PROBE_DNS_SERVERS", () => {
  it("reads ip[:port] entries, IPv6 in brackets or bare", () => {
    const env = loadProbeEnv({ PROBE_DNS_SERVERS: "10.0.0.2, 168.63.129.16:5353,[::1]:5353,[fd00::53],2606:4700:4700::1111" });
    expect(env.dnsServers).toEqual([
      { address: "10.0.0.2", family: 4, port: 53, server: "10.0.0.2:53" },
      { address: "168.63.129.16", family: 4, port: 5353, server: "168.63.129.16:5353" },
      { address: "::1", family: 6, port: 5353, server: "[::1]:5353" },
      { address: "fd00::53", family: 6, port: 53, server: "[fd00::53]:53" },
      { address: "2606:4700:4700::1111", family: 6, port: 53, server: "[2606:4700:4700::1111]:53" },
    ]);
  });

  it("names every bad resolver at once", () => {
    const [message] = problems({ PROBE_DNS_SERVERS: "dns.google,10.0.0.2:99999,[10.0.0.2]:53,fe80::1%eth0,10.0.0.300,10.0.0.2:" });
    expect(message).toBe(
      "PROBE_DNS_SERVERS: 'dns.google': a resolver must be an IP address, not a name; " +
        "'10.0.0.2:99999': the port must be a number from 1 to 65535; " +
        "'[10.0.0.2]:53': it is not an IP address; " +
        "'fe80::1%eth0': zone ids (%eth0) are not supported; " +
        "'10.0.0.300': it is not an IP address; " +
        "'10.0.0.2:': the port must be a number from 1 to 65535; " +
        "write resolvers as ip[:port], e.g. 10.0.0.2,168.63.129.16:53,[fd00::53]:5353",
    );
  });
});

describe("PROBE_RATE_LIMIT", () => {
  it.each([
    ["30/60s", { requests: 30, windowMs: 60_000 }],
    ["100/1h", { requests: 100, windowMs: 3_600_000 }],
    ["10 / 5m", { requests: 10, windowMs: 300_000 }],
    ["5/s", { requests: 5, windowMs: 1000 }],
    ["0", null],
  ])("reads %j", (text, value) => {
    expect(loadProbeEnv({ PROBE_RATE_LIMIT: text }).rateLimit).toEqual(value);
  });

  it.each([
    ["thirty", "PROBE_RATE_LIMIT: 'thirty' is not a rate; write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off"],
    ["30", "PROBE_RATE_LIMIT: '30' is not a rate; write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off"],
    ["30/60", "PROBE_RATE_LIMIT: '30/60' is not a rate; write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off"],
    [
      "0/60s",
      "PROBE_RATE_LIMIT: '0/60s': requests must be 1–1000000 per window (0 alone turns the limit off); write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off",
    ],
    [
      "30/25h",
      "PROBE_RATE_LIMIT: '30/25h': the window must be from 1s to 24h; write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off",
    ],
    [
      "30/0s",
      "PROBE_RATE_LIMIT: '30/0s': the window must be from 1s to 24h; write requests/window, e.g. 30/60s, 100/1h, or 0 to turn the limit off",
    ],
  ])("refuses %j", (text, message) => {
    expect(problems({ PROBE_RATE_LIMIT: text })).toEqual([message]);
  });
});

describe("every problem at once", () => {
  it("lists each bad variable in one error, with how to write it", () => {
    let caught: unknown;
    try {
      loadProbeEnv({
        PROBE_ALLOW_NETWORKS: "10.0.0.0/33",
        PROBE_CA_FILE: join(dir, "nope.pem"),
        PROBE_TIMEOUT_MS: "fast",
        PROBE_DNS_SERVERS: "dns.google",
        PROBE_RATE_LIMIT: "lots",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProbeConfigError);
    const error = caught as ProbeConfigError;
    expect(error.code).toBe("probe-config");
    expect(error.status).toBe(500);
    expect(error.problems.map((p) => p.variable)).toEqual([
      "PROBE_ALLOW_NETWORKS",
      "PROBE_CA_FILE",
      "PROBE_TIMEOUT_MS",
      "PROBE_DNS_SERVERS",
      "PROBE_RATE_LIMIT",
    ]);
    expect(error.message.split("\n")[0]).toBe("The live check's configuration has 5 problems:");
    expect(error.message).toContain("- PROBE_TIMEOUT_MS: 'fast' is not a number of milliseconds; write e.g. 5000");
    expect(error.message).toContain("- PROBE_ALLOW_NETWORKS: '10.0.0.0/33' is not a network: the prefix must be 0–32 for IPv4");
    expect(error.message).toContain("- PROBE_RATE_LIMIT: 'lots' is not a rate");
    expect(error.message).toContain("- PROBE_DNS_SERVERS: 'dns.google': a resolver must be an IP address");
    expect(error.message).toContain("nope.pem' does not exist");
  });

  it("says '1 problem' for one", () => {
    expect(() => loadProbeEnv({ PROBE_TIMEOUT_MS: "x" })).toThrow(/^The live check's configuration has 1 problem:\n- PROBE_TIMEOUT_MS: /);
  });
});
