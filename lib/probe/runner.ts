import "server-only";
// The live check: one runner composing the steps of probe-contract.md over the three hops a pull
// touches — the registry (parse, dns, proxy, tcp, tls, api), its token realm (dns, tcp, tls,
// token) and the blob host a download is redirected to (dns, tcp, tls, blob). It yields each step
// as it finishes and returns the report: findings (most likely first), warnings, verdict and the
// vantage point. A branch stops where a step failed; what did not run is `skip` with the reason.
import type { Provider } from "@/lib/registry/name";
import type { Challenge } from "./challenge";
import type { ProbeEnv } from "./env";
import type { ProbePlan } from "./plan";
import { ProbeRun, type Vantage } from "./run-state";
import { reportTarget, type Report, type StepId, type StepResult } from "./schema";
import { apiStep, blobStep, manifestStep, tokenStep, type TokenResult } from "./steps/registry";
import { connectHop } from "./steps/transport";

export interface RunContext {
  env: ProbeEnv;
  vantage: Vantage;
  /** The server's environment, for HTTPS_PROXY and NO_PROXY (defaults to process.env). */
  processEnv?: Record<string, string | undefined>;
}

const CONFIDENCE_RANK = { certain: 0, likely: 1, possible: 2 } as const;

/** The provider, refined by what the registry said about itself (realm, service, headers). */
export function fingerprint(planned: Provider, challenge: Challenge | undefined): Provider {
  if (planned !== "generic" || !challenge) return planned;
  const realm = (challenge.params.realm ?? "").toLowerCase();
  const service = (challenge.params.service ?? "").toLowerCase();
  if (service === "harbor-registry" || realm.endsWith("/service/token")) return "harbor";
  if (/\.azurecr\.(io|cn|us)$/.test(service)) return "acr";
  if (realm.includes("auth.docker.io")) return "dockerhub";
  if (realm.includes("/auth/realms/rhcc/")) return "redhat";
  if (service === "ecr.amazonaws.com") return "ecr";
  if (realm.includes("quay.io")) return "quay";
  if (realm.includes("ghcr.io")) return "ghcr";
  if (realm.includes("-docker.pkg.dev") || realm.includes("gcr.io")) return "gar";
  return planned;
}

export async function* runProbe(plan: ProbePlan, context: RunContext): AsyncGenerator<StepResult, Report> {
  const run = new ProbeRun(plan, context.env, context.vantage, context.processEnv ?? process.env);
  const { target } = plan;
  let provider = plan.provider;
  const skipAll = function* (ids: StepId[], reason: string) {
    for (const id of ids) yield run.skip("api", target.host, id, reason, "step.skipped.earlier-failure");
  };
  const noRepository = "No repository given: the manifest and blob hops were not tested.";

  // parse — what the name told us before any network.
  for (const note of plan.notes) run.warn(`parse.${note.key}`, note.text);
  yield run.step("api", target.host, "parse", 0, {
    status: "pass",
    summary: `Checking ${target.scheme}://${target.loginServer}${target.repository ? ` for ${target.repository}:${target.reference}` : ""} (${provider}).`,
    key: "step.parse.ok",
    params: { loginServer: target.loginServer },
    evidence: {
      host: target.host,
      port: target.port,
      scheme: target.scheme,
      repository: target.repository,
      reference: target.reference,
      platform: target.platform,
      provider,
      notes: plan.notes.map((n) => n.key),
    },
  });

  try {
    const api = yield* connectHop(run, { hop: "api", host: target.host, port: target.port, scheme: target.scheme });
    if (!api) {
      yield* skipAll(["api", "token", "manifest", "blob"], `Not tried: ${target.host} could not be reached.`);
      return finish(run, plan, provider);
    }

    const apiResult = yield* apiStep(run, api);
    if (!apiResult) {
      yield* skipAll(["token", "manifest", "blob"], "Not tried: the registry API did not answer as a registry.");
      return finish(run, plan, provider);
    }
    provider = fingerprint(provider, apiResult.challenge);

    let auth: TokenResult | undefined;
    if (!apiResult.challenge) {
      yield run.skip(
        "api",
        target.host,
        "token",
        "The registry needs no token: /v2/ answered 200 without a challenge.",
        "step.skipped.no-auth",
      );
      auth = { anonymous: true };
    } else {
      auth = yield* tokenStep(run, api, apiResult.challenge);
    }
    if (!target.repository) {
      yield run.skip("api", target.host, "manifest", noRepository, "step.skipped.no-repository");
      yield run.skip("api", target.host, "blob", noRepository, "step.skipped.no-repository");
      return finish(run, plan, provider);
    }
    if (!auth) {
      yield* skipAll(["manifest", "blob"], "Not tried: no token to read with.");
      return finish(run, plan, provider);
    }
    const manifest = yield* manifestStep(run, api, auth);
    if (!manifest?.configDigest) {
      const reason =
        manifest && provider === "dockerhub"
          ? "Not tried on Docker Hub: reading the manifest to find the blob would count as a pull."
          : "Not tried: the manifest could not be read.";
      yield run.skip("api", target.host, "blob", reason, manifest ? "step.skipped.dockerhub" : "step.skipped.earlier-failure");
      return finish(run, plan, provider);
    }
    yield* blobStep(run, api, auth, manifest.configDigest);
    return finish(run, plan, provider);
  } finally {
    // Also when the consumer stops early (a client gone mid-stream): no connection outlives its check.
    run.closeConnections();
  }
}

function finish(run: ProbeRun, plan: ProbePlan, provider: Provider): Report {
  const failed = run.steps.some((step) => step.status === "fail");
  const findings = failed ? [...run.findings].sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence]) : [];
  // A private address is the right answer inside the registry's network: from here it is unknowable, not broken.
  const onlyVantage = findings.length > 0 && findings.every((finding) => finding.causeId === "dns-private-address");
  const verdict = !failed ? "healthy" : onlyVantage ? "inconclusive" : "problem";
  const { target } = plan;
  return {
    target: reportTarget(target),
    provider,
    steps: run.steps,
    findings,
    warnings: run.warnings,
    verdict,
    vantage: { kind: "server", name: run.vantage.name, version: run.vantage.version, ...(run.seenAs ? { seenAs: run.seenAs } : {}) },
  };
}
