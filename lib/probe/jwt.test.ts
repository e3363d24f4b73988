import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grantsPull, inspectToken } from "./jwt";

const SIGNATURE = "c2lnbmF0dXJlLW5vdC1jaGVja2VkLWFuZC1uZXZlci1yZXR1cm5lZA";

function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function jwt(payload: unknown, header: unknown = { alg: "RS256", typ: "JWT" }): string {
  return `${segment(header)}.${segment(payload)}.${SIGNATURE}`;
}

// Shaped like Red Hat's KB sample: a successful login whose token grants nothing.
const REDHAT = jwt({
  exp: 1700000300,
  iat: 1700000000,
  jti: "1f6c1a3e-0000-4000-8000-000000000000",
  iss: "https://sso.redhat.com/auth/realms/rhcc",
  aud: "docker-registry",
  sub: "f:528d76ff-f708-43ed-8cd5-fe16f4fe0ce6:jdoe",
  typ: "Bearer",
  azp: "curl",
  session_state: "opaque-session",
  access: [],
});

// Shaped like an ACR access token from /oauth2/token.
const ACR = jwt(
  {
    jti: "5c2d8d1e-0000-4000-8000-000000000000",
    sub: "00000000-0000-0000-0000-000000000000",
    nbf: 1700000000,
    exp: 1700010800,
    iat: 1700000000,
    iss: "Azure Container Registry",
    aud: "myregistry.azurecr.io",
    version: "1.0",
    rid: "0123456789abcdef",
    grant_type: "refresh_token",
    access: [
      { type: "repository", name: "team/app", actions: ["pull"] },
      { type: "repository", name: "team/tools", actions: ["pull", "push"] },
      { type: "registry", name: "catalog", actions: ["*"] },
    ],
    roles: [],
  },
  { typ: "JWT", alg: "RS256", kid: "ABCD:EFGH" },
);

describe("inspectToken", () => {
  it("reads a token that grants nothing (Red Hat's KB sample: access: [])", () => {
    const inspection = inspectToken(REDHAT);
    expect(inspection).toEqual({
      kind: "jwt",
      claims: {
        iss: "https://sso.redhat.com/auth/realms/rhcc",
        sub: "f:528d76ff-f708-43ed-8cd5-fe16f4fe0ce6:jdoe",
        aud: "docker-registry",
        exp: 1700000300,
        iat: 1700000000,
        access: [],
      },
      grants: [],
    });
    expect(grantsPull(inspection, "rhel9/rhel")).toBe(false);
  });

  it("reads an ACR-like token's grants, one per action", () => {
    const inspection = inspectToken(ACR);
    expect(inspection.kind).toBe("jwt");
    if (inspection.kind !== "jwt") return;
    expect(inspection.claims.aud).toBe("myregistry.azurecr.io");
    expect(inspection.claims.nbf).toBe(1700000000);
    expect(inspection.grants).toEqual([
      { type: "repository", name: "team/app", action: "pull" },
      { type: "repository", name: "team/tools", action: "pull" },
      { type: "repository", name: "team/tools", action: "push" },
      { type: "registry", name: "catalog", action: "*" },
    ]);
    expect(grantsPull(inspection, "team/app")).toBe(true);
    expect(grantsPull(inspection, "team/tools")).toBe(true);
    expect(grantsPull(inspection, "team/other")).toBe(false);
    expect(grantsPull(inspection, "team")).toBe(false);
    expect(grantsPull(inspection, "catalog")).toBe(false);
  });

  it("keeps only the named claims: no signature, header, jti or session state", () => {
    const serialised = JSON.stringify(inspectToken(REDHAT));
    expect(serialised).not.toContain(SIGNATURE);
    expect(serialised).not.toContain("opaque-session");
    expect(serialised).not.toContain("jti");
    expect(serialised).not.toContain("RS256");
    expect(JSON.stringify(inspectToken(ACR))).not.toContain("ABCD:EFGH");
  });

  it("reads a wildcard action as pull, and an audience list", () => {
    const inspection = inspectToken(jwt({ aud: ["a", 1, "b"], access: [{ type: "repository", name: "app", actions: ["*"] }] }));
    expect(inspection).toMatchObject({ kind: "jwt", claims: { aud: ["a", "b"] } });
    expect(grantsPull(inspection, "app")).toBe(true);
  });

  it("reads access entries written with other casing, and drops malformed ones", () => {
    const inspection = inspectToken(
      jwt({
        access: [
          { Type: "repository", Name: "app", Actions: ["pull"] },
          { type: "repository", actions: ["pull"] },
          "repository:app:pull",
          { type: "repository", name: "lib", actions: "pull" },
          { type: "repository", name: "mixed", actions: ["pull", 7, null] },
        ],
      }),
    );
    expect(inspection).toMatchObject({
      kind: "jwt",
      claims: {
        access: [
          { type: "repository", name: "app", actions: ["pull"] },
          { type: "repository", name: "lib", actions: [] },
          { type: "repository", name: "mixed", actions: ["pull"] },
        ],
      },
    });
    expect(grantsPull(inspection, "lib")).toBe(false);
  });

  it("ignores claims of the wrong type", () => {
    expect(inspectToken(jwt({ iss: 5, exp: "soon", nbf: Number.MAX_VALUE, sub: null }))).toEqual({
      kind: "jwt",
      claims: { nbf: Number.MAX_VALUE },
      grants: [],
    });
  });

  it("says 'unknown' for a JWT without an access claim", () => {
    const inspection = inspectToken(jwt({ iss: "gitlab", sub: "me" }));
    expect(inspection).toMatchObject({ kind: "jwt", grants: [] });
    expect(grantsPull(inspection, "app")).toBe("unknown");
  });

  it.each([
    ["an opaque token", "djE6b3BhcXVlLXRva2Vu"],
    ["a GitHub-style token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
    ["two segments", `${segment({ alg: "none" })}.${segment({ access: [] })}`],
    ["four segments", `${jwt({ access: [] })}.extra`],
    ["an encrypted JWE", "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d"],
    ["a payload that is not JSON", `${segment({ alg: "none" })}.${Buffer.from("not json").toString("base64url")}.sig`],
    ["a payload that is a JSON array", `${segment({ alg: "none" })}.${segment([1, 2])}.sig`],
    ["a header that is not an object", `${segment("x")}.${segment({ access: [] })}.sig`],
    ["base64 with + and /", `${segment({ alg: "none" })}.ab+/cd.sig`],
    ["an empty string", ""],
    ["invalid UTF-8", `${segment({ alg: "none" })}.${Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString("base64url")}.sig`],
  ])("calls %s opaque", (_label, token) => {
    const inspection = inspectToken(token);
    expect(inspection).toEqual({ kind: "opaque" });
    expect(grantsPull(inspection, "app")).toBe("unknown");
  });

  it("accepts an unsigned JWT's empty signature segment: it is decoded, not trusted", () => {
    const token = `${segment({ alg: "none" })}.${segment({ access: [] })}.`;
    expect(inspectToken(token)).toMatchObject({ kind: "jwt" });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(..."eyJ.-_abcAB0=".split("")), maxLength: 80 })), (text) => {
        const inspection = inspectToken(text);
        expect(["jwt", "opaque"]).toContain(inspection.kind);
        expect(["unknown", true, false]).toContain(grantsPull(inspection, "app"));
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips generated grants through a token", () => {
    const entry = fc.record({
      type: fc.constantFrom("repository", "registry"),
      name: fc.string({ minLength: 1 }),
      actions: fc.array(fc.constantFrom("pull", "push", "delete", "*")),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (access) => {
        const inspection = inspectToken(jwt({ access }));
        expect(inspection).toMatchObject({ kind: "jwt", claims: { access } });
        if (inspection.kind === "jwt") expect(inspection.grants).toHaveLength(access.reduce((n, e) => n + e.actions.length, 0));
      }),
    );
  });
});
