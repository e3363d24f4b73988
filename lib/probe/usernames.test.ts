import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROVIDERS, type Provider } from "@/lib/registry/name";
import { ACR_TOKEN_USERNAME, checkUsername } from "./usernames";

const key = (provider: Provider, username: string) => checkUsername(provider, username).warning?.key;

describe("ACR", () => {
  it("reads the null GUID as a token login", () => {
    const check = checkUsername("acr", ACR_TOKEN_USERNAME);
    expect(check.warning).toBeUndefined();
    expect(check.convention).toMatch(/ACR refresh token or a Microsoft Entra access token/);
  });

  it("flags the null GUID used against any other registry", () => {
    for (const provider of PROVIDERS.filter((p) => p !== "acr")) {
      expect(key(provider, ACR_TOKEN_USERNAME)).toBe("acr-token-username-elsewhere");
    }
    expect(checkUsername("dockerhub", ACR_TOKEN_USERNAME).warning?.summary).toContain("Docker Hub does not use it");
  });

  it("reads other GUIDs as a service principal and flags an e-mail sign-in", () => {
    expect(checkUsername("acr", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0").convention).toMatch(/service principal/);
    expect(key("acr", "jane@contoso.com")).toBe("acr-email-username");
    expect(checkUsername("acr", "myregistry")).toEqual({ convention: expect.stringMatching(/admin user/) });
  });
});

describe("ECR", () => {
  it("accepts AWS and nothing else", () => {
    expect(checkUsername("ecr", "AWS")).toEqual({ convention: expect.stringMatching(/get-login-password/) });
    expect(key("ecr", "aws")).toBe("ecr-username-case");
    expect(key("ecr", "Aws")).toBe("ecr-username-case");
    expect(key("ecr", "AKIAIOSFODNN7EXAMPLE")).toBe("ecr-username-not-aws");
    expect(key("ecr", "jane")).toBe("ecr-username-not-aws");
  });

  it("flags AWS on a known non-ECR registry, but not on an unknown one", () => {
    expect(key("acr", "AWS")).toBe("ecr-username-elsewhere");
    expect(key("generic", "AWS")).toBeUndefined();
  });
});

describe("GAR", () => {
  it.each(["oauth2accesstoken", "_json_key", "_json_key_base64"])("knows %s", (username) => {
    const check = checkUsername("gar", username);
    expect(check.warning).toBeUndefined();
    expect(check.convention).toBeDefined();
  });

  it.each([
    ["oauth2AccessToken", "gar-username-spelling"],
    ["json_key", "gar-username-spelling"],
    ["_json-key", "gar-username-spelling"],
    ["_JSON_KEY_BASE64", "gar-username-spelling"],
    ["jane@example.com", "gar-username-unknown"],
    ["my-service-account", "gar-username-unknown"],
  ])("flags %s", (username, expected) => {
    expect(key("gar", username)).toBe(expected);
  });

  it("flags a GAR username on another known registry", () => {
    expect(key("dockerhub", "_json_key")).toBe("gar-username-elsewhere");
    expect(key("generic", "_json_key")).toBeUndefined();
  });
});

describe("Harbor robot accounts", () => {
  it("reads robot$name and robot$project+name", () => {
    expect(checkUsername("harbor", "robot$ci")).toEqual({ convention: expect.stringMatching(/robot account/) });
    expect(checkUsername("harbor", "robot$library+ci")).toEqual({ convention: expect.stringMatching(/robot account/) });
    expect(checkUsername("generic", "robot$ci").convention).toMatch(/Harbor robot account/);
  });

  it.each([
    ["robot", "harbor-robot-dollar-eaten"], // robot$ci in double quotes
    ["robot+ci", "harbor-robot-dollar-eaten"], // robot$library+ci
    ["robot-builder", "harbor-robot-dollar-eaten"], // robot$ci-builder
    ["robotci", "harbor-robot-missing-dollar"],
    ["robot\\$ci", "harbor-robot-escaped"],
  ])("flags %s", (username, expected) => {
    expect(key("harbor", username)).toBe(expected);
  });

  it("tells the user to single-quote the name", () => {
    expect(checkUsername("harbor", "robot").warning?.summary).toContain("-u 'robot$name'");
  });

  it("flags only the unmistakable forms on an unknown registry, and leaves ordinary names alone", () => {
    expect(key("generic", "robot")).toBe("harbor-robot-dollar-eaten");
    expect(key("generic", "robotci")).toBeUndefined();
    expect(key("generic", "robot+ci")).toBeUndefined();
    expect(key("harbor", "admin")).toBeUndefined();
    expect(key("harbor", "robot_ci")).toBeUndefined();
  });
});

describe("Red Hat service accounts", () => {
  it("reads <account_number>|<name>", () => {
    expect(checkUsername("redhat", "11009103|ocp-pull")).toEqual({ convention: expect.stringMatching(/service account/) });
  });

  it.each([
    ["ocp-pull|11009103", "redhat-service-account-reversed"],
    ["11009103", "redhat-service-account-pipe-eaten"], // -u 11009103|ocp-pull, unquoted
    ["11009103-ocp-pull", "redhat-service-account-separator"],
    ["11009103%7Cocp-pull", "redhat-service-account-separator"],
    ["11009103 ocp-pull", "redhat-service-account-separator"],
    ["ocp-pull", "redhat-service-account-without-number"],
    ["my-token", "redhat-service-account-without-number"],
    ["ci.bot", "redhat-service-account-without-number"],
    ["a|b|c", "redhat-service-account-format"],
  ])("flags %s", (username, expected) => {
    expect(key("redhat", username)).toBe(expected);
  });

  it("writes the reversed name the right way round", () => {
    expect(checkUsername("redhat", "ocp-pull|11009103").warning?.summary).toContain("write 11009103|ocp-pull");
  });

  it("leaves Customer Portal logins alone", () => {
    for (const username of ["jdoe", "lisa", "jane.doe@example.com", "rhn-support-jdoe"]) {
      expect(checkUsername("redhat", username)).toEqual({ convention: expect.stringMatching(/Customer Portal/) });
    }
  });
});

describe("Docker Hub", () => {
  it("flags an e-mail address: docker login wants the Docker ID", () => {
    expect(checkUsername("dockerhub", "jane@example.com").warning).toEqual({
      key: "dockerhub-email-username",
      summary: expect.stringContaining("Docker ID"),
    });
    expect(checkUsername("dockerhub", "janedoe")).toEqual({ convention: expect.stringMatching(/Docker ID/) });
  });
});

describe("every provider", () => {
  it("flags leading or trailing whitespace", () => {
    expect(key("ghcr", "octocat\n")).toBe("username-whitespace");
    expect(key("ecr", " AWS")).toBe("username-whitespace");
  });

  it("says nothing about an empty username", () => {
    expect(checkUsername("acr", "")).toEqual({});
  });

  it("never throws, and every warning has a key and a summary", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVIDERS),
        fc.oneof(fc.string(), fc.constantFrom("robot", "robot$x", "AWS", "_json_key", ACR_TOKEN_USERNAME, "1234567|x")),
        (provider, username) => {
          const check = checkUsername(provider, username);
          if (check.warning) {
            expect(check.warning.key).toMatch(/^[a-z0-9-]+$/);
            expect(check.warning.summary.length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
