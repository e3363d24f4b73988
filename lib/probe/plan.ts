// Turns a live-check request into a plan: the target (host, port, scheme, repository, reference,
// platform, provider), the proxy to use and the credentials to try — or, for input that cannot be
// checked, field-by-field sentences (a 400 for the route, exit code 2 for the CLI). Pure: no
// network, no environment; the runner executes the plan.
import { DIGEST, parseRegistryInput, REPOSITORY, TAG, type Provider, type RegistryWarning } from "@/lib/registry/name";
import type { FieldProblem } from "@/lib/validation";
import type { ProbeRequest } from "./schema";

export interface ProbePlan {
  target: {
    host: string;
    port: number;
    scheme: "https" | "http";
    loginServer: string;
    repository?: string;
    reference?: string;
    platform: string;
  };
  provider: Provider;
  /** What the registry name told us before any network: lowercase, missing suffix, … */
  notes: RegistryWarning[];
  /** The forward proxy the request named (credentials inside stay in this object only). */
  proxy?: URL;
  credentials?: { username: string; password: string };
}

export type PlanResult = { ok: true; plan: ProbePlan } | { ok: false; problems: FieldProblem[] };

function parseProxy(text: string): URL | FieldProblem {
  let url: URL;
  try {
    url = new URL(text.includes("://") ? text : `http://${text}`);
  } catch {
    return { field: "proxy", message: "is not a proxy address; write it as http://host:port (or http://user:password@host:port)" };
  }
  if (url.protocol !== "http:") {
    // An https:// proxy URL is a common slip that ends as "proxyconnect tcp: EOF".
    return { field: "proxy", message: `uses ${url.protocol}//; forward proxies are spoken to in plain HTTP: write http://${url.host}` };
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    return { field: "proxy", message: "has a path; write only http://host:port" };
  }
  return url;
}

export function planProbe(request: ProbeRequest): PlanResult {
  const problems: FieldProblem[] = [];
  const parsed = parseRegistryInput(request.registry, { bareName: "dockerhub" });
  if (!parsed.ok) return { ok: false, problems: [{ field: "registry", message: parsed.error.message }] };
  const typed = parsed.target;

  // An image reference already names a repository and reference; a second, different one is ambiguous.
  let repository = typed.repository;
  let reference = typed.reference;
  if (request.repository !== undefined) {
    const given =
      typed.provider === "dockerhub" && !request.repository.includes("/") ? `library/${request.repository}` : request.repository;
    if (repository !== undefined && repository !== given) {
      problems.push({
        field: "repository",
        message: `disagrees with the image reference in registry (${repository}); drop one of them`,
      });
    } else if (!REPOSITORY.test(given)) {
      problems.push({
        field: "repository",
        message: `"${request.repository}" is not a repository name; use lowercase letters, digits and . _ - separated by /, e.g. team/app`,
      });
    } else {
      repository = given;
    }
  }
  if (request.reference !== undefined) {
    if (reference !== undefined && reference !== request.reference) {
      problems.push({ field: "reference", message: `disagrees with the tag or digest in registry (${reference}); drop one of them` });
    } else if (!TAG.test(request.reference) && !DIGEST.test(request.reference)) {
      problems.push({
        field: "reference",
        message: `"${request.reference}" is neither a tag nor a digest; write e.g. 1.2 or sha256:<64 hex characters>`,
      });
    } else {
      reference = request.reference;
    }
  }
  if (reference !== undefined && repository === undefined) {
    problems.push({ field: "repository", message: "is needed with a tag or digest: name the repository, e.g. team/app" });
  }
  if (repository !== undefined && reference === undefined) reference = "latest";

  let proxy: URL | undefined;
  if (request.proxy !== undefined && request.proxy !== "") {
    const result = parseProxy(request.proxy);
    if (result instanceof URL) proxy = result;
    else problems.push(result);
  }
  if (problems.length > 0) return { ok: false, problems };

  const port = typed.port ?? (typed.scheme === "http" ? 80 : 443);
  return {
    ok: true,
    plan: {
      target: {
        host: typed.host,
        port,
        scheme: typed.scheme,
        loginServer: typed.loginServer,
        ...(repository === undefined ? {} : { repository }),
        ...(reference === undefined ? {} : { reference }),
        platform: request.platform,
      },
      provider: typed.provider,
      notes: typed.warnings,
      ...(proxy ? { proxy } : {}),
      ...(request.username !== undefined && request.password !== undefined
        ? { credentials: { username: request.username, password: request.password } }
        : {}),
    },
  };
}
