// Reads what people type as "the registry" — a login server, host:port, a URL, or a whole image
// reference — into the login server and what follows from it (provider, ACR resource name and
// cloud, repository, reference). Pure and isomorphic: the wizard's registry field, the command
// templates and the live check's `parse` step all use it. It never touches the network.

export const PROVIDERS = ["acr", "redhat", "dockerhub", "ghcr", "quay", "ecr", "gar", "harbor", "generic"] as const;
export type Provider = (typeof PROVIDERS)[number];

export type AzureCloud = "AzureCloud" | "AzureChinaCloud" | "AzureUSGovernment";

/** ACR login-server suffix per Azure cloud (az cloud show --query suffixes.acrLoginServerEndpoint). */
export const ACR_SUFFIXES: Record<AzureCloud, string> = {
  AzureCloud: "azurecr.io",
  AzureChinaCloud: "azurecr.cn",
  AzureUSGovernment: "azurecr.us",
};

export const DOCKER_HUB_API_HOST = "registry-1.docker.io";
const DOCKER_HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
const REDHAT_HOSTS = new Set(["registry.redhat.io", "registry.access.redhat.com", "registry.connect.redhat.com"]);

export type RegistryWarningKey =
  "uppercase" | "acr-name-without-suffix" | "privatelink-name" | "data-endpoint-name" | "docker-hub-default" | "scheme-ignored";

export interface RegistryWarning {
  key: RegistryWarningKey;
  text: string;
}

export interface RegistryTarget {
  /** What the person typed, trimmed. */
  input: string;
  /** Lowercase host, as clients store and send it. */
  host: string;
  port?: number;
  /** host[:port], lowercase: what docker/podman/crictl/helm and pull secrets take. */
  loginServer: string;
  scheme: "https" | "http";
  provider: Provider;
  repository?: string;
  reference?: string;
  /** Set when the host is an ACR login server. */
  acr?: { resourceName: string; cloud: AzureCloud; suffix: string };
  warnings: RegistryWarning[];
}

export type ParseErrorKey =
  "credentials" | "empty" | "whitespace" | "bad-host" | "bad-port" | "bad-repository" | "bad-reference" | "too-long";

export interface RegistryParseError {
  key: ParseErrorKey;
  /** A sentence that says what was wrong and how to write it. */
  message: string;
}

export type ParseResult = { ok: true; target: RegistryTarget } | { ok: false; error: RegistryParseError };

export interface ParseOptions {
  /**
   * How to read a bare word such as `myregistry` or `nginx`. The wizard's registry field reads it
   * as an ACR resource name (suggesting `<name>.azurecr.io`); an image reference reads it as a
   * Docker Hub image (`library/nginx`).
   */
  bareName?: "acr" | "dockerhub";
}

const EXAMPLE = "myregistry.azurecr.io";
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** The distribution spec's grammar for repository names, tags and digests. */
export const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
export const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
export const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

function fail(key: ParseErrorKey, message: string): ParseResult {
  return { ok: false, error: { key, message } };
}

/** Which provider a host belongs to, from its name alone (responses may refine it later). */
export function providerOfHost(host: string): Provider {
  const h = host.toLowerCase();
  if (/\.azurecr\.(io|cn|us)$/.test(h)) return "acr";
  if (REDHAT_HOSTS.has(h)) return "redhat";
  if (DOCKER_HUB_ALIASES.has(h)) return "dockerhub";
  if (h === "ghcr.io") return "ghcr";
  if (h === "quay.io") return "quay";
  if (/^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(h) || h === "public.ecr.aws") return "ecr";
  if (/(^|\.)gcr\.io$/.test(h) || /-docker\.pkg\.dev$/.test(h)) return "gar";
  return "generic";
}

function acrParts(host: string): RegistryTarget["acr"] | undefined {
  const match = /^([a-z0-9-]+)\.(?:.*\.)?(azurecr\.(io|cn|us))$/.exec(host);
  if (!match) return undefined;
  const cloud: AzureCloud = match[3] === "cn" ? "AzureChinaCloud" : match[3] === "us" ? "AzureUSGovernment" : "AzureCloud";
  return { resourceName: match[1] ?? "", cloud, suffix: match[2] ?? "azurecr.io" };
}

function looksLikeHost(component: string): boolean {
  return component.includes(".") || component.includes(":") || component.toLowerCase() === "localhost" || component.startsWith("[");
}

function validHost(host: string): boolean {
  if (host === "localhost") return true;
  if (IPV4.test(host)) return host.split(".").every((octet) => Number(octet) <= 255);
  if (host.startsWith("[") && host.endsWith("]")) return /^[0-9a-f:.]+$/.test(host.slice(1, -1));
  if (host.length > 253) return false;
  return host.split(".").every((label) => LABEL.test(label));
}

/** Parse what a person typed as "the registry". */
export function parseRegistryInput(raw: string, options: ParseOptions = {}): ParseResult {
  const input = raw.trim();
  if (input === "") return fail("empty", `Type your registry's login server, for example ${EXAMPLE}.`);
  if (input.length > 512) return fail("too-long", "That is longer than any registry name; paste only the login server or image reference.");
  if (/\s/.test(input)) {
    return fail("whitespace", `"${input}" has a space in it; write the login server alone, for example ${EXAMPLE}.`);
  }

  const warnings: RegistryWarning[] = [];
  let rest = input;
  // user:pass@host would put a secret into links and logs; refuse it before anything keeps it.
  if (/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]+@(?!sha(256|512):)/i.test(rest)) {
    return fail(
      "credentials",
      `Leave the user name and password out of the registry name; write only the login server, for example ${EXAMPLE}.`,
    );
  }
  let scheme: "https" | "http" = "https";
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (schemeMatch) {
    const given = (schemeMatch[1] ?? "").toLowerCase();
    rest = rest.slice(schemeMatch[0].length);
    if (given === "http") scheme = "http";
    else if (given !== "https" && given !== "docker" && given !== "oci") {
      return fail("bad-host", `"${given}://" is not a registry address; write https://${EXAMPLE} or just ${EXAMPLE}.`);
    }
    if (given === "http") {
      warnings.push({
        key: "scheme-ignored",
        text: "Clients talk HTTPS to registries unless told the registry is insecure; http:// is kept only for a plain-HTTP registry.",
      });
    }
  }
  rest = rest.replace(/\/+$/, "");

  const slash = rest.indexOf("/");
  const first = slash === -1 ? rest : rest.slice(0, slash);
  let path = slash === -1 ? "" : rest.slice(slash + 1);
  let hostPort: string;

  const bareName = options.bareName ?? "acr";
  // Docker's rule: before a "/", a component with "." or ":" (or localhost) is a host. Without
  // a "/", "nginx:1.2" is an image in Docker Hub mode but "host:port" in the registry field.
  const isHost =
    schemeMatch !== null ||
    (slash !== -1
      ? looksLikeHost(first)
      : first.includes(".") || /^localhost(:\d*)?$/i.test(first) || first.startsWith("[") || (bareName === "acr" && first.includes(":")));
  if (isHost) {
    hostPort = first;
  } else if (bareName === "acr" && slash === -1) {
    // A bare word in the registry field is almost always the ACR resource name.
    const name = first.toLowerCase();
    if (!LABEL.test(name)) {
      return fail("bad-host", `"${first}" is not a registry name; write the login server, for example ${EXAMPLE}.`);
    }
    hostPort = `${name}.azurecr.io`;
    warnings.push({
      key: "acr-name-without-suffix",
      text: `"${first}" has no domain, so it is read as an Azure Container Registry resource name: its login server is ${hostPort}. docker, podman and pull secrets need that full name; only az acr login --name takes "${name}".`,
    });
  } else {
    hostPort = "docker.io";
    path = rest;
    warnings.push({ key: "docker-hub-default", text: `"${first}" has no registry host, so clients read it as a Docker Hub image.` });
  }

  // Strip /v2/… from pasted API URLs: the login server is what matters.
  if (/^v2(\/|$)/.test(path)) path = "";

  let host = hostPort;
  let port: number | undefined;
  const portMatch = /^(.*):(\d*)$/.exec(hostPort);
  if (portMatch && !hostPort.endsWith("]")) {
    host = portMatch[1] ?? "";
    const digits = portMatch[2] ?? "";
    const value = Number(digits);
    if (digits === "" || !Number.isInteger(value) || value < 1 || value > 65535) {
      return fail("bad-port", `"${digits}" is not a port; write host:port with a number from 1 to 65535, for example ${EXAMPLE}:443.`);
    }
    port = value;
  }
  if (host !== host.toLowerCase()) {
    warnings.push({
      key: "uppercase",
      text: `Login servers are lowercase: use ${host.toLowerCase()}. A login stored under another spelling is not found when you pull.`,
    });
  }
  host = host.toLowerCase();
  if (!validHost(host)) {
    return fail("bad-host", `"${hostPort}" is not a valid host name; write the login server, for example ${EXAMPLE}.`);
  }

  const provider = providerOfHost(host);
  let repository: string | undefined;
  let reference: string | undefined;
  if (path !== "") {
    let repo = path;
    const at = repo.indexOf("@");
    if (at !== -1) {
      reference = repo.slice(at + 1);
      repo = repo.slice(0, at);
      if (!DIGEST.test(reference)) {
        return fail("bad-reference", `"${reference}" is not a digest; write it as sha256:<64 hex characters>.`);
      }
    } else {
      const colon = repo.lastIndexOf(":");
      if (colon !== -1) {
        reference = repo.slice(colon + 1);
        repo = repo.slice(0, colon);
        if (!TAG.test(reference)) {
          return fail(
            "bad-reference",
            `"${reference}" is not a valid tag; tags use letters, digits, ".", "_" and "-", up to 128 characters.`,
          );
        }
      }
    }
    if (repo !== repo.toLowerCase()) {
      return fail("bad-repository", `Repository names are lowercase: write "${repo.toLowerCase()}" instead of "${repo}".`);
    }
    if (!REPOSITORY.test(repo)) {
      return fail(
        "bad-repository",
        `"${repo}" is not a repository name; use lowercase letters, digits and . _ - separated by /, for example team/app.`,
      );
    }
    repository = repo;
  }

  if (provider === "dockerhub") {
    host = DOCKER_HUB_API_HOST;
    port = undefined;
    if (repository && !repository.includes("/")) repository = `library/${repository}`;
  }

  const acr = provider === "acr" ? acrParts(host) : undefined;
  if (acr && host.includes(".privatelink.")) {
    warnings.push({
      key: "privatelink-name",
      text: `Use ${acr.resourceName}.${acr.suffix}, not the privatelink name: the registry's certificate covers *.${acr.suffix}, and private DNS maps the public name to the private endpoint.`,
    });
  }
  if (acr && /\.data\.azurecr\./.test(host)) {
    warnings.push({
      key: "data-endpoint-name",
      text: `${host} is a data endpoint, where layers download from; log in to ${acr.resourceName}.${acr.suffix}.`,
    });
  }

  const loginServer = port === undefined ? host : `${host}:${port}`;
  return {
    ok: true,
    target: {
      input,
      host,
      ...(port === undefined ? {} : { port }),
      loginServer,
      scheme,
      provider,
      ...(repository === undefined ? {} : { repository }),
      ...(reference === undefined ? {} : { reference }),
      ...(acr === undefined ? {} : { acr }),
      warnings,
    },
  };
}
