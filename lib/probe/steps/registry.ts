import "server-only";
// The registry protocol's steps, on connections the transport module opened: `api` (GET /v2/ and
// its challenge), `token` (anonymous, then with the credentials given: Basic to the realm, ACR's
// oauth2 form, or Basic to /v2/ itself), `manifest` (HEAD, GET only where an index must be read)
// and `blob` (one byte of the config blob, following redirects to a data host under the guard).
// Each names what it saw as causes, with honest confidence where the registry answers "not found"
// and "not allowed" alike. Credentials go only into request headers and bodies; never into URLs,
// evidence or summaries.
import { basicChallenge, bearerChallenge, parseChallenges, resolveRealm, type Challenge } from "../challenge";
import { grantsPull, inspectToken } from "../jwt";
import type { HttpResult } from "../net/http";
import { redactUrl } from "../net/http";
import { bodyExcerpt, type ProbeRun } from "../run-state";
import type { StepId, StepResult } from "../schema";
import { ACR_TOKEN_USERNAME, checkUsername } from "../usernames";
import { connectHop, stepDeadline, type HopConnection } from "./transport";

export const MANIFEST_ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");
const INDEX_TYPES = new Set(["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"]);
const MAX_REDIRECTS = 5;
const ACR_FIREWALL = /client with IP (?:\\u0027|')?([0-9a-fA-F.:]+)(?:\\u0027|')? is not allowed access/;

interface RegistryError {
  code: string;
  message: string;
}

/** The OCI error body, when there is one: `{"errors":[{"code","message"}]}`. */
export function registryErrors(body: Buffer): RegistryError[] {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { errors?: { code?: unknown; message?: unknown }[] };
    return (parsed.errors ?? []).map((error) => ({ code: String(error.code ?? ""), message: String(error.message ?? "") }));
  } catch {
    return [];
  }
}

function looksLikeHtml(response: HttpResult): boolean {
  return (
    (response.headers["content-type"] ?? "").includes("text/html") ||
    /^\s*<(!doctype|html)/i.test(response.body.subarray(0, 64).toString("utf8"))
  );
}

/** ACR's network refusal names the client address it saw; keep it for the report's `seenAs`. */
function noteFirewall(run: ProbeRun, response: HttpResult): boolean {
  const match = ACR_FIREWALL.exec(response.body.toString("utf8"));
  if (!match) return false;
  run.seenAs = match[1];
  return true;
}

function statusEvidence(response: HttpResult) {
  const errors = registryErrors(response.body);
  return {
    outcome: response.outcome,
    status: response.status,
    contentType: response.headers["content-type"],
    apiVersion: response.headers["docker-distribution-api-version"],
    ...(errors.length > 0 ? { errors } : { body: bodyExcerpt(response.body) }),
    ms: Math.round(response.ms),
  };
}

/** What every status outside the happy path means, the same for each request of a check. */
function commonFailure(run: ProbeRun, response: HttpResult, what: string): boolean {
  if (response.outcome === "timeout") {
    run.find("network-timeout", "likely", `${what}: no complete answer within ${run.timeoutMs} ms.`, "finding.http.timeout");
    return true;
  }
  if (response.outcome !== "ok") {
    run.find(
      "registry-server-error",
      "possible",
      `${what}: the connection ended without a complete answer (${response.outcome}).`,
      "finding.http.broken",
    );
    return true;
  }
  const status = response.status ?? 0;
  if (status === 429) {
    run.find("rate-limited", "certain", `${what}: 429 Too Many Requests.`, "finding.http.429", [], {
      retryAfter: response.headers["retry-after"] ?? "",
    });
    return true;
  }
  if (status >= 500) {
    run.find(
      "registry-server-error",
      "certain",
      `${what}: HTTP ${status}${registryErrors(response.body)[0] ? ` ${registryErrors(response.body)[0]?.code}` : ""}.`,
      "finding.http.5xx",
      [],
      { status },
    );
    return true;
  }
  return false;
}

export interface ApiResult {
  status: number;
  challenge?: Challenge;
}

/** GET /v2/: is this a registry, is it open, and how does it want to be authenticated? */
export async function* apiStep(run: ProbeRun, api: HopConnection): AsyncGenerator<StepResult, ApiResult | undefined> {
  const response = await api.request({ method: "GET", path: "/v2/", headers: { "user-agent": USER_AGENT } });
  const challenges = parseChallenges(response.headerLines.filter(([name]) => name === "www-authenticate").map(([, value]) => value));
  const challenge = bearerChallenge(challenges) ?? basicChallenge(challenges);
  const evidence = {
    ...statusEvidence(response),
    challenges: challenges.map((c) => ({ scheme: c.scheme, params: c.params })),
    correlationId: response.headers["x-ms-correlation-request-id"],
  };
  const status = response.status ?? 0;
  const step = (ok: boolean, summary: string, key: string) =>
    run.step("api", api.host, "api", response.ms, { status: ok ? "pass" : "fail", summary, key, params: { status }, evidence });

  if (response.outcome === "ok" && status === 403 && noteFirewall(run, response)) {
    const summary = `The registry refused this server's address (403 DENIED: client with IP ${run.seenAs} is not allowed access).`;
    yield step(false, summary, "step.api.ip-denied");
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", [summary], { ip: run.seenAs ?? "" });
    return undefined;
  }
  if (commonFailure(run, response, "GET /v2/")) {
    yield step(
      false,
      `GET /v2/ did not succeed (${response.outcome === "ok" ? `HTTP ${status}` : response.outcome}).`,
      `step.api.${response.outcome === "ok" ? status : response.outcome}`,
    );
    return undefined;
  }
  // An HTML page on /v2/ is a web server, a CDN or a login portal, not a registry API, even with 200.
  if (status === 200 && !looksLikeHtml(response)) {
    yield step(true, "GET /v2/ answered 200: a registry API that needs no authentication to be reached.", "step.api.open");
    return { status };
  }
  if (status === 401 && challenge) {
    const realm = challenge.params.realm;
    yield step(
      true,
      `GET /v2/ answered 401 with a ${challenge.scheme === "bearer" ? "Bearer" : "Basic"} challenge${realm ? ` (realm ${realm})` : ""}: a registry that wants a login.`,
      "step.api.challenge",
    );
    return { status, challenge };
  }
  if (status === 403 && registryErrors(response.body).some((error) => error.code === "DENIED")) {
    const summary = "GET /v2/ answered 403 DENIED without naming a network rule: a permission refusal.";
    yield step(false, summary, "step.api.denied");
    run.find("access-denied", "likely", summary, "finding.api.denied", [summary]);
    return undefined;
  }
  const summary =
    status === 401
      ? "GET /v2/ answered 401 without a usable WWW-Authenticate challenge: not a registry API as clients expect it."
      : `GET /v2/ answered HTTP ${status}${looksLikeHtml(response) ? " with an HTML page" : ""}: not a registry API (a registry answers 200 with its API, or 401 with a challenge).`;
  yield step(false, summary, "step.api.not-a-registry");
  run.find(
    "not-a-registry",
    status === 403 && looksLikeHtml(response) ? "likely" : "certain",
    summary,
    "finding.api.not-a-registry",
    [summary],
    { status },
  );
  if (status === 403 && looksLikeHtml(response))
    run.find(
      "proxy-refused",
      "possible",
      "An HTML 403 often comes from a proxy or web filter in front of the registry.",
      "finding.api.html-403",
    );
  return undefined;
}

export interface TokenResult {
  /** The Authorization header value for the registry's next requests, when any. */
  authorization?: string;
  /** The token grants nothing for the repository (a JWT whose access claim lacks pull). */
  grantsNothing?: boolean;
  anonymous: boolean;
  /** The manifest's HEAD, already made with the credentials (Basic registries): not sent twice. */
  manifestHead?: HttpResult;
}

const USER_AGENT = "registry-doctor-live-check";

function tokenFrom(response: HttpResult): string | undefined {
  try {
    const parsed = JSON.parse(response.body.toString("utf8")) as { token?: unknown; access_token?: unknown };
    const token = parsed.token ?? parsed.access_token;
    return typeof token === "string" && token !== "" ? token : undefined;
  } catch {
    return undefined;
  }
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

/**
 * The `token` step: for a Bearer challenge, the realm's own dns/tcp/tls (unless it is the
 * registry's own host) and a token, anonymous and then with the credentials given; for Basic,
 * the credentials checked against /v2/ itself.
 */
export async function* tokenStep(
  run: ProbeRun,
  api: HopConnection,
  challenge: Challenge,
): AsyncGenerator<StepResult, TokenResult | undefined> {
  const { plan } = run;
  const credentials = plan.credentials;
  if (credentials) {
    const check = checkUsername(plan.provider, credentials.username);
    if (check.warning) run.warn(check.warning.key, check.warning.summary);
  }
  const scope = plan.target.repository ? `repository:${plan.target.repository}:pull` : undefined;

  if (challenge.scheme === "basic") {
    if (!credentials) {
      const summary = "The registry asks for Basic credentials on every request and none were given.";
      yield run.step("api", api.host, "token", 0, {
        status: "fail",
        summary,
        key: "step.token.basic-needs-credentials",
        evidence: { scheme: "basic", method: "none" },
      });
      run.find("credentials-required", "likely", summary, "finding.token.basic-needs-credentials", [summary]);
      if (scope)
        run.find(
          "repository-not-found",
          "possible",
          "Without credentials the registry cannot say whether the repository exists.",
          "finding.ambiguous.not-found-or-denied",
        );
      return undefined;
    }
    // Basic registries check the credentials on every request. With a repository, the manifest's
    // HEAD is the request that checks them (and the manifest step reads its answer): one request
    // fewer against the registry. Without one, GET /v2/ does.
    const authorization = basic(credentials.username, credentials.password);
    const manifestHead = plan.target.repository !== undefined;
    const check = manifestHead
      ? { method: "HEAD", path: manifestPath(run), headers: manifestHeaders(authorization) }
      : { method: "GET", path: "/v2/", headers: { authorization, "user-agent": USER_AGENT } };
    const response = await api.request(check);
    const status = response.status ?? 0;
    const evidence = {
      scheme: "basic",
      method: "basic-to-registry",
      checkedWith: `${check.method} ${check.path}`,
      ...statusEvidence(response),
    };
    // On the manifest, any answer but 401 (or a 429 or 5xx, which say nothing of the credentials)
    // means the registry took them; what it said of the manifest is the next step's.
    const accepted = response.outcome === "ok" && (manifestHead ? status !== 401 && status !== 429 && status < 500 : status === 200);
    if (accepted) {
      yield run.step("api", api.host, "token", response.ms, {
        status: "pass",
        summary: "The registry accepted the credentials (Basic).",
        key: "step.token.basic-ok",
        evidence,
      });
      return { authorization, anonymous: false, ...(manifestHead ? { manifestHead: response } : {}) };
    }
    if (response.outcome === "ok" && status === 401) {
      const summary = "The registry rejected the credentials (401 to Basic authentication).";
      yield run.step("api", api.host, "token", response.ms, { status: "fail", summary, key: "step.token.basic-rejected", evidence });
      run.find("credentials-invalid", "certain", summary, "finding.token.rejected", [summary]);
      return undefined;
    }
    if (!commonFailure(run, response, "Basic authentication"))
      run.find("credentials-invalid", "possible", `Basic authentication answered HTTP ${status}.`, "finding.token.unexpected");
    yield run.step("api", api.host, "token", response.ms, {
      status: "fail",
      summary: `Basic authentication did not succeed (HTTP ${status || response.outcome}).`,
      key: "step.token.basic-failed",
      evidence,
    });
    return undefined;
  }

  // Bearer: where is the token service, and may we connect to it?
  const realmText = challenge.params.realm ?? "";
  const base = new URL(`${api.scheme}://${api.host.includes(":") ? `[${api.host}]` : api.host}:${api.port}/v2/`);
  const realm = resolveRealm(realmText, base);
  if (!realm.ok) {
    const summary = `The challenge's realm ${realmText ? `"${realmText}"` : "is missing"}${realmText ? ` is unusable (${realm.problem})` : ""}: clients cannot get a token.`;
    yield run.skip("realm", realmText || "(none)", "dns", "Not tried: the realm is not a usable URL.", "step.skipped.earlier-failure");
    yield run.step("realm", realmText || "(none)", "token", 0, {
      status: "fail",
      summary,
      key: "step.token.realm-unusable",
      evidence: { realm: realmText, problem: realm.problem },
    });
    run.find("token-realm-misconfigured", "certain", summary, "finding.realm.unusable", [summary]);
    return undefined;
  }
  const realmUrl = realm.url;
  const realmScheme = realmUrl.protocol === "http:" ? "http" : "https";
  const realmPort = Number(realmUrl.port || (realmScheme === "https" ? 443 : 80));
  const realmHost = realmUrl.hostname.replace(/^\[(.*)\]$/, "$1");
  if (realmScheme === "http") {
    run.warn("realm.plain-http", `The token service ${redactUrl(realmUrl)} is plain HTTP: credentials cross the network in clear text.`, {
      realm: redactUrl(realmUrl),
    });
  }
  const sameHost = realmHost === api.host && realmPort === api.port && realmScheme === api.scheme;
  let realmHop: HopConnection | undefined;
  if (sameHost) {
    for (const id of (realmScheme === "https" ? ["dns", "tcp", "tls"] : ["dns", "tcp"]) satisfies StepId[]) {
      yield run.skip("realm", realmHost, id, "The token service is on the registry's own host: see the api hop.", "step.skipped.same-host");
    }
    realmHop = api;
  } else {
    realmHop = yield* connectHop(run, { hop: "realm", host: realmHost, port: realmPort, scheme: realmScheme });
    if (!realmHop) {
      if (realmPort !== api.port && realmHost === api.host) {
        run.find(
          "token-realm-misconfigured",
          "likely",
          `The realm points at port ${realmPort} of the registry's host, which does not answer: often a misconfigured external URL (Harbor behind a TLS proxy).`,
          "finding.realm.wrong-port",
        );
      }
      yield run.skip("realm", realmHost, "token", "Not tried: the token service could not be reached.", "step.skipped.earlier-failure");
      return undefined;
    }
  }

  const query = new URLSearchParams(realmUrl.search);
  if (challenge.params.service) query.set("service", challenge.params.service);
  if (scope) query.set("scope", scope);
  const path = `${realmUrl.pathname}?${query.toString()}`;

  // Anonymous first: what a client without a login gets. Both requests share the step's limit.
  const deadline = stepDeadline(run);
  const anonymous = await realmHop.request({ method: "GET", path, headers: { "user-agent": USER_AGENT }, deadline });
  const anonymousToken = anonymous.outcome === "ok" && anonymous.status === 200 ? tokenFrom(anonymous) : undefined;
  const anonymousEvidence = {
    method: "anonymous",
    status: anonymous.status,
    outcome: anonymous.outcome,
    gotToken: anonymousToken !== undefined,
    ms: Math.round(anonymous.ms),
  };
  if (anonymous.outcome === "ok" && anonymous.status === 403 && noteFirewall(run, anonymous)) {
    const summary = `The token service refused this server's address (403: client with IP ${run.seenAs} is not allowed access).`;
    yield run.step("realm", realmHost, "token", anonymous.ms, {
      status: "fail",
      summary,
      key: "step.token.ip-denied",
      evidence: { realm: redactUrl(realmUrl), anonymous: anonymousEvidence },
    });
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", [summary], { ip: run.seenAs ?? "" });
    return undefined;
  }

  // No complete answer at all (silence, a dropped connection): the token service cannot be reached,
  // with or without credentials — asking again with them would only spend a second time limit.
  if (anonymous.outcome === "timeout" || anonymous.outcome === "closed") {
    const why =
      anonymous.outcome === "timeout"
        ? `no complete answer within ${run.timeoutMs} ms`
        : "it closed the connection without a complete answer";
    const summary = `The token service ${redactUrl(realmUrl)} did not answer: ${why}.`;
    yield run.step("realm", realmHost, "token", anonymous.ms, {
      status: "fail",
      summary,
      key: `step.token.${anonymous.outcome}`,
      evidence: { realm: redactUrl(realmUrl), anonymous: anonymousEvidence },
    });
    run.find("auth-endpoint-unreachable", "certain", summary, "finding.realm.no-answer", [summary], { host: realmHost });
    commonFailure(run, anonymous, "The token service");
    return undefined;
  }

  if (!credentials) {
    if (anonymousToken) {
      const inspection = inspectToken(anonymousToken);
      const pull = scope ? grantsPull(inspection, plan.target.repository ?? "") : "unknown";
      yield run.step("realm", realmHost, "token", anonymous.ms, {
        status: "pass",
        summary: `The token service issued an anonymous token${scope ? ` for ${scope}` : ""}${pull === false ? ", granting nothing for that repository" : ""}.`,
        key: "step.token.anonymous-ok",
        evidence: {
          realm: redactUrl(realmUrl),
          service: challenge.params.service,
          anonymous: anonymousEvidence,
          token: describeInspection(inspection),
        },
      });
      return { authorization: `Bearer ${anonymousToken}`, anonymous: true, grantsNothing: pull === false };
    }
    if (commonFailure(run, anonymous, "The token service")) {
      yield run.step("realm", realmHost, "token", anonymous.ms, {
        status: "fail",
        summary: `The token service did not issue a token (${anonymous.status ?? anonymous.outcome}).`,
        key: "step.token.failed",
        evidence: { realm: redactUrl(realmUrl), anonymous: anonymousEvidence },
      });
      return undefined;
    }
    const summary = `The token service refused an anonymous token${scope ? ` for ${scope}` : ""} (HTTP ${anonymous.status}) and no credentials were given.`;
    yield run.step("realm", realmHost, "token", anonymous.ms, {
      status: "fail",
      summary,
      key: "step.token.anonymous-refused",
      evidence: { realm: redactUrl(realmUrl), anonymous: anonymousEvidence },
    });
    run.find("credentials-required", "likely", summary, "finding.token.anonymous-refused", [summary]);
    if (scope)
      run.find(
        "repository-not-found",
        "possible",
        "Registries refuse a repository that does not exist the same way as one you may not see; with credentials the check can tell them apart.",
        "finding.ambiguous.not-found-or-denied",
      );
    return undefined;
  }

  // With the credentials given. ACR takes an oauth2 form; everyone else Basic on the realm GET.
  const isAcr = plan.provider === "acr" && realmUrl.pathname.startsWith("/oauth2/token");
  let response: HttpResult;
  let method: string;
  if (isAcr) {
    const form = new URLSearchParams();
    if (credentials.username === ACR_TOKEN_USERNAME) {
      method = "acr-oauth2-refresh-token";
      form.set("grant_type", "refresh_token");
      form.set("refresh_token", credentials.password);
    } else {
      method = "acr-oauth2-password";
      form.set("grant_type", "password");
      form.set("username", credentials.username);
      form.set("password", credentials.password);
    }
    form.set("service", challenge.params.service ?? api.host);
    form.set("scope", scope ?? "registry:catalog:*");
    response = await realmHop.request({
      method: "POST",
      path: realmUrl.pathname,
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": USER_AGENT },
      body: form.toString(),
      deadline,
    });
  } else {
    method = "basic-to-realm";
    response = await realmHop.request({
      method: "GET",
      path,
      headers: { authorization: basic(credentials.username, credentials.password), "user-agent": USER_AGENT },
      deadline,
    });
  }
  const status = response.status ?? 0;
  const token = response.outcome === "ok" && status === 200 ? tokenFrom(response) : undefined;
  const evidence = {
    realm: redactUrl(realmUrl),
    service: challenge.params.service,
    anonymous: anonymousEvidence,
    authenticated: { method, status, outcome: response.outcome, ms: Math.round(response.ms) },
  };
  if (token) {
    const inspection = inspectToken(token);
    const pull = scope ? grantsPull(inspection, plan.target.repository ?? "") : "unknown";
    yield run.step("realm", realmHost, "token", response.ms, {
      status: "pass",
      summary: `The token service accepted the credentials (${method})${pull === false ? " but the token grants nothing for this repository" : ""}.`,
      key: "step.token.authenticated-ok",
      evidence: { ...evidence, token: describeInspection(inspection) },
    });
    return { authorization: `Bearer ${token}`, anonymous: false, grantsNothing: pull === false };
  }
  if (response.outcome === "ok" && status === 403 && noteFirewall(run, response)) {
    const summary = `The token service refused this server's address (client with IP ${run.seenAs} is not allowed access).`;
    yield run.step("realm", realmHost, "token", response.ms, { status: "fail", summary, key: "step.token.ip-denied", evidence });
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", [summary], { ip: run.seenAs ?? "" });
    return undefined;
  }
  if (response.outcome === "ok" && (status === 401 || status === 400 || status === 403)) {
    const summary = `The token service rejected the credentials (HTTP ${status} to ${method}).`;
    yield run.step("realm", realmHost, "token", response.ms, { status: "fail", summary, key: "step.token.rejected", evidence });
    run.find("credentials-invalid", status === 401 ? "certain" : "likely", summary, "finding.token.rejected", [summary]);
    if (plan.provider === "acr" || plan.provider === "ecr")
      run.find(
        "credentials-expired",
        "possible",
        "Short-lived registry credentials (ACR tokens, ECR passwords, service-principal secrets) are rejected the same way once they expire.",
        "finding.token.maybe-expired",
      );
    return undefined;
  }
  commonFailure(run, response, "The token service");
  yield run.step("realm", realmHost, "token", response.ms, {
    status: "fail",
    summary: `The token service did not issue a token (${status || response.outcome}).`,
    key: "step.token.failed",
    evidence,
  });
  return undefined;
}

function describeInspection(inspection: ReturnType<typeof inspectToken>) {
  if (inspection.kind === "opaque") return { kind: "opaque" };
  return {
    kind: "jwt",
    issuer: inspection.claims.iss,
    audience: inspection.claims.aud,
    expires: inspection.claims.exp,
    grants: inspection.grants.map((grant) => `${grant.type}:${grant.name}:${grant.action}`),
  };
}

export interface ManifestResult {
  configDigest?: string;
}

function parseJson(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function manifestPath(run: ProbeRun): string {
  const { repository = "", reference = "latest" } = run.plan.target;
  return `/v2/${repository}/manifests/${reference}`;
}

function manifestHeaders(authorization: string | undefined): Record<string, string> {
  return { accept: MANIFEST_ACCEPT, "user-agent": USER_AGENT, ...(authorization ? { authorization } : {}) };
}

/** The `manifest` step: the reference exists, may be read, and has the platform asked for. */
export async function* manifestStep(
  run: ProbeRun,
  api: HopConnection,
  auth: TokenResult,
): AsyncGenerator<StepResult, ManifestResult | undefined> {
  const { repository = "", reference = "latest", platform } = run.plan.target;
  const path = manifestPath(run);
  const headers = manifestHeaders(auth.authorization);
  // HEAD, then GET (and the platform's manifest, or the tag list): one step, one limit for all.
  // A HEAD the token step already made counts there, not here.
  const deadline = stepDeadline(run);
  const head = auth.manifestHead ?? (await api.request({ method: "HEAD", path, headers, deadline }));
  const headMs = auth.manifestHead ? 0 : head.ms;
  const status = head.status ?? 0;
  const evidence: Record<string, unknown> = {
    path,
    head: { status, outcome: head.outcome, contentType: head.headers["content-type"], digest: head.headers["docker-content-digest"] },
  };
  const rateLimit = readRateLimit(head);
  if (rateLimit) {
    evidence.rateLimit = rateLimit;
    if (rateLimit.remaining !== undefined && rateLimit.limit !== undefined && rateLimit.remaining <= Math.max(1, rateLimit.limit / 10)) {
      run.warn(
        "ratelimit.low",
        `Only ${rateLimit.remaining} of ${rateLimit.limit} pulls left for this server's address (anonymous limits count per source address: yours differ).`,
        { remaining: rateLimit.remaining, limit: rateLimit.limit },
      );
    }
  }
  const done = (ok: boolean, summary: string, key: string, ms = headMs) =>
    run.step("api", api.host, "manifest", ms, { status: ok ? "pass" : "fail", summary, key, evidence });

  if (head.outcome === "ok" && status === 200) {
    const mediaType = (head.headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
    // Docker Hub counts a manifest GET as a pull: read what a HEAD can tell and stop there.
    if (run.plan.provider === "dockerhub") {
      yield done(
        true,
        `${repository}:${reference} exists (${mediaType || "manifest"}); Docker Hub counts manifest reads as pulls, so the check stops at HEAD.`,
        "step.manifest.head-only",
      );
      return {};
    }
    const get = await api.request({ method: "GET", path, headers, maxBodyBytes: 4 * 1024 * 1024, deadline });
    const document = get.outcome === "ok" && get.status === 200 ? parseJson(get.body) : undefined;
    if (!document) {
      commonFailure(run, get, "GET manifest");
      const how =
        get.outcome === "ok"
          ? `GET answered ${get.status}${get.status === 200 ? " with no JSON manifest" : ""}`
          : `GET ${get.outcome === "timeout" ? "did not finish in time" : `ended early (${get.outcome})`}`;
      yield done(false, `The manifest could not be read (${how}).`, "step.manifest.unreadable", headMs + get.ms);
      return undefined;
    }
    if (INDEX_TYPES.has(mediaType) || Array.isArray(document.manifests)) {
      const manifests =
        (document.manifests as { digest?: string; platform?: { os?: string; architecture?: string; variant?: string } }[]) ?? [];
      const [os, arch, variant] = platform.split("/");
      const available = manifests.map((m) => [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join("/"));
      evidence.platforms = available;
      const chosen = manifests.find(
        (m) => m.platform?.os === os && m.platform?.architecture === arch && (!variant || m.platform?.variant === variant),
      );
      if (!chosen?.digest) {
        const summary = `${repository}:${reference} is a multi-platform index without ${platform} (it has ${available.join(", ") || "no platforms"}).`;
        yield done(false, summary, "step.manifest.platform-missing", headMs + get.ms);
        run.find("platform-not-available", "certain", summary, "finding.manifest.platform-missing", [summary], { platform });
        return undefined;
      }
      const child = await api.request({
        method: "GET",
        path: `/v2/${repository}/manifests/${chosen.digest}`,
        headers,
        maxBodyBytes: 4 * 1024 * 1024,
        deadline,
      });
      const childDocument = child.outcome === "ok" && child.status === 200 ? parseJson(child.body) : undefined;
      const config = (childDocument?.config as { digest?: string } | undefined)?.digest;
      yield done(
        config !== undefined,
        config
          ? `${repository}:${reference} resolves to ${platform} (${chosen.digest.slice(0, 19)}…).`
          : `The ${platform} manifest could not be read.`,
        config ? "step.manifest.ok" : "step.manifest.unreadable",
        headMs + get.ms + child.ms,
      );
      return config ? { configDigest: config } : undefined;
    }
    const config = (document.config as { digest?: string } | undefined)?.digest;
    yield done(
      config !== undefined,
      config ? `${repository}:${reference} exists and can be read (${mediaType}).` : "The manifest has no config blob.",
      config ? "step.manifest.ok" : "step.manifest.unreadable",
      headMs + get.ms,
    );
    return config ? { configDigest: config } : undefined;
  }

  if (head.outcome === "ok" && status === 403 && noteFirewall(run, head)) {
    const summary = `The registry refused this server's address on the manifest (client with IP ${run.seenAs} is not allowed access).`;
    yield done(false, summary, "step.manifest.ip-denied");
    run.find("registry-ip-denied", "certain", summary, "finding.api.ip-denied", [summary], { ip: run.seenAs ?? "" });
    return undefined;
  }
  if (commonFailure(run, head, `HEAD ${path}`)) {
    yield done(false, `Reading the manifest failed (${status || head.outcome}).`, `step.manifest.${status || head.outcome}`);
    return undefined;
  }
  if (status === 404) {
    // A HEAD has no body: ask again with GET to learn NAME_UNKNOWN from MANIFEST_UNKNOWN. Some
    // registries (distribution among them) say MANIFEST_UNKNOWN for a missing repository too, so
    // the tag list decides: NAME_UNKNOWN there means the repository itself is missing.
    const get = await api.request({ method: "GET", path, headers, deadline });
    const tags = await api.request({
      method: "GET",
      path: `/v2/${repository}/tags/list?n=1`,
      headers: { ...headers, accept: "application/json" },
      deadline,
    });
    const codes = [...registryErrors(get.body), ...(tags.status === 404 ? registryErrors(tags.body) : [])].map((error) => error.code);
    evidence.errors = registryErrors(get.body);
    evidence.tagList = { status: tags.status, errors: registryErrors(tags.body) };
    if (codes.includes("NAME_UNKNOWN")) {
      const summary = `The repository ${repository} does not exist (NAME_UNKNOWN).`;
      yield done(false, summary, "step.manifest.name-unknown", headMs + get.ms + tags.ms);
      run.find("repository-not-found", "certain", summary, "finding.manifest.name-unknown", [summary]);
    } else {
      const summary = `${repository} has no ${reference} (${codes.includes("MANIFEST_UNKNOWN") ? "MANIFEST_UNKNOWN" : "404"}).`;
      yield done(false, summary, "step.manifest.manifest-unknown", headMs + get.ms + tags.ms);
      const tagsListed = tags.outcome === "ok" && tags.status === 200;
      run.find(
        "tag-not-found",
        codes.includes("MANIFEST_UNKNOWN") && tagsListed ? "certain" : "likely",
        summary,
        "finding.manifest.manifest-unknown",
        [summary],
      );
      if (!tagsListed)
        run.find(
          "repository-not-found",
          "possible",
          "A bare 404 may also mean the repository itself is missing.",
          "finding.manifest.bare-404",
        );
    }
    return undefined;
  }
  if (status === 401 || status === 403) {
    const challenge = parseChallenges(head.headerLines.filter(([name]) => name === "www-authenticate").map(([, value]) => value))[0];
    const insufficient = challenge?.params.error === "insufficient_scope";
    evidence.challengeError = challenge?.params.error;
    if (auth.anonymous) {
      const summary = `The registry refused an anonymous read of ${repository}:${reference} (${status}${insufficient ? " insufficient_scope" : ""}).`;
      yield done(false, summary, "step.manifest.anonymous-refused");
      run.find("credentials-required", "likely", summary, "finding.manifest.anonymous-refused", [summary]);
      run.find(
        "repository-not-found",
        "possible",
        "Registries answer a missing repository like a private one; with credentials the check can tell them apart.",
        "finding.ambiguous.not-found-or-denied",
      );
      return undefined;
    }
    const summary = `Authenticated, but not allowed to pull ${repository} (${status}${insufficient ? " insufficient_scope" : " DENIED"}${auth.grantsNothing ? "; the token grants nothing for it" : ""}).`;
    yield done(false, summary, "step.manifest.denied");
    // A token service grants the intersection of asked and allowed: a missing repository looks the same.
    run.find("access-denied", auth.grantsNothing || insufficient ? "likely" : "certain", summary, "finding.manifest.denied", [summary]);
    run.find(
      "repository-not-found",
      "possible",
      "Token services grant nothing for a repository that does not exist, just as for one you may not pull.",
      "finding.ambiguous.not-found-or-denied",
    );
    return undefined;
  }
  yield done(false, `Reading the manifest answered HTTP ${status}.`, `step.manifest.${status}`);
  run.find("registry-server-error", "possible", `HEAD ${path} answered ${status}.`, "finding.manifest.unexpected");
  return undefined;
}

function readRateLimit(response: HttpResult): { limit?: number; remaining?: number; source?: string } | undefined {
  const limit = response.headers["ratelimit-limit"];
  const remaining = response.headers["ratelimit-remaining"];
  if (!limit && !remaining) return undefined;
  const first = (value: string | undefined) => (value ? Number.parseInt(value, 10) : undefined);
  const source = response.headers["docker-ratelimit-source"];
  return {
    ...(limit ? { limit: first(limit) } : {}),
    ...(remaining ? { remaining: first(remaining) } : {}),
    ...(source ? { source } : {}),
  };
}

/** The `blob` step: the first byte of the config blob, through any redirect to a data host. */
export async function* blobStep(run: ProbeRun, api: HopConnection, auth: TokenResult, digest: string): AsyncGenerator<StepResult, boolean> {
  const { repository = "" } = run.plan.target;
  const path = `/v2/${repository}/blobs/${digest}`;
  const headers: Record<string, string> = {
    range: "bytes=0-0",
    "user-agent": USER_AGENT,
    ...(auth.authorization ? { authorization: auth.authorization } : {}),
  };
  const first = await api.request({ method: "GET", path, headers });
  const status = first.status ?? 0;
  if (first.outcome === "ok" && (status === 200 || status === 206)) {
    yield run.step("api", api.host, "blob", first.ms, {
      status: "pass",
      summary: `The config blob downloads from the registry itself (HTTP ${status}).`,
      key: "step.blob.ok",
      evidence: { path, status, redirects: [] },
    });
    return true;
  }
  if (!(first.outcome === "ok" && status >= 300 && status < 400 && first.headers.location)) {
    if (!commonFailure(run, first, "The blob download"))
      run.find("registry-server-error", "possible", `The blob download answered ${status}.`, "finding.blob.unexpected");
    yield run.step("api", api.host, "blob", first.ms, {
      status: "fail",
      summary: `The blob download failed (${status || first.outcome}).`,
      key: "step.blob.failed",
      evidence: { path, ...statusEvidence(first) },
    });
    return false;
  }

  // Follow redirects to the data host, each checked by the guard like any other target.
  let location = first.headers.location;
  let current = new URL(location, `${api.scheme}://${api.host}:${api.port}`);
  const seen = new Set<string>([`${api.scheme}://${api.host}:${api.port}${path}`]);
  const redirects: string[] = [];
  for (let hopIndex = 0; hopIndex < MAX_REDIRECTS; hopIndex += 1) {
    redirects.push(redactUrl(current));
    if (seen.has(current.href)) {
      const summary = `The blob download redirects in a loop (${redirects.length} redirects).`;
      yield run.step("blob", current.hostname, "blob", first.ms, {
        status: "fail",
        summary,
        key: "step.blob.loop",
        evidence: { redirects },
      });
      run.find("data-endpoint-unreachable", "certain", summary, "finding.blob.loop", [summary]);
      return false;
    }
    seen.add(current.href);
    if (current.protocol !== "https:" && current.protocol !== "http:") break;
    const scheme = current.protocol === "http:" ? "http" : "https";
    const port = Number(current.port || (scheme === "https" ? 443 : 80));
    const host = current.hostname.replace(/^\[(.*)\]$/, "$1");
    const sameAsApi = host === api.host && port === api.port;
    const hop = sameAsApi ? api : yield* connectHop(run, { hop: "blob", host, port, scheme });
    if (!hop) {
      yield run.skip("blob", host, "blob", "Not tried: the blob host could not be reached.", "step.skipped.earlier-failure");
      return false;
    }
    // Authorization is never forwarded to another host (OCI distribution spec).
    const response = await hop.request({
      method: "GET",
      path: `${current.pathname}${current.search}`,
      headers: sameAsApi ? headers : { range: "bytes=0-0", "user-agent": USER_AGENT },
    });
    const hopStatus = response.status ?? 0;
    if (response.outcome === "ok" && (hopStatus === 200 || hopStatus === 206)) {
      yield run.step("blob", host, "blob", response.ms, {
        status: "pass",
        summary: `The config blob downloads from ${host} (HTTP ${hopStatus}, after ${redirects.length} redirect${redirects.length === 1 ? "" : "s"}).`,
        key: "step.blob.ok",
        evidence: { redirects, status: hopStatus },
      });
      return true;
    }
    if (response.outcome === "ok" && hopStatus >= 300 && hopStatus < 400 && response.headers.location) {
      location = response.headers.location;
      current = new URL(location, current);
      continue;
    }
    const summary = `The data host ${host} did not serve the blob (${hopStatus || response.outcome}).`;
    yield run.step("blob", host, "blob", response.ms, {
      status: "fail",
      summary,
      key: "step.blob.failed",
      evidence: { redirects, ...statusEvidence(response) },
    });
    run.find("data-endpoint-unreachable", "likely", summary, "finding.blob.failed", [summary]);
    return false;
  }
  const summary = `The blob download was redirected more than ${MAX_REDIRECTS} times.`;
  yield run.step("blob", current.hostname, "blob", 0, {
    status: "fail",
    summary,
    key: "step.blob.too-many-redirects",
    evidence: { redirects },
  });
  run.find("data-endpoint-unreachable", "certain", summary, "finding.blob.too-many-redirects", [summary]);
  return false;
}
