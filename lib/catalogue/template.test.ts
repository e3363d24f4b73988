import { describe, expect, it } from "vitest";
import { parseRegistryInput } from "@/lib/registry/name";
import { fillTemplate, fillTemplateText, unknownPlaceholders, valuesFor } from "./template";

const acr = parseRegistryInput("contoso.azurecr.cn/team/app:v1");
if (!acr.ok) throw new Error("fixture must parse");

describe("command templates", () => {
  it("fills the right form of the name for each tool", () => {
    const values = valuesFor(acr.target);
    expect(fillTemplateText("az acr login --name {registryName}", values)).toBe("az acr login --name contoso");
    expect(fillTemplateText("docker login {loginServer}", values)).toBe("docker login contoso.azurecr.cn");
    expect(fillTemplateText("az cloud set -n {azureCloud}", values)).toBe("az cloud set -n AzureChinaCloud");
    expect(fillTemplateText("docker pull {image}", values)).toBe("docker pull contoso.azurecr.cn/team/app:v1");
  });

  it("keeps unknown values visible as placeholders", () => {
    const parts = fillTemplate("docker login {loginServer}", {});
    expect(parts).toEqual([{ text: "docker login " }, { text: "<login-server>", placeholder: "loginServer" }]);
  });

  it("leaves shell variables and JSON alone", () => {
    const template = `kubectl patch sa default -p '{"imagePullSecrets":[{"name":"x"}]}' && echo \${TOKEN}`;
    expect(fillTemplateText(template, {})).toBe(template);
    expect(unknownPlaceholders(template)).toEqual([]);
  });

  it("reports placeholders it does not know", () => {
    expect(unknownPlaceholders("docker login {registry}")).toEqual(["registry"]);
  });
});
