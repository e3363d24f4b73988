import { describe, expect, it } from "vitest";
import { nearestCauses } from "./nearest";

const candidates = [
  { id: "dns-name-not-found", title: "The registry name does not resolve" },
  { id: "tls-certificate-expired", title: "The certificate has expired" },
  { id: "proxy-auth-required", title: "The proxy asks for credentials" },
];

describe("nearestCauses", () => {
  it("puts a one-letter typo's intended cause first", () => {
    expect(nearestCauses("dns-name-not-foud", candidates)[0]?.id).toBe("dns-name-not-found");
  });

  it("finds a cause by a shared word", () => {
    expect(nearestCauses("expired", candidates)[0]?.id).toBe("tls-certificate-expired");
  });

  it("respects the limit", () => {
    expect(nearestCauses("x", candidates, 2)).toHaveLength(2);
  });
});
