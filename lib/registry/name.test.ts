import { describe, expect, it } from "vitest";
import { parseRegistryInput, providerOfHost } from "./name";

function target(input: string, options?: Parameters<typeof parseRegistryInput>[1]) {
  const result = parseRegistryInput(input, options);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.error.message}`);
  return result.target;
}

function error(input: string) {
  const result = parseRegistryInput(input);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result.error;
}

describe("parseRegistryInput", () => {
  it("keeps an ACR login server and derives the resource name and cloud", () => {
    const t = target("myregistry.azurecr.io");
    expect(t.loginServer).toBe("myregistry.azurecr.io");
    expect(t.provider).toBe("acr");
    expect(t.acr).toEqual({ resourceName: "myregistry", cloud: "AzureCloud", suffix: "azurecr.io" });
  });

  it("knows Azure China and US Government login servers", () => {
    expect(target("contoso.azurecr.cn").acr?.cloud).toBe("AzureChinaCloud");
    expect(target("contoso.azurecr.us").acr?.cloud).toBe("AzureUSGovernment");
  });

  it("lowercases and warns about uppercase login servers", () => {
    const t = target("MyRegistry.AzureCR.io");
    expect(t.loginServer).toBe("myregistry.azurecr.io");
    expect(t.warnings.map((w) => w.key)).toContain("uppercase");
  });

  it("reads a bare word as the ACR resource name and suggests the login server", () => {
    const t = target("myregistry");
    expect(t.loginServer).toBe("myregistry.azurecr.io");
    expect(t.warnings[0]?.key).toBe("acr-name-without-suffix");
  });

  it("reads a bare word as a Docker Hub image when asked to", () => {
    const t = target("nginx", { bareName: "dockerhub" });
    expect(t.host).toBe("registry-1.docker.io");
    expect(t.repository).toBe("library/nginx");
    expect(t.provider).toBe("dockerhub");
  });

  it("takes the repository and tag from a full image reference", () => {
    const t = target("myreg.azurecr.io/team/app:1.2");
    expect(t).toMatchObject({ loginServer: "myreg.azurecr.io", repository: "team/app", reference: "1.2" });
  });

  it("takes a digest reference", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    expect(target(`ghcr.io/org/tool@${digest}`).reference).toBe(digest);
  });

  it("accepts URLs with a scheme, a port and a /v2/ path", () => {
    const t = target("https://registry.example.com:5000/v2/");
    expect(t).toMatchObject({ host: "registry.example.com", port: 5000, loginServer: "registry.example.com:5000", scheme: "https" });
    expect(t.repository).toBeUndefined();
    expect(target("localhost:5000").loginServer).toBe("localhost:5000");
  });

  it("names providers from the host", () => {
    expect(providerOfHost("registry.redhat.io")).toBe("redhat");
    expect(providerOfHost("123456789012.dkr.ecr.eu-west-1.amazonaws.com")).toBe("ecr");
    expect(providerOfHost("europe-docker.pkg.dev")).toBe("gar");
    expect(providerOfHost("quay.io")).toBe("quay");
    expect(providerOfHost("harbor.internal.example")).toBe("generic");
  });

  it("points privatelink and data-endpoint names back to the login server", () => {
    expect(target("myreg.privatelink.azurecr.io").warnings.map((w) => w.key)).toContain("privatelink-name");
    expect(target("myreg.westeurope.data.azurecr.io").warnings.map((w) => w.key)).toContain("data-endpoint-name");
  });

  it("refuses credentials in the name without echoing them", () => {
    const e = error("https://admin:s3cret@myreg.azurecr.io");
    expect(e.key).toBe("credentials");
    expect(e.message).not.toContain("s3cret");
  });

  it("explains what is wrong and how to write it", () => {
    expect(error("").message).toMatch(/login server/);
    expect(error("my registry.azurecr.io").message).toMatch(/space/);
    expect(error("myreg.azurecr.io:99999").message).toMatch(/port/);
    expect(error("myreg.azurecr.io/Team/App").message).toMatch(/lowercase/);
    expect(error("bad_host!.example.com").key).toBe("bad-host");
  });
});
