import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basicChallenge, bearerChallenge, parseChallenges, resolveRealm, type Challenge } from "./challenge";

function one(header: string): Challenge {
  const challenges = parseChallenges(header);
  expect(challenges).toHaveLength(1);
  return challenges[0] as Challenge;
}

// Challenges as registries send them (research/registry-probing.md §2.2 and §4.1).
describe("real registry challenges", () => {
  it("Docker Hub, with a scope that holds a comma", () => {
    expect(
      one(`Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"`),
    ).toEqual({
      scheme: "bearer",
      params: { realm: "https://auth.docker.io/token", service: "registry.docker.io", scope: "repository:samalba/my-app:pull,push" },
    });
  });

  it('ACR, and ACR with error="invalid_token" appended', () => {
    expect(one(`Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io"`).params).toEqual({
      realm: "https://myregistry.azurecr.io/oauth2/token",
      service: "myregistry.azurecr.io",
    });
    const withError = one(
      `Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io",scope="registry:catalog:*",error="invalid_token"`,
    );
    expect(withError.params.scope).toBe("registry:catalog:*");
    expect(withError.params.error).toBe("invalid_token");
  });

  it("distribution's insufficient_scope", () => {
    const challenge = one(
      `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull",error="insufficient_scope"`,
    );
    expect(challenge.params.error).toBe("insufficient_scope");
  });

  it("Red Hat, whose realm is on registry.redhat.io itself", () => {
    expect(
      one(`Bearer realm="https://registry.redhat.io/auth/realms/rhcc/protocol/redhat-docker-v2/auth",service="docker-registry"`).params,
    ).toEqual({
      realm: "https://registry.redhat.io/auth/realms/rhcc/protocol/redhat-docker-v2/auth",
      service: "docker-registry",
    });
  });

  it("GHCR and Quay", () => {
    expect(one(`Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:octo/app:pull"`).params.service).toBe("ghcr.io");
    expect(one(`Bearer realm="https://quay.io/v2/auth",service="quay.io"`).params.realm).toBe("https://quay.io/v2/auth");
  });

  it("ECR answers with Basic", () => {
    const challenges = parseChallenges(`Basic realm="https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/",service="ecr.amazonaws.com"`);
    expect(bearerChallenge(challenges)).toBeUndefined();
    expect(basicChallenge(challenges)).toEqual({
      scheme: "basic",
      params: { realm: "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/", service: "ecr.amazonaws.com" },
    });
  });

  it("GAR's /v2/ challenge has no service", () => {
    const challenge = one(`Bearer realm="https://us-docker.pkg.dev/v2/token"`);
    expect(challenge.params).toEqual({ realm: "https://us-docker.pkg.dev/v2/token" });
    expect(challenge.params.service).toBeUndefined();
  });

  it("Harbor's /service/token, including the http realm of a Harbor behind a TLS proxy", () => {
    expect(one(`Bearer realm="https://harbor.example.com/service/token",service="harbor-registry"`).params.service).toBe("harbor-registry");
    const realm = one(`Bearer realm="http://harbor.example.com/service/token",service="harbor-registry"`).params.realm ?? "";
    expect(resolveRealm(realm, new URL("https://harbor.example.com/v2/"))).toMatchObject({ ok: true, insecure: true, sameOrigin: false });
  });

  it("Artifactory and GitHub Packages: Basic with a realm that is a label, not a URL", () => {
    expect(one(`Basic realm="Artifactory Realm"`)).toEqual({ scheme: "basic", params: { realm: "Artifactory Realm" } });
    expect(one(`Basic realm="GitHub Package Registry"`).params.realm).toBe("GitHub Package Registry");
    expect(resolveRealm("Artifactory Realm", new URL("https://repo.example.com/v2/"))).toEqual({ ok: false, problem: "malformed" });
  });

  it("Codeberg: Bearer and Basic in one header line", () => {
    const challenges = parseChallenges(
      `Bearer realm="https://codeberg.org/v2/token",service="container_registry",scope="*",Basic realm="https://codeberg.org/v2"`,
    );
    expect(challenges).toEqual([
      { scheme: "bearer", params: { realm: "https://codeberg.org/v2/token", service: "container_registry", scope: "*" } },
      { scheme: "basic", params: { realm: "https://codeberg.org/v2" } },
    ]);
    expect(bearerChallenge(challenges)?.params.service).toBe("container_registry");
    expect(basicChallenge(challenges)?.params.realm).toBe("https://codeberg.org/v2");
  });
});

describe("parseChallenges", () => {
  it("reads several header lines in order", () => {
    const challenges = parseChallenges([`Basic realm="a"`, `Bearer realm="https://b/token",service="b"`]);
    expect(challenges.map((c) => c.scheme)).toEqual(["basic", "bearer"]);
  });

  it("lowercases the scheme and parameter names but keeps values", () => {
    expect(one(`BaSiC ReAlM="Case Kept"`)).toEqual({ scheme: "basic", params: { realm: "Case Kept" } });
  });

  it("unescapes quoted values", () => {
    expect(one(String.raw`Basic realm="say \"hi\" \\ there, ok"`).params.realm).toBe(String.raw`say "hi" \ there, ok`);
    expect(one(String.raw`Basic realm="\a\b"`).params.realm).toBe("ab");
  });

  it("reads unquoted values", () => {
    expect(one(`Basic realm=unquoted`).params.realm).toBe("unquoted");
    expect(one(`Basic realm=/`).params.realm).toBe("/");
    expect(one(`Bearer realm=https://auth.example.com/token,service=registry`).params).toEqual({
      realm: "https://auth.example.com/token",
      service: "registry",
    });
  });

  it("tolerates odd whitespace around names, = and commas", () => {
    expect(one(`  Bearer   realm = "https://r/token" ,\tservice= "svc" ,, scope ="x"  `).params).toEqual({
      realm: "https://r/token",
      service: "svc",
      scope: "x",
    });
    expect(one(`Basic , realm="foo"`).params.realm).toBe("foo");
  });

  it("reads a charset parameter", () => {
    expect(one(`Basic realm="foo", charset="UTF-8"`).params).toEqual({ realm: "foo", charset: "UTF-8" });
  });

  it("reads token68 forms, alone and before another challenge", () => {
    expect(one("Negotiate YIIabc+/==")).toEqual({ scheme: "negotiate", params: {}, token68: "YIIabc+/==" });
    expect(parseChallenges(`Negotiate abc=, Basic realm="x"`)).toEqual([
      { scheme: "negotiate", params: {}, token68: "abc=" },
      { scheme: "basic", params: { realm: "x" } },
    ]);
  });

  it("reads a scheme without parameters", () => {
    expect(parseChallenges('Negotiate, Basic realm="x"')).toEqual([
      { scheme: "negotiate", params: {} },
      { scheme: "basic", params: { realm: "x" } },
    ]);
  });

  it("keeps the first of duplicate parameters and notes the duplicate", () => {
    expect(one(`Basic realm="first", realm="second"`)).toEqual({
      scheme: "basic",
      params: { realm: "first" },
      malformed: ["duplicate realm"],
    });
  });

  describe("malformed input is recovered and noted, never thrown", () => {
    it("an unclosed quote takes the rest of the line", () => {
      expect(one(`Basic realm="GitHub Package Registry`)).toEqual({
        scheme: "basic",
        params: { realm: "GitHub Package Registry" },
        malformed: ["unclosed quote in realm"],
      });
    });

    it("a trailing backslash is dropped", () => {
      expect(one('Basic realm="GitHub Package Registry\\')).toEqual({
        scheme: "basic",
        params: { realm: "GitHub Package Registry" },
        malformed: ["trailing backslash in realm", "unclosed quote in realm"],
      });
    });

    it("a missing comma between parameters", () => {
      expect(one(`Bearer realm="https://r/token" service="svc"`)).toEqual({
        scheme: "bearer",
        params: { realm: "https://r/token", service: "svc" },
        malformed: ["missing comma before service"],
      });
    });

    it("a missing comma between challenges", () => {
      const challenges = parseChallenges(`Bearer realm="https://r/token" Basic realm="r"`);
      expect(challenges.map((c) => [c.scheme, c.params.realm])).toEqual([
        ["bearer", "https://r/token"],
        ["basic", "r"],
      ]);
      expect(challenges[0]?.malformed).toEqual(["missing comma before the next challenge"]);
    });

    it("garbage between parameters is stepped over", () => {
      const challenge = one(`Bearer realm="https://r/token", @@ service="svc"`);
      expect(challenge.params).toEqual({ realm: "https://r/token", service: "svc" });
      expect(challenge.malformed).toContain("unexpected '@'");
    });

    it("parameters before any scheme are dropped", () => {
      expect(parseChallenges(`realm="x", Basic realm="y"`)).toEqual([{ scheme: "basic", params: { realm: "y" } }]);
    });

    it("empty and absent headers give no challenges", () => {
      expect(parseChallenges("")).toEqual([]);
      expect(parseChallenges("   , ,")).toEqual([]);
      expect(parseChallenges([])).toEqual([]);
      expect(parseChallenges(null)).toEqual([]);
      expect(parseChallenges(undefined)).toEqual([]);
    });

    it("a parameter named __proto__ stays plain data", () => {
      const challenge = one(`Bearer __proto__="x", constructor="y"`);
      expect(challenge.params.__proto__).toBe("x");
      expect(challenge.params.constructor).toBe("y");
      expect(Object.keys(challenge.params)).toEqual(["__proto__", "constructor"]);
      expect(one(`Bearer realm="r"`).params.constructor).toBeUndefined();
    });
  });
});

describe("resolveRealm", () => {
  const base = new URL("https://registry.example.com:5000/v2/");

  it("accepts an absolute https realm", () => {
    const result = resolveRealm("https://auth.docker.io/token", base);
    expect(result).toMatchObject({ ok: true, relative: false, insecure: false, sameOrigin: false });
    if (result.ok) expect(result.url.href).toBe("https://auth.docker.io/token");
  });

  it("resolves a relative realm against the registry URL", () => {
    const result = resolveRealm("/token2", base);
    expect(result).toMatchObject({ ok: true, relative: true, insecure: false, sameOrigin: true });
    if (result.ok) expect(result.url.href).toBe("https://registry.example.com:5000/token2");
    const sibling = resolveRealm("token", base);
    if (sibling.ok) expect(sibling.url.href).toBe("https://registry.example.com:5000/v2/token");
  });

  it("marks an http realm insecure", () => {
    expect(resolveRealm("http://registry.example.com/service/token", base)).toMatchObject({ ok: true, insecure: true });
  });

  it("knows a realm on the registry's own origin", () => {
    expect(resolveRealm("https://registry.example.com:5000/oauth2/token", base)).toMatchObject({ ok: true, sameOrigin: true });
    expect(resolveRealm("https://registry.example.com/oauth2/token", base)).toMatchObject({ ok: true, sameOrigin: false });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["ftp://auth.example.com/token", "unsupported-scheme"],
    ["file:///etc/passwd", "unsupported-scheme"],
    ["javascript:alert(1)", "unsupported-scheme"],
    ["registry.example.com:5000/token", "malformed"],
    ["auth.example.com:443", "malformed"],
    ["https://", "malformed"],
    ["https://user:pass@auth.example.com/token", "malformed"],
    ["https://auth.example.com/to ken", "malformed"],
    ["https:\\\\auth.example.com\\token", "malformed"],
    ["Artifactory Realm", "malformed"],
  ] as const)("refuses %j as %s", (realm, problem) => {
    expect(resolveRealm(realm, base)).toEqual({ ok: false, problem });
  });
});

describe("properties", () => {
  const tchars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
  const token = fc.string({ unit: fc.constantFrom(...tchars), minLength: 1, maxLength: 12 });
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(...'ab ,"\\=:/*'.split("")), maxLength: 20 }),
    fc.constantFrom("repository:a/b:pull,push", "https://codeberg.org/v2/token", 'say "hi"', "back\\slash", "", " "),
  );
  const challenge = fc.record({
    scheme: token,
    params: fc.uniqueArray(fc.tuple(token, value), { selector: ([key]) => key.toLowerCase(), maxLength: 5 }),
  });
  const layout = fc.record({
    comma: fc.constantFrom(",", ", ", " ,", " , ", ",\t"),
    equals: fc.constantFrom("=", " =", "= ", " = "),
    lead: fc.constantFrom("", " ", "\t"),
    lines: fc.boolean(),
  });

  const quote = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

  it("parse(serialise(challenges)) gives back the same challenges", () => {
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 4 }), layout, (challenges, { comma, equals, lead, lines }) => {
        const serialised = challenges.map(({ scheme, params }) =>
          params.length === 0 ? scheme : `${scheme} ${params.map(([key, v]) => `${key}${equals}${quote(v)}`).join(comma)}`,
        );
        const headers = lines ? serialised.map((line) => lead + line) : [lead + serialised.join(comma)];
        const expected = challenges.map(({ scheme, params }) => ({
          scheme: scheme.toLowerCase(),
          params: Object.fromEntries(params.map(([key, v]) => [key.toLowerCase(), v])),
        }));
        const parsed = parseChallenges(headers);
        expect(parsed.map((c) => ({ scheme: c.scheme, params: { ...c.params } }))).toEqual(expected);
        expect(parsed.every((c) => c.malformed === undefined && c.token68 === undefined)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary text, and every parameter name is lowercase", () => {
    const headerish = fc.string({ unit: fc.constantFrom(...'Bearer realm="\\,; \tAb=/'.split("")), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), headerish), (text) => {
        const challenges = parseChallenges([text, text]);
        for (const c of challenges) {
          expect(c.scheme).toBe(c.scheme.toLowerCase());
          expect(c.scheme.length).toBeGreaterThan(0);
          for (const key of Object.keys(c.params)) expect(key).toBe(key.toLowerCase());
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("resolveRealm never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (realm) => {
        const result = resolveRealm(realm, new URL("https://registry.example.com/v2/"));
        if (result.ok) expect(["http:", "https:"]).toContain(result.url.protocol);
      }),
    );
  });
});
