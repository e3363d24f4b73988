// Fills command templates ("docker login {loginServer}") with the person's registry. Each
// placeholder has one meaning everywhere; a test proves every template in the catalogue uses
// only these. Unknown values stay visible as <placeholders> so nothing looks filled in that is not.
import type { RegistryTarget } from "@/lib/registry/name";

export const PLACEHOLDERS = {
  loginServer: "lowercase login server with its cloud's suffix, e.g. myregistry.azurecr.io (docker, podman, crictl, helm, pull secrets)",
  registryName: "ACR resource name without suffix, e.g. myregistry (az acr login --name)",
  azureCloud: "Azure cloud name for az cloud set, e.g. AzureCloud or AzureChinaCloud",
  cloudSuffix: "ACR login-server suffix of that cloud, e.g. azurecr.io",
  dataEndpoint: "ACR dedicated data endpoint, <registryName>.<region>.data.<cloudSuffix>",
  repository: "repository path, e.g. team/app",
  tag: "tag or digest, e.g. latest",
  image: "full image reference, loginServer/repository:tag",
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];

// `{name}` is a placeholder; `${NAME}` is a shell variable and is left alone.
const PATTERN = /(?<!\$)\{([a-z][a-zA-Z]*)\}/g;

/** Shown where the person has not told us the value yet. */
const UNKNOWN: Record<Placeholder, string> = {
  loginServer: "<login-server>",
  registryName: "<registry-name>",
  azureCloud: "AzureCloud",
  cloudSuffix: "azurecr.io",
  dataEndpoint: "<registry-name>.<region>.data.azurecr.io",
  repository: "<repository>",
  tag: "<tag>",
  image: "<login-server>/<repository>:<tag>",
};

export type TemplateValues = Partial<Record<Placeholder, string>>;

/** The values a registry target gives every placeholder. */
export function valuesFor(target: RegistryTarget | undefined): TemplateValues {
  if (!target) return {};
  const values: TemplateValues = { loginServer: target.loginServer };
  if (target.acr) {
    values.registryName = target.acr.resourceName;
    values.azureCloud = target.acr.cloud;
    values.cloudSuffix = target.acr.suffix;
    values.dataEndpoint = `${target.acr.resourceName}.<region>.data.${target.acr.suffix}`;
  }
  if (target.repository) values.repository = target.repository;
  if (target.reference) values.tag = target.reference;
  const repo = values.repository ?? UNKNOWN.repository;
  const ref = values.tag ?? UNKNOWN.tag;
  values.image = `${target.loginServer}/${repo}${ref.includes(":") && !ref.startsWith("<") ? "@" : ":"}${ref}`;
  return values;
}

export interface TemplatePart {
  text: string;
  /** Set when the text stands in for a value the person has not given. */
  placeholder?: Placeholder;
}

/** Split a template into literal text and filled values, so the UI can mark what is missing. */
export function fillTemplate(template: string, values: TemplateValues): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PATTERN)) {
    const name = match[1] as Placeholder;
    if (!(name in PLACEHOLDERS)) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    const value = values[name];
    parts.push(value === undefined ? { text: UNKNOWN[name], placeholder: name } : { text: value });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

export function fillTemplateText(template: string, values: TemplateValues): string {
  return fillTemplate(template, values)
    .map((part) => part.text)
    .join("");
}

/** Placeholder names a template uses that this module does not know (for the data tests). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PATTERN)].map((m) => m[1] ?? "").filter((name) => !(name in PLACEHOLDERS));
}
