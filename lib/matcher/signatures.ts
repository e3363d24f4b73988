// The error matcher's signature table: which text in pasted output points to which cause, and
// why. It is data, written to be reviewed by a support engineer: each row has the pattern, the
// causes it suggests with a weight (0–1, how strongly this text alone points there), one
// sentence on what the text means, how to tell the candidates apart, a real example and where
// the wording comes from. The matching rules (redaction, normalisation, ranking) live in
// match.ts; this file only describes texts.
//
// Patterns are matched case-insensitively against NORMALISED text (see match.ts): every run of
// whitespace, line breaks included, is one space; quotes are straight (' and "); JSON escapes
// such as \u0027 and \" are decoded; colour codes and leading timestamps are gone. Write a single
// space where the tool prints one, allow any host/ip/tag, and bound every repetition ({0,300}, never
// * or +) so no input can make a pattern backtrack for long; patternProblems below, applied by the
// schema, enforces it.
import * as z from "zod";
import { CauseIdSchema } from "@/lib/catalogue/schema";

export const SIGNATURE_ROLES = ["cause", "fallback", "noise", "wrapper"] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

// ----------------------------------------------------------------------------------------------
// Pattern lint: bounded repetition only, and no repeated group that itself repeats more than a little.

/** Largest repetition a quantifier allows: `?` → 1, `{2,5}` → 5, `*`/`+`/`{2,}` → Infinity. */
function quantifierMax(q: string): number {
  if (q === "?") return 1;
  if (q === "*" || q === "+") return Infinity;
  const [, low = "0", comma, high] = /^\{(\d+)(,?)(\d*)\}$/.exec(q) ?? [];
  if (comma === "") return Number(low);
  return high === "" || high === undefined ? Infinity : Number(high);
}

/** The quantifier starting at `i`, if any. */
function quantifierAt(source: string, i: number): string | null {
  const brace = /^\{\d{1,5}(?:,\d{0,5})?\}/.exec(source.slice(i, i + 13));
  if (brace) return brace[0];
  const c = source[i];
  return c === "*" || c === "+" || c === "?" ? c : null;
}

// A repeated group may itself repeat only while the product stays small (IPv4's (\.\d{1,3}){3}).
const MAX_NESTED_REPETITION = 1000;

/** Problems that could make a pattern slow or wrong; empty when the pattern is safe. */
export function patternProblems(source: string): string[] {
  try {
    new RegExp(source, "i");
  } catch (error) {
    return [`does not compile: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  // For each open group: the largest repetition inside it.
  const groups: number[] = [];
  const noteInner = (max: number): void => {
    const top = groups.length - 1;
    if (top >= 0) groups[top] = Math.max(groups[top] ?? 1, max);
  };
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++; // an escape is one atom
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      groups.push(1);
      // (?:  (?=  (?!  (?<=  (?<!  : the ? is syntax, not a quantifier
      if (source[i + 1] === "?") i += source[i + 2] === "<" ? 2 : 1;
      continue;
    }
    if (c === ")") {
      const inner = groups.pop() ?? 1;
      const after = quantifierAt(source, i + 1);
      const outer = after === null ? 1 : quantifierMax(after);
      if (after !== null) {
        if (outer === Infinity) problems.push(`unbounded repetition '${after}' at ${i + 1}`);
        if (inner > 1 && outer > 1 && inner * outer > MAX_NESTED_REPETITION) {
          problems.push(`repeated group that itself repeats (${inner} × ${outer}) at ${i}`);
        }
        i += after.length;
        if (source[i + 1] === "?" && after !== "?") i++; // lazy modifier
      }
      noteInner(inner * outer);
      continue;
    }
    const q = quantifierAt(source, i);
    if (q !== null) {
      const max = quantifierMax(q);
      if (max === Infinity) problems.push(`unbounded repetition '${q}' at ${i}`);
      noteInner(max);
      i += q.length - 1;
      if (source[i + 1] === "?" && q !== "?") i++; // lazy modifier
    }
  }
  return problems;
}

// ----------------------------------------------------------------------------------------------
// Schema

export const SignatureCauseSchema = z
  .object({
    causeId: CauseIdSchema,
    weight: z.number().gt(0).max(1).describe("how strongly this text alone points to the cause"),
  })
  .strict();

export const SignatureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case"),
    pattern: z
      .string()
      .min(3)
      .superRefine((source, ctx) => {
        for (const problem of patternProblems(source)) ctx.addIssue({ code: "custom", message: problem });
      })
      .describe("RegExp source, case-insensitive, matched against normalised text"),
    causes: z.array(SignatureCauseSchema).describe("candidate causes, strongest first"),
    why: z.string().min(10).describe("one sentence: what this text means"),
    tellApart: z.string().min(10).optional().describe("the command or question that separates the candidates"),
    role: z
      .enum(SIGNATURE_ROLES)
      .default("cause")
      .describe(
        "cause: names a failure; fallback: printed by a tool trying another way after the real failure (ranks below causes); " +
          "noise: harmless, listed as ignored (its causes count only when nothing else matched); " +
          "wrapper: generic text around a failure (counts only when nothing more specific matched)",
      ),
    supersedes: z.array(z.string()).default([]).describe("ids of more generic signatures this one replaces where their matches overlap"),
    examples: z.array(z.string().min(1)).min(1).describe("real text this signature must match"),
    source: z.string().min(3).describe("where the wording comes from"),
  })
  .strict()
  .superRefine((sig, ctx) => {
    if (sig.role !== "noise" && sig.causes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["causes"], message: "only noise may name no cause" });
    }
    if (sig.causes.length >= 2 && sig.tellApart === undefined) {
      ctx.addIssue({ code: "custom", path: ["tellApart"], message: "a text that fits several causes must say how to tell them apart" });
    }
    const ids = sig.causes.map((c) => c.causeId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["causes"], message: "a cause is listed twice" });
    for (let i = 1; i < sig.causes.length; i++) {
      if ((sig.causes[i]?.weight ?? 0) > (sig.causes[i - 1]?.weight ?? 0)) {
        ctx.addIssue({ code: "custom", path: ["causes", i], message: "causes are listed strongest first" });
      }
    }
  });

export type SignatureInput = z.input<typeof SignatureSchema>;
export type Signature = z.output<typeof SignatureSchema>;

// ----------------------------------------------------------------------------------------------
// Reusable pieces of patterns (kept few, so each pattern still reads on its own).

/** A URL as Go clients print it, quoted (Go ≥ 1.14) or bare. */
const URL = String.raw`"?https?://[^\s"]{1,2000}"?`;
/** The address in `dial tcp <addr>:`, an IPv4/IPv6 literal or a name with its port. */
const ADDR = String.raw`[^\s]{1,80}?`;
/** Private IPv4 ranges (RFC 1918): where a private endpoint lives. */
const PRIVATE_IP = String.raw`(?:10(?:\.\d{1,3}){3}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|192\.168(?:\.\d{1,3}){2})`;
/** How a connection attempt fails when packets are dropped. */
const TIMED_OUT = String.raw`(?:i/o timeout|connect: connection timed out|connect: no route to host|connect: network is unreachable|connectex: A connection attempt failed because the connected party did not properly respond|connectex: A socket operation was attempted to an unreachable (?:host|network))`;
/** The step names clients print before a layer (blob) request. */
const BLOB_STEP = String.raw`(?:httpReadSeeker: failed open:(?: failed to do request:)?|parsing image configuration:|reading blob sha256:[0-9a-f]{12,64}:)`;
/** `lookup <host>` or `lookup <host> on <dns>` as Go's resolver prints it. */
const LOOKUP = String.raw`lookup [^\s]{1,253}?(?: on [^\s]{1,60}?)?`;

// ----------------------------------------------------------------------------------------------
// The table, grouped by what the text is about. Within a group, specific before generic.

const DATA: SignatureInput[] = [
  // ── Docker engine and client tooling ──────────────────────────────────────────────────────
  {
    id: "docker-daemon-unreachable",
    pattern: String.raw`Cannot connect to the Docker daemon(?: at [^\s]{1,200}?)?(?:\.? Is the docker daemon running\??)?`,
    causes: [{ causeId: "docker-daemon-not-running", weight: 0.95 }],
    why: "The docker command could not reach the Docker engine: it is stopped, not installed, or DOCKER_HOST points elsewhere.",
    examples: ["Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"],
    source: "moby/moby client/errors.go",
  },
  {
    id: "docker-desktop-not-running",
    pattern: String.raw`error during connect: .{0,200}?(?:docker daemon is not running|pipe/docker_?\w{0,30})|open //\./pipe/docker\w{0,40}: The system cannot find the file specified`,
    causes: [{ causeId: "docker-daemon-not-running", weight: 0.93 }],
    why: "On Windows the Docker Desktop engine's named pipe is missing: Docker Desktop is not started (or still starting).",
    examples: [
      'error during connect: This error may indicate that the docker daemon is not running.: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/json": open //./pipe/docker_engine: The system cannot find the file specified.',
    ],
    source: "docker/cli on Windows; az acr login output in public tutorials",
  },
  {
    id: "docker-socket-permission-denied",
    pattern: String.raw`permission denied while trying to connect to the Docker daemon socket`,
    causes: [{ causeId: "docker-daemon-not-running", weight: 0.8 }],
    why: "Docker is running but this user may not use its socket (not in the docker group), so az acr login and docker cannot use it.",
    examples: [
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
    ],
    source: "docker/cli; az acr login DOCKER_COMMAND_ERROR carrying docker's stderr",
  },
  {
    id: "acr-docker-command-error",
    pattern: String.raw`DOCKER_COMMAND_ERROR(?: Please verify if Docker client is installed and running\.?)?|Please verify if Docker client is installed and running\.?`,
    causes: [
      { causeId: "docker-daemon-not-running", weight: 0.9 },
      { causeId: "podman-needs-docker-command", weight: 0.65 },
      { causeId: "cloud-shell-no-daemon", weight: 0.45 },
    ],
    why: "az acr login runs `docker ps` first and it failed: the Docker client is missing or its daemon is not running.",
    tellApart:
      "Run `docker version` on the same machine: 'command not found' on RHEL 8/9 where podman is installed → set DOCKER_COMMAND=podman (Azure CLI 2.59.0 or later); 'Cannot connect to the Docker daemon' → start Docker; in Azure Cloud Shell or a script without a daemon → `az acr login -n <registry> --expose-token`.",
    examples: [
      "2024-03-29 07:30:10.014426 An error occurred: DOCKER_COMMAND_ERROR\nPlease verify if Docker client is installed and running.",
    ],
    source: "seed 000 error 1; seed 003; Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-docker-daemon-error",
    pattern: String.raw`DOCKER_DAEMON_ERROR|Please verify if Docker daemon is running, or try restarting it`,
    causes: [{ causeId: "docker-daemon-not-running", weight: 0.92 }],
    why: "az acr check-health found the docker command but `docker ps` failed: the daemon is down or unreachable.",
    examples: ["An error occurred: DOCKER_DAEMON_ERROR\nPlease verify if Docker daemon is running, or try restarting it."],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "docker-command-not-found",
    pattern: String.raw`docker(?:\.exe)?: (?:command )?not found|command not found: docker\b|'docker' is not recognized as an internal or external command|The term 'docker' is not recognized|exec: "docker": executable file not found`,
    causes: [
      { causeId: "docker-daemon-not-running", weight: 0.8 },
      { causeId: "podman-needs-docker-command", weight: 0.72 },
    ],
    why: "There is no docker command on this machine.",
    tellApart:
      "Is podman installed (`podman --version`)? On RHEL 8/9 Docker is not shipped: use podman directly, or run `DOCKER_COMMAND=podman az acr login -n <registry>` (Azure CLI 2.59.0 or later). Otherwise install Docker.",
    examples: ["bash: docker: command not found", "'docker' is not recognized as an internal or external command,"],
    source: "shells; seed 003 (alternative container tools)",
  },
  {
    id: "docker-client-api-too-old",
    pattern: String.raw`client version [\d.]{1,10} is too old\. Minimum supported API version is [\d.]{1,10}`,
    causes: [{ causeId: "docker-client-too-old", weight: 0.95 }],
    why: "This docker client speaks an older API than the Docker engine accepts: the client needs upgrading.",
    examples: [
      "Error response from daemon: client version 1.22 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version",
    ],
    source: "moby/moby API version negotiation",
  },
  {
    id: "docker-client-api-too-new",
    pattern: String.raw`client version [\d.]{1,10} is too new\. Maximum supported API version is [\d.]{1,10}`,
    causes: [{ causeId: "docker-client-too-old", weight: 0.6 }],
    why: "The Docker engine is older than this client: the engine (daemon) needs upgrading.",
    examples: ["Error response from daemon: client version 1.41 is too new. Maximum supported API version is 1.40"],
    source: "moby/moby API version negotiation",
  },
  {
    id: "docker-password-stdin-unknown",
    pattern: String.raw`unknown flag: --password-stdin`,
    causes: [{ causeId: "docker-client-too-old", weight: 0.85 }],
    why: "This docker client predates --password-stdin (Docker 17.07); registry logins need 18.03 or later.",
    examples: ["unknown flag: --password-stdin"],
    source: "docker/cli history; seed 001 (Docker 18.03 or later)",
  },
  {
    id: "acr-docker-version-error",
    pattern: String.raw`DOCKER_VERSION_ERROR|An error occurred while retrieving Docker version`,
    causes: [
      { causeId: "docker-daemon-not-running", weight: 0.6 },
      { causeId: "docker-client-too-old", weight: 0.5 },
    ],
    why: "az acr check-health could not read the Docker engine's version.",
    tellApart: "Run `docker version`: no 'Server' section → the daemon is not running; a server version older than 18.03 → upgrade Docker.",
    examples: [
      "An error occurred: DOCKER_VERSION_ERROR\nAn error occurred while retrieving Docker version. Please try verifying it manually.",
    ],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-docker-pull-error",
    pattern: String.raw`DOCKER_PULL_ERROR|An error occurred while pulling a sample image`,
    causes: [
      { causeId: "client-firewall-blocks-endpoints", weight: 0.6 },
      { causeId: "docker-proxy-not-configured", weight: 0.55 },
      { causeId: "docker-daemon-not-running", weight: 0.5 },
    ],
    why: "az acr check-health could not pull its sample image from mcr.microsoft.com (not from your registry).",
    tellApart:
      "Run `docker pull mcr.microsoft.com/mcr/hello-world` and read its own error: a timeout or EOF → firewall or the daemon's proxy settings; a daemon error → Docker itself.",
    examples: [
      "An error occurred: DOCKER_PULL_ERROR\nAn error occurred while pulling a sample image. Please validate your network connection and verify if Docker daemon is running properly.",
    ],
    source: "Azure/azure-cli acr/_errors.py, check_health.py",
  },
  {
    id: "cloud-shell-no-daemon",
    pattern: String.raw`This command requires running the docker daemon, which is not supported in Azure Cloud Shell`,
    causes: [{ causeId: "cloud-shell-no-daemon", weight: 0.97 }],
    why: "az acr login needs a Docker daemon and Azure Cloud Shell has only the docker client.",
    examples: [
      "This command requires running the docker daemon, which is not supported in Azure Cloud Shell. You may want to use 'az acr login -n myregistry --expose-token' to get an access token, which does not require Docker to be installed.",
    ],
    source: "seed 000 error 2; Azure/azure-cli acr/custom.py",
  },
  {
    id: "acr-expose-token-tip",
    role: "wrapper",
    pattern: String.raw`You may want to use 'az acr login -n [^\s']{1,100} --expose-token' to get an access token, which does not require Docker to be installed`,
    causes: [
      { causeId: "docker-daemon-not-running", weight: 0.5 },
      { causeId: "cloud-shell-no-daemon", weight: 0.4 },
      { causeId: "podman-needs-docker-command", weight: 0.35 },
    ],
    why: "az acr login's advice, printed when it cannot use Docker; the line after it says what went wrong.",
    tellApart:
      "Read the next line: DOCKER_COMMAND_ERROR → Docker is missing or stopped; 'not supported in Azure Cloud Shell' → use --expose-token.",
    examples: [
      "You may want to use 'az acr login -n <acr-name> --expose-token' to get an access token, which does not require Docker to be installed.",
    ],
    source: "seed 000 errors 1–2; Azure/azure-cli acr/custom.py",
  },

  // ── Harmless lines (listed as ignored) ────────────────────────────────────────────────────
  {
    id: "check-health-helm-error",
    role: "noise",
    pattern: String.raw`HELM_COMMAND_ERROR(?: Please verify if Helm is installed\.?)?|HELM_VERSION_ERROR(?: An error occurred while retrieving Helm version\.(?: Please make sure that you have the latest Azure CLI version, and that you are using the recommended Helm version\.?)?)?`,
    causes: [{ causeId: "check-health-helm-notary-noise", weight: 0.9 }],
    why: "az acr check-health also checks for Helm; a missing or unsupported Helm does not affect the registry or Docker.",
    examples: ["An error occurred: HELM_COMMAND_ERROR\nPlease verify if Helm is installed."],
    source: "seed 000 (note on Helm/Notary errors); Azure/azure-cli acr/_errors.py",
  },
  {
    id: "check-health-notary-error",
    role: "noise",
    pattern: String.raw`NOTARY_COMMAND_ERROR(?: Please verify if notary is installed\.?)?|NOTARY_VERSION_ERROR(?: An error occurred while retrieving notary version\.(?: Please make sure that you have the latest Azure CLI version, and that you are using the recommended notary version\.?)?)?`,
    causes: [{ causeId: "check-health-helm-notary-noise", weight: 0.9 }],
    why: "az acr check-health also checks for Notary; a missing or other-version Notary does not affect the registry or Docker.",
    examples: ["An error occurred: NOTARY_COMMAND_ERROR\nPlease verify if notary is installed."],
    source: "seed 000 (note on Helm/Notary errors); Azure/azure-cli acr/_errors.py",
  },
  {
    id: "check-health-cloud-shell-skip",
    role: "noise",
    pattern: String.raw`Environment checks are not supported in Azure Cloud Shell\.?`,
    causes: [],
    why: "check-health skips the Docker checks in Cloud Shell, which has no daemon; that is expected.",
    examples: ["Environment checks are not supported in Azure Cloud Shell."],
    source: "Azure/azure-cli acr/check_health.py",
  },
  {
    id: "login-succeeded",
    role: "noise",
    pattern: String.raw`\bLogin Succeeded\b`,
    causes: [],
    why: "The login itself worked; if a pull still fails, its own error line is the one to read.",
    examples: ["Login Succeeded"],
    source: "docker/cli, podman, helm",
  },
  {
    id: "password-on-command-line-warning",
    role: "noise",
    pattern: String.raw`WARNING! Using --password via the CLI is insecure\. Use --password-stdin\.?`,
    causes: [],
    why: "A warning about how the password was passed, not an error.",
    examples: ["WARNING! Using --password via the CLI is insecure. Use --password-stdin."],
    source: "docker/cli login",
  },
  {
    id: "password-stored-unencrypted-warning",
    role: "noise",
    pattern: String.raw`WARNING! Your (?:password|credentials?) (?:will be|are|is) stored unencrypted in [^\s]{1,300}`,
    causes: [],
    why: "A warning that docker keeps the login in config.json without a credential helper, not an error.",
    examples: ["WARNING! Your password will be stored unencrypted in /root/.docker/config.json."],
    source: "docker/cli login",
  },
  {
    id: "podman-docker-emulation-notice",
    role: "noise",
    pattern: String.raw`Emulate Docker CLI using podman\.?(?: Create /etc/containers/nodocker to quiet msg\.?)?`,
    causes: [],
    why: "The docker command here is podman's emulation; the notice itself is harmless.",
    examples: ["Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg."],
    source: "podman-docker package",
  },
  {
    id: "acr-login-suffix-omitted",
    role: "noise",
    pattern: String.raw`The login server endpoint suffix '[^']{1,60}' is automatically omitted\.?`,
    causes: [],
    why: "az acr login --name takes the resource name (myregistry) and removed the suffix for you; docker and podman take the full login server.",
    examples: ["WARNING: The login server endpoint suffix '.azurecr.io' is automatically omitted."],
    source: "Azure/azure-cli acr validators",
  },
  {
    id: "registry-bearer-challenge",
    role: "noise",
    pattern: String.raw`\bHTTP/[\d.]{1,3} 401(?: Unauthorized)?.{0,400}?Www-Authenticate: Bearer realm=`,
    causes: [],
    why: "A registry's normal first answer: 401 with a Bearer challenge tells the client where to fetch a token; on its own it is not a failure.",
    supersedes: ["http-401"],
    examples: [
      '< HTTP/1.1 401 Unauthorized\n< Www-Authenticate: Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io"',
    ],
    source: "distribution token auth spec; OCI distribution-spec (end-1)",
  },
  {
    id: "canipull-success",
    role: "noise",
    pattern: String.raw`Your cluster can pull images from [^\s!]{1,260}!?`,
    causes: [],
    why: "az aks check-acr succeeded; note it checks the token exchange only, not a repository, manifest or layer.",
    examples: ["[2024-01-01T00:00:00Z] Your cluster can pull images from myregistry.azurecr.io!"],
    source: "Azure/aks-canipull main.go",
  },
  {
    id: "canipull-exec-format",
    role: "noise",
    pattern: String.raw`exec /canipull: exec format error`,
    causes: [],
    why: "az aks check-acr's helper pod runs on amd64 nodes only; this says nothing about your image.",
    supersedes: ["exec-format-error"],
    examples: ["exec /canipull: exec format error"],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md",
  },

  // ── az acr login / check-health: Entra ID and admin user ─────────────────────────────────
  {
    id: "acr-refresh-token-401",
    pattern: String.raw`CONNECTIVITY_REFRESH_TOKEN_ERROR.{0,300}?Response code: ?401`,
    causes: [
      { causeId: "aad-token-refresh-failed", weight: 0.92 },
      { causeId: "acr-role-missing", weight: 0.6 },
      { causeId: "registry-resource-not-found", weight: 0.5 },
    ],
    why: "The registry refused to exchange your az login token for a registry token (401): the identity or the selected subscription is not the one with access.",
    tellApart:
      "Run `az account show`: is it the registry's subscription and tenant? Then `az login` again. If it still fails, list the identity's roles on the registry: `az role assignment list --assignee <you> --scope <registry resource id>`.",
    supersedes: ["acr-refresh-token-error", "acr-access-denied-401", "acr-aad-tokens-wrapper"],
    examples: [
      "Unable to get AAD authorization tokens with message: An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR\nAccess to registry 'myregistry.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
    ],
    source: "seed 000 error 4; seed-notes (401 → identity or subscription); Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-refresh-token-403",
    pattern: String.raw`CONNECTIVITY_REFRESH_TOKEN_ERROR.{0,300}?Response code: ?403`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.88 },
      { causeId: "aad-token-refresh-failed", weight: 0.75 },
      { causeId: "private-dns-zone-not-linked", weight: 0.45 },
    ],
    why: "The registry refused the token exchange with 403: almost always its network rules (firewall, public access disabled), not the identity.",
    tellApart:
      'Run `az acr show -n <registry> --query "{public:publicNetworkAccess, rules:networkRuleSet}"` and compare with this machine\'s public IP; with a private endpoint, `nslookup <registry>.azurecr.io` here must return a private address. If the network is allowed, `az login` again.',
    supersedes: ["acr-refresh-token-error", "acr-access-denied-403", "acr-aad-tokens-wrapper"],
    examples: [
      "CONNECTIVITY_REFRESH_TOKEN_ERROR. Access to registry was denied. Response code: 403. Unable to get admin user credentials with message: Admin user is disabled.",
    ],
    source: "seed 000 error 5; seed 001 symptoms; seed-notes (403 → the registry's firewall)",
  },
  {
    id: "acr-refresh-token-error",
    pattern: String.raw`CONNECTIVITY_REFRESH_TOKEN_ERROR`,
    causes: [
      { causeId: "aad-token-refresh-failed", weight: 0.85 },
      { causeId: "registry-ip-denied", weight: 0.6 },
    ],
    why: "az could not exchange its Entra ID token for a registry refresh token.",
    tellApart:
      "The response code printed with it decides: 401 → the identity or subscription (`az account show`, `az login`); 403 → the registry's network rules.",
    examples: ["An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR"],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-access-denied-401",
    pattern: String.raw`Access to registry [^\s]{0,260} ?was denied\.? Response code: ?401`,
    causes: [
      { causeId: "aad-token-refresh-failed", weight: 0.88 },
      { causeId: "acr-role-missing", weight: 0.55 },
    ],
    why: "az's token request to the registry was refused with 401: the signed-in identity is not accepted for this registry.",
    tellApart:
      "`az account show` (right subscription and tenant?), then `az login`; if it persists, check the identity's role on the registry.",
    examples: [
      "Access to registry 'myregistry.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
    ],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-access-denied-403",
    pattern: String.raw`Access to registry [^\s]{0,260} ?was denied\.? Response code: ?403`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.85 },
      { causeId: "aad-token-refresh-failed", weight: 0.72 },
    ],
    why: "az's token request was refused with 403: the registry's network rules do not let this machine in.",
    tellApart: "`az acr show -n <registry> --query networkRuleSet` and this machine's public IP; if allowed, `az login` again.",
    examples: [
      "Access to registry 'myregistry.azurecr.io' was denied. Response code: 403. Please try running 'az login' again to refresh permissions.",
    ],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-access-token-403",
    pattern: String.raw`CONNECTIVITY_ACCESS_TOKEN_ERROR.{0,300}?Response code: ?403`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.8 },
      { causeId: "access-denied", weight: 0.6 },
    ],
    why: "The registry refused to issue an access token with 403, which usually means its network rules.",
    tellApart:
      "`az acr show -n <registry> --query networkRuleSet` against this machine's public IP; if the network is allowed, the identity lacks the right role.",
    supersedes: ["acr-access-token-error", "acr-access-denied-403"],
    examples: [
      "An error occurred: CONNECTIVITY_ACCESS_TOKEN_ERROR\nAccess to registry 'myregistry.azurecr.io' was denied. Response code: 403.",
    ],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-access-token-error",
    pattern: String.raw`CONNECTIVITY_ACCESS_TOKEN_ERROR(?:.{0,300}?Response code: ?\d{3})?`,
    causes: [
      { causeId: "access-denied", weight: 0.7 },
      { causeId: "aad-token-refresh-failed", weight: 0.65 },
      { causeId: "abac-catalog-lister-missing", weight: 0.6 },
    ],
    why: "The refresh token worked but the registry would not issue an access token for the catalog scope check-health asks for.",
    tellApart:
      "check-health asks for `registry:catalog:*`: on a registry in 'RBAC Registry + ABAC Repository Permissions' mode that needs Container Registry Repository Catalog Lister even when pulls work. Otherwise check the identity's registry role, then `az login` again.",
    supersedes: ["acr-access-denied-401"],
    examples: [
      "An error occurred: CONNECTIVITY_ACCESS_TOKEN_ERROR\nAccess to registry 'myregistry.azurecr.io' was denied. Response code: 401.",
    ],
    source: "Azure/azure-cli acr/_errors.py; registry-probing.md §1.4",
  },
  {
    id: "acr-admin-user-disabled",
    role: "fallback",
    pattern: String.raw`(?:Unable to get admin user credentials with message: )?Admin user is disabled\.?`,
    causes: [{ causeId: "admin-user-disabled", weight: 0.88 }],
    supersedes: ["acr-admin-fallback"],
    why: "az acr login fell back to the registry's admin account, which is turned off; when an Entra ID error comes first, that one is the cause.",
    examples: ["Unable to get admin user credentials with message: Admin user is disabled."],
    source: "seed 001 symptoms; Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-admin-not-enabled",
    pattern: String.raw`--admin-enabled true'? to enable admin first`,
    causes: [{ causeId: "admin-user-disabled", weight: 0.92 }],
    why: "The registry's admin account is off, and this command (or an App Service / Container Instances setting) needs its credentials.",
    examples: ["Run 'az acr update -n northwindstage --admin-enabled true' to enable admin first."],
    source: "Azure/azure-cli acr credential.py; App Service tutorial (retrieving registry credentials)",
  },
  {
    id: "acr-admin-fallback-resource-not-found",
    role: "fallback",
    pattern: String.raw`Unable to get admin user credentials with message: The resource with name .{1,200}? and type .{0,60}?Microsoft\.ContainerRegistry/registries.{0,5}? could not be found`,
    causes: [
      { causeId: "registry-resource-not-found", weight: 0.85 },
      { causeId: "azure-cloud-mismatch", weight: 0.45 },
    ],
    why: "az acr login's admin-user fallback could not find the registry in the selected subscription, so it could not read admin credentials either.",
    tellApart:
      "`az account show` shows the subscription in use; `az acr list -o table` lists the registries it can see; a registry in Azure China or US Government needs `az cloud set` first.",
    supersedes: ["acr-registry-resource-not-found", "acr-admin-fallback"],
    examples: [
      "Unable to get admin user credentials with message: The resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'Dev (0000)'.",
    ],
    source: "seed 000 error 4",
  },
  {
    id: "acr-admin-fallback",
    role: "fallback",
    pattern: String.raw`Unable to get admin user credentials with message:`,
    causes: [
      { causeId: "admin-user-disabled", weight: 0.6 },
      { causeId: "arm-role-missing", weight: 0.5 },
    ],
    why: "az acr login could not read the admin account's credentials; the text after 'with message:' says why.",
    tellApart:
      "'Admin user is disabled' → enable it or use an Entra identity; 'AuthorizationFailed' → you may not list the registry's credentials.",
    examples: ["Unable to get admin user credentials with message: An unexpected error occurred."],
    source: "Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-aad-and-admin-failed",
    role: "fallback",
    pattern: String.raw`Unable to authenticate using AAD or admin login credentials`,
    causes: [
      { causeId: "aad-token-refresh-failed", weight: 0.6 },
      { causeId: "admin-user-disabled", weight: 0.55 },
    ],
    why: "az acr login's last word after every method failed; the first failure printed above it is the cause.",
    tellApart: "Paste the whole output (or run with --debug): the Entra ID line before this one names the real failure.",
    examples: [
      "Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.",
    ],
    source: "seed 001 symptoms; Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-aad-tokens-wrapper",
    role: "wrapper",
    pattern: String.raw`Unable to get AAD authorization tokens with message:`,
    causes: [{ causeId: "aad-token-refresh-failed", weight: 0.55 }],
    why: "az acr login could not get Entra ID tokens for the registry; the text after it says why.",
    examples: ["Unable to get AAD authorization tokens with message: An error occurred"],
    source: "Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-could-not-connect",
    pattern: String.raw`Could not connect to the registry login server(?: '[^']{1,260}')?`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.72 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.7 },
      { causeId: "private-endpoint-no-route", weight: 0.55 },
      { causeId: "registry-name-wrong-form", weight: 0.5 },
    ],
    why: "az could not open https://<login server>/v2/ at all: the name does not resolve, or the connection is blocked or never answered.",
    tellApart:
      "Run `nslookup <registry>.azurecr.io` on the same machine: no answer (NXDOMAIN) → the name is wrong or the registry was deleted; an answer → `curl -v https://<registry>.azurecr.io/v2/` — a hang or reset means a firewall or proxy, a private address that does not answer means the private endpoint has no route.",
    examples: [
      "Could not connect to the registry login server 'myregistry.azurecr.io'. Please verify that the registry exists and the URL 'https://myregistry.azurecr.io/v2/' is reachable from your environment.",
    ],
    source: "seeds 001 and 002 symptoms; Azure/azure-cli acr/_docker_utils.py",
  },
  {
    id: "acr-forbidden",
    pattern: String.raw`CONNECTIVITY_FORBIDDEN_ERROR|Looks like you don't have access to registry`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.88 },
      { causeId: "private-dns-zone-not-linked", weight: 0.55 },
      { causeId: "service-endpoint-public-access-disabled", weight: 0.5 },
    ],
    why: "The registry answered GET /v2/ with 403: its network rules refuse this machine.",
    tellApart:
      '`az acr show -n <registry> --query "{public:publicNetworkAccess, ipRules:networkRuleSet.ipRules}"`: Disabled, or an IP list without this machine\'s public IP → the firewall. With a private endpoint, `nslookup` here should give a private address; a public one means the private DNS zone is not linked to this network.',
    examples: [
      "Looks like you don't have access to registry 'myregistry.azurecr.io'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name myregistry'.",
    ],
    source: "Azure/azure-cli acr/_errors.py and _docker_utils.py",
  },
  {
    id: "acr-dns-error",
    pattern: String.raw`CONNECTIVITY_DNS_ERROR|Failed to reach DNS for registry`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.85 },
      { causeId: "azure-cloud-mismatch", weight: 0.55 },
      { causeId: "dns-resolver-failed", weight: 0.5 },
    ],
    why: "check-health could not resolve the registry's login server name.",
    tellApart:
      "`nslookup <registry>.azurecr.io`: NXDOMAIN → a wrong name, a deleted registry or the wrong cloud (Azure China uses azurecr.cn: `az cloud show --query name`); a timeout or SERVFAIL → this machine's DNS server.",
    examples: ["An error occurred: CONNECTIVITY_DNS_ERROR\nFailed to reach DNS for registry 'myregistry.azurecr.io'."],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-challenge-error",
    pattern: String.raw`CONNECTIVITY_CHALLENGE_ERROR|did not issue a challenge`,
    causes: [
      { causeId: "not-a-registry", weight: 0.7 },
      { causeId: "registry-ip-denied", weight: 0.6 },
      { causeId: "proxy-refused", weight: 0.5 },
    ],
    why: "GET /v2/ did not come back as a registry's 401 challenge.",
    tellApart:
      "`curl -v https://<registry>/v2/`: 401 with Www-Authenticate is a healthy registry; 403 DENIED → the registry's network rules (this happens with public access disabled); an HTML page → a proxy or filter in between.",
    examples: ["An error occurred: CONNECTIVITY_CHALLENGE_ERROR\nRegistry 'myregistry.azurecr.io' did not issue a challenge."],
    source: "Azure/azure-cli acr/_errors.py; Azure/acr#533",
  },
  {
    id: "acr-aad-login-unsupported",
    pattern: String.raw`CONNECTIVITY_AAD_LOGIN_ERROR|does not support AAD login`,
    causes: [
      { causeId: "not-a-registry", weight: 0.6 },
      { causeId: "registry-name-wrong-form", weight: 0.5 },
    ],
    why: "The registry's challenge has no Entra ID token service: it is not an ACR login server, or something in between answered.",
    tellApart: "Is the name an ACR login server (<name>.azurecr.io)? `curl -sI https://<host>/v2/` shows who answers.",
    examples: ["An error occurred: CONNECTIVITY_AAD_LOGIN_ERROR\nRegistry 'myhost' does not support AAD login."],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-www-authenticate-error",
    pattern: String.raw`CONNECTIVITY_WWW_AUTHENTICATE_ERROR|did not ask properly for a basic or a bearer authentication`,
    causes: [
      { causeId: "not-a-registry", weight: 0.65 },
      { causeId: "token-realm-misconfigured", weight: 0.5 },
    ],
    why: "The registry's 401 carried no usable Basic or Bearer challenge.",
    tellApart:
      "`curl -sI https://<host>/v2/` and read Www-Authenticate: missing → not a registry API; present with an odd realm → the registry's token settings.",
    examples: ["Registry 'myhost' did not ask properly for a basic or a bearer authentication."],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-ssl-error",
    pattern: String.raw`CONNECTIVITY_SSL_ERROR|Unable to establish a secure connection to the registry`,
    causes: [
      { causeId: "tls-untrusted-certificate", weight: 0.75 },
      { causeId: "tls-handshake-failed", weight: 0.6 },
    ],
    why: "The TLS connection to the registry failed; az's own hint is a proxy that inspects TLS.",
    tellApart:
      "`openssl s_client -connect <registry>:443 -servername <registry>`: an issuer that is your company or a security product → TLS inspection (trust its CA or exempt the registry); a handshake that ends early → something rewriting the connection.",
    examples: [
      "An error occurred: CONNECTIVITY_SSL_ERROR\nUnable to establish a secure connection to the registry 'myregistry.azurecr.io'. Are you using a proxy server?",
    ],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-login-server-error",
    pattern: String.raw`LOGIN_SERVER_ERROR|An error occurred while retrieving the login server for registry`,
    causes: [
      { causeId: "registry-resource-not-found", weight: 0.8 },
      { causeId: "azure-cloud-mismatch", weight: 0.6 },
      { causeId: "arm-role-missing", weight: 0.55 },
      { causeId: "azure-cli-too-old", weight: 0.4 },
    ],
    why: "az could not look the registry up in Azure Resource Manager.",
    tellApart:
      "`az acr show -n <registry>`: ResourceNotFound → wrong name or subscription (`az account show`), or another cloud (`az cloud show`); AuthorizationFailed → no read permission; otherwise upgrade the CLI.",
    examples: ["An error occurred: LOGIN_SERVER_ERROR\nAn error occurred while retrieving the login server for registry 'myregistry'."],
    source: "Azure/azure-cli acr/_errors.py",
  },
  {
    id: "acr-too-many-requests",
    pattern: String.raw`CONNECTIVITY_TOOMANYREQUESTS_ERROR`,
    causes: [{ causeId: "rate-limited", weight: 0.9 }],
    why: "The registry throttled authentication requests; waiting and retrying helps.",
    examples: ["An error occurred: CONNECTIVITY_TOOMANYREQUESTS_ERROR"],
    source: "MicrosoftDocs container-registry-health-error-reference",
  },
  {
    id: "acr-private-dns-routing-incorrect",
    pattern: String.raw`DNS routing to (?:registry|private endpoint) .{0,300}?through private IP is incorrect`,
    causes: [{ causeId: "private-dns-zone-not-linked", weight: 0.9 }],
    why: "check-health --vnet found that this machine resolves the registry to something other than its private endpoint's address.",
    examples: ["DNS routing to registry 'myregistry.azurecr.io' through private IP is incorrect. Expect: 10.0.0.5, Actual: 20.1.2.3"],
    source: "Azure/azure-cli acr/check_health.py (--vnet)",
  },
  {
    id: "az-not-logged-in",
    pattern: String.raw`Please run 'az login' to set ?up (?:an )?account`,
    causes: [{ causeId: "aad-token-refresh-failed", weight: 0.75 }],
    why: "The Azure CLI has no signed-in identity, so it has no Entra ID token to exchange for a registry token.",
    examples: ["ERROR: Please run 'az login' to setup account."],
    source: "Azure/azure-cli core _profile.py",
  },
  {
    id: "aad-refresh-token-expired",
    pattern: String.raw`AADSTS700082|AADSTS50173|AADSTS70043|The refresh token has expired due to inactivity`,
    causes: [
      { causeId: "aad-token-refresh-failed", weight: 0.88 },
      { causeId: "credentials-expired", weight: 0.6 },
    ],
    why: "Your own az login session expired, so az cannot get tokens for the registry.",
    tellApart: "Run `az login` again; if the identity is a service principal, a secret that expired gives AADSTS7000222 instead.",
    examples: ["AADSTS700082: The refresh token has expired due to inactivity."],
    source: "Microsoft Entra error codes",
  },
  {
    id: "aad-client-secret-expired",
    pattern: String.raw`AADSTS7000222|client secret keys for app .{0,120}? are expired`,
    causes: [{ causeId: "credentials-expired", weight: 0.95 }],
    why: "The service principal's client secret has passed its end date (one year by default).",
    examples: ["AADSTS7000222: The provided client secret keys for app '11111111-2222-3333-4444-555555555555' are expired."],
    source: "Microsoft Entra error codes; seed 000 error 3 (secret expiry)",
  },
  {
    id: "aad-invalid-client-secret",
    pattern: String.raw`AADSTS7000215|Invalid client secret (?:is )?provided`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.88 },
      { causeId: "service-principal-wrong-id", weight: 0.5 },
    ],
    why: "Entra ID rejected the service principal's secret.",
    tellApart:
      "Use the secret's Value, which is shown once, not its Secret ID; `az ad app credential list --id <appId>` lists the secrets and their end dates.",
    examples: [
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID",
    ],
    source: "Microsoft Entra error codes",
  },
  {
    id: "aad-application-not-found",
    pattern: String.raw`AADSTS700016|Application with identifier .{1,120}? was not found in the directory`,
    causes: [
      { causeId: "service-principal-wrong-id", weight: 0.9 },
      { causeId: "azure-cloud-mismatch", weight: 0.5 },
    ],
    why: "Entra ID has no application with that id in this tenant.",
    tellApart:
      "The username must be the application (client) ID, not the object ID: `az ad sp show --id <id> --query appId`; an app from another tenant or cloud is not found either.",
    examples: ["AADSTS700016: Application with identifier 'abc' was not found in the directory 'contoso'."],
    source: "Microsoft Entra error codes; seed-notes (client ID, not object ID)",
  },
  {
    id: "aad-tenant-not-found",
    pattern: String.raw`AADSTS90002|Tenant '?[^'\s]{1,120}'? not found`,
    causes: [
      { causeId: "azure-cloud-mismatch", weight: 0.75 },
      { causeId: "service-principal-wrong-id", weight: 0.5 },
    ],
    why: "The tenant named in the sign-in does not exist in this Azure cloud.",
    tellApart:
      "`az cloud show --query name`: a tenant in Azure China or US Government needs `az cloud set -n AzureChinaCloud` (or AzureUSGovernment) first; otherwise check the tenant id.",
    examples: ["AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found."],
    source: "Microsoft Entra error codes",
  },
  {
    id: "aad-cross-cloud",
    pattern: String.raw`AADSTS900382|not supported in Cross Cloud request|doesn't exist in cloud '?Azure\w{0,30}`,
    causes: [{ causeId: "azure-cloud-mismatch", weight: 0.9 }],
    why: "The Azure CLI is signed in to one Azure cloud and the registry or identity lives in another.",
    examples: ["The subscription of '0000' doesn't exist in cloud 'AzureCloud'."],
    source: "Azure/azure-cli core; seed 003 (az cloud set -n AzureChinaCloud)",
  },
  {
    id: "aad-application-not-registered",
    pattern: String.raw`(?:unauthorized: )?Application not registered with AAD`,
    causes: [
      { causeId: "aad-application-not-registered", weight: 0.95 },
      { causeId: "service-principal-wrong-id", weight: 0.5 },
    ],
    why: "The registry does not know the application used to sign in: the service principal is wrong, deleted, or from another tenant.",
    supersedes: ["docker-login-unauthorized"],
    tellApart:
      "Is the username the service principal's application (client) ID from the registry's tenant? `az ad sp show --id <username>`.",
    examples: ["unauthorized: Application not registered with AAD."],
    source: "seed 001 symptoms",
  },
  {
    id: "arm-authorization-failed",
    pattern: String.raw`AuthorizationFailed|does not have authorization to perform action '?Microsoft\.ContainerRegistry/registries/(?!pull/|push/|artifacts/|repositories/)[\w/]{1,100}`,
    causes: [{ causeId: "arm-role-missing", weight: 0.88 }],
    why: "Azure Resource Manager refused a management action on the registry: the identity lacks a management role there.",
    examples: [
      "(AuthorizationFailed) The client 'me@contoso.com' with object id '0000' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read' over scope '/subscriptions/0000'",
    ],
    source: "Azure Resource Manager; seed 001 (Container Registry Contributor and Data Access Configuration Administrator)",
  },
  {
    id: "acr-abac-mode",
    pattern: String.raw`\bAbacRepositoryPermissions\b|RBAC Registry \+ ABAC Repository Permissions`,
    causes: [{ causeId: "abac-repository-permissions", weight: 0.95 }],
    why: "The registry is in 'RBAC Registry + ABAC Repository Permissions' mode, where AcrPull, AcrPush and AcrDelete grant nothing.",
    examples: ["$ az acr show -n contosoml --query roleAssignmentMode -o tsv\nAbacRepositoryPermissions"],
    source: "seed 001 (ABAC mode); MicrosoftDocs SupportArticles (attach-acr cannot grant the ABAC role)",
  },
  {
    id: "acr-data-action-missing",
    pattern: String.raw`Microsoft\.ContainerRegistry/registries/(?:pull/read|push/write|repositories/(?:content|metadata)/\w{1,20}|catalog/read)`,
    causes: [
      { causeId: "acr-role-missing", weight: 0.85 },
      { causeId: "abac-repository-permissions", weight: 0.6 },
    ],
    why: "A registry data action (pull, push, catalog) was refused for this identity.",
    tellApart:
      "Check the registry's 'Role assignment permissions mode': in RBAC Registry + ABAC Repository Permissions mode AcrPull/AcrPush do not count — assign Container Registry Repository Reader/Writer instead.",
    supersedes: ["arm-authorization-failed"],
    examples: ["does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/pull/read'"],
    source: "Azure built-in roles; seed 001 (ABAC)",
  },
  {
    id: "vnet-provider-not-registered",
    pattern: String.raw`not registered to use namespace '?Microsoft\.ContainerRegistry|MissingSubscriptionRegistration`,
    causes: [{ causeId: "vnet-provider-not-registered", weight: 0.92 }],
    why: "The subscription is not registered for the Microsoft.ContainerRegistry resource provider.",
    examples: ["(MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.ContainerRegistry'."],
    source: "seed 002 (register the provider in the VNet's subscription)",
  },
  {
    id: "acr-firewall-settings-not-saved",
    pattern: String.raw`Failed to save firewall and virtual network settings`,
    causes: [
      { causeId: "vnet-provider-not-registered", weight: 0.75 },
      { causeId: "arm-role-missing", weight: 0.65 },
      { causeId: "service-endpoint-rule-missing", weight: 0.45 },
    ],
    why: "The registry's network settings could not be saved.",
    tellApart:
      "Is the virtual network in another subscription? `az provider show -n Microsoft.ContainerRegistry --subscription <vnet subscription> --query registrationState` must say Registered. If it does, check that you may write the registry (Contributor, or Container Registry Contributor and Data Access Configuration Administrator).",
    examples: ["Failed to save firewall and virtual network settings for container registry"],
    source: "seed 002 symptoms",
  },
  {
    id: "acr-service-endpoint-missing",
    pattern: String.raw`(?:service endpoint|serviceEndpoints?).{0,120}?Microsoft\.ContainerRegistry|Microsoft\.ContainerRegistry.{0,120}?service endpoint`,
    causes: [{ causeId: "service-endpoint-rule-missing", weight: 0.75 }],
    why: "The subnet has no Microsoft.ContainerRegistry service endpoint, so a registry rule for it cannot work.",
    examples: ["Subnet 'aks' of virtual network 'vnet1' does not have the service endpoint 'Microsoft.ContainerRegistry' enabled."],
    source: "seed 002 (service endpoints)",
  },
  {
    id: "acr-registry-resource-not-found",
    pattern: String.raw`The resource with name .{1,200}? and type .{0,60}?Microsoft\.ContainerRegistry/registries.{0,5}? could not be found|\(ResourceNotFound\).{0,200}?Microsoft\.ContainerRegistry`,
    causes: [
      { causeId: "registry-resource-not-found", weight: 0.88 },
      { causeId: "azure-cloud-mismatch", weight: 0.45 },
      { causeId: "arm-role-missing", weight: 0.4 },
    ],
    why: "Azure Resource Manager has no registry with that name in the selected subscription.",
    tellApart:
      "`az account show` shows the subscription in use; `az acr list -o table` in the registry's subscription (`az account set -s <id>`); a registry in Azure China or US Government needs `az cloud set`.",
    examples: [
      "The resource with name 'myregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription 'Dev (0000)'.",
    ],
    source: "probe-contract.md (registry-resource-not-found)",
  },
  {
    id: "acr-registry-name-invalid",
    pattern: String.raw`Registry names may contain only alpha ?numeric characters`,
    causes: [{ causeId: "registry-name-wrong-form", weight: 0.92 }],
    why: "az acr commands take the registry's resource name (letters and digits, 5–50), not the login server or a URL.",
    examples: ["Registry names may contain only alpha numeric characters and must be between 5 and 50 characters"],
    source: "Azure/azure-cli acr validators; seed 001 (az acr login --name myregistry)",
  },
  {
    id: "acr-uppercase-name",
    pattern: String.raw`Uppercase characters are detected in the registry name`,
    causes: [
      { causeId: "registry-name-wrong-form", weight: 0.8 },
      { causeId: "credential-key-mismatch", weight: 0.6 },
    ],
    why: "The login is stored under the lowercase login server, so an image reference with capitals will not find it.",
    tellApart:
      "Use the lowercase login server everywhere (`docker pull myregistry.azurecr.io/...`); `cat ~/.docker/config.json` shows the key the login was stored under.",
    examples: [
      "Uppercase characters are detected in the registry name. When using its server url in docker commands, to avoid authentication errors, use all lowercase.",
    ],
    source: "Azure/azure-cli acr/custom.py; seed 001 (lowercase only)",
  },
  {
    id: "az-cli-unknown-argument",
    pattern: String.raw`unrecognized arguments?: .{0,60}?--expose-token|'acr' is misspelled or not recognized`,
    causes: [{ causeId: "azure-cli-too-old", weight: 0.85 }],
    why: "This Azure CLI does not know the command or option: it is too old.",
    examples: ["az: error: unrecognized arguments: --expose-token"],
    source: "Azure/azure-cli argument parser",
  },
  {
    id: "az-cli-update-available",
    role: "wrapper",
    pattern: String.raw`Consider updating your CLI installation with 'az upgrade'`,
    causes: [{ causeId: "azure-cli-too-old", weight: 0.35 }],
    why: "The Azure CLI is not the latest; DOCKER_COMMAND needs 2.59.0 or later.",
    examples: ["You have 3 update(s) available. Consider updating your CLI installation with 'az upgrade'"],
    source: "Azure/azure-cli; seed 003 (Azure CLI 2.59.0)",
  },
  {
    id: "aks-canipull-token-exchange-401",
    pattern: String.raw`rejected token exchange: ACR token exchange endpoint returned error status: 401`,
    causes: [
      { causeId: "aks-acr-not-attached", weight: 0.85 },
      { causeId: "acr-role-missing", weight: 0.6 },
    ],
    why: "az aks check-acr: the kubelet identity's token was refused by the registry.",
    tellApart:
      "`az role assignment list --scope <registry id> -o table`: is AcrPull (or Container Registry Repository Reader on ABAC registries) assigned to the cluster's kubelet identity? `az aks update --attach-acr` adds AcrPull.",
    examples: ["ACR myregistry.azurecr.io rejected token exchange: ACR token exchange endpoint returned error status: 401. body:"],
    source: "Azure/aks-canipull main.go",
  },
  {
    id: "aks-canipull-token-exchange-403",
    pattern: String.raw`rejected token exchange: ACR token exchange endpoint returned error status: 403`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.82 },
      { causeId: "private-dns-zone-not-linked", weight: 0.6 },
    ],
    why: "az aks check-acr: the registry refused the cluster's token exchange with 403, which is its network rules.",
    tellApart:
      "From a node: `nslookup <registry>.azurecr.io` — public address while the registry has a private endpoint → link the private DNS zone to the cluster's VNet; otherwise allow the cluster's egress IP.",
    examples: ["ACR myregistry.azurecr.io rejected token exchange: ACR token exchange endpoint returned error status: 403. body:"],
    source: "Azure/aks-canipull main.go",
  },
  {
    id: "aks-canipull-dns-failed",
    pattern: String.raw`Checking host name resolution \([^)]{1,253}\): FAILED`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.7 },
      { causeId: "private-dns-zone-not-linked", weight: 0.6 },
    ],
    why: "The cluster's nodes could not resolve the registry name.",
    tellApart:
      "Does the registry have a private endpoint? Then the privatelink.azurecr.io zone must be linked to the cluster's VNet; otherwise check the name.",
    examples: ["Checking host name resolution (myregistry.azurecr.io): FAILED"],
    source: "Azure/aks-canipull main.go",
  },

  // ── DNS ───────────────────────────────────────────────────────────────────────────────────
  {
    id: "acr-suffix-typo",
    pattern: String.raw`[a-z0-9-]{1,63}\.azureacr\.(?:io|cn|us)\b`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.92 },
      { causeId: "registry-name-wrong-form", weight: 0.55 },
    ],
    why: "The registry suffix is misspelled, so the name does not exist: it is azurecr.io (no 'a' after 'azure').",
    tellApart: "Fix the image reference in the pod spec, compose file or command; `nslookup <name>.azurecr.io` should then answer.",
    supersedes: ["go-no-such-host", "dial-tcp-lookup", "containerd-ref-not-found"],
    examples: ["dial tcp: lookup myregistry.azureacr.io on 10.0.0.10:53: no such host"],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md (azureacr.io)",
  },
  {
    id: "go-no-such-host",
    pattern: String.raw`${LOOKUP}: no such host`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.9 },
      { causeId: "registry-name-wrong-form", weight: 0.5 },
      { causeId: "private-dns-zone-not-linked", weight: 0.45 },
    ],
    why: "The registry's host name does not resolve (NXDOMAIN or no address).",
    tellApart:
      "`nslookup <host>` on the same machine and from outside: no answer anywhere → the name is wrong (typo, wrong cloud suffix azurecr.io/.cn/.us) or the registry was deleted; answers elsewhere but not here → this network's DNS (a private DNS zone without the record or link).",
    supersedes: ["dial-tcp-lookup"],
    examples: [
      "dial tcp: lookup myregistry.azurecr.io on 127.0.0.53:53: no such host",
      "dial tcp: lookup myregistry.azurecr.io: no such host",
    ],
    source: "golang/go net (dnsclient_unix.go); registry-probing.md §3 row 1",
  },
  {
    id: "go-server-misbehaving",
    pattern: String.raw`${LOOKUP}: server misbehaving`,
    causes: [
      { causeId: "dns-resolver-failed", weight: 0.9 },
      { causeId: "dns-name-not-found", weight: 0.4 },
    ],
    why: "The DNS server failed to answer (SERVFAIL or a malformed reply), so the name could not be resolved.",
    tellApart:
      "`nslookup <host> 8.8.8.8` (or another resolver): answers there → this machine's DNS server or forwarder is failing; fails everywhere → the name.",
    supersedes: ["dial-tcp-lookup"],
    examples: ["dial tcp: lookup myregistry.azurecr.io on 10.0.0.10:53: server misbehaving"],
    source: "golang/go net; docker/for-linux#751",
  },
  {
    id: "go-dns-timeout",
    pattern: String.raw`${LOOKUP}: (?:read udp [^\s]{1,120}?: )?i/o timeout|dial udp [^\s]{1,60}?:53: (?:i/o timeout|connect: network is unreachable|connect: connection refused)`,
    causes: [{ causeId: "dns-resolver-failed", weight: 0.9 }],
    why: "The DNS server did not answer in time, so the name could not be resolved.",
    supersedes: ["dial-tcp-lookup", "dial-tcp-timeout"],
    examples: ["dial tcp: lookup myregistry.azurecr.io on 10.0.0.10:53: read udp 10.0.0.4:41234->10.0.0.10:53: i/o timeout"],
    source: "golang/go net",
  },
  {
    id: "dial-tcp-lookup",
    pattern: String.raw`dial tcp: lookup [^\s:]{1,253}`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.8 },
      { causeId: "dns-resolver-failed", weight: 0.6 },
    ],
    why: "Resolving the registry's host name failed before any connection was made.",
    tellApart:
      "The words after the name say which: 'no such host' → the name does not exist; 'server misbehaving' or 'i/o timeout' → the DNS server. `nslookup <host>` shows it.",
    examples: ["dial tcp: lookup myregistry.azurecr.io"],
    source: "seed 002 symptoms",
  },
  {
    id: "name-not-known",
    pattern: String.raw`Name or service not known|nodename nor servname provided, or not known|\[Errno 11001\] getaddrinfo failed|No such host is known|getaddrinfo ENOTFOUND|(?:curl: \(6\) )?Could not resolve host:? ?[^\s]{0,253}|can't find [^\s]{1,253}: NXDOMAIN|\bNXDOMAIN\b|Non-existent domain`,
    causes: [
      { causeId: "dns-name-not-found", weight: 0.86 },
      { causeId: "dns-resolver-failed", weight: 0.5 },
    ],
    why: "The host name could not be resolved to an address.",
    tellApart:
      "`nslookup <host>` here and against another resolver: NXDOMAIN everywhere → the name; a timeout or SERVFAIL → the DNS server.",
    examples: ["curl: (6) Could not resolve host: myregistry.azurecr.io", "** server can't find myregistry.azurecr.io: NXDOMAIN"],
    source: "curl error 6; glibc/macOS/Windows resolver messages; nslookup",
  },
  {
    id: "dns-temporary-failure",
    pattern: String.raw`Temporary failure in name resolution|\[Errno -3\]|getaddrinfo EAI_AGAIN|\bSERVFAIL\b|connection timed out; no servers could be reached|Resolving timed out after \d{1,9} milliseconds`,
    causes: [
      { causeId: "dns-resolver-failed", weight: 0.88 },
      { causeId: "dns-name-not-found", weight: 0.45 },
    ],
    why: "The DNS server could not be asked or did not answer.",
    tellApart:
      "`cat /etc/resolv.conf` (or `ipconfig /all`) and `nslookup <host> <that server>`: no answer → the resolver or the network path to it.",
    examples: [
      "Failed to establish a new connection: [Errno -3] Temporary failure in name resolution",
      ";; connection timed out; no servers could be reached",
    ],
    source: "glibc; nslookup/dig; curl error 28",
  },
  {
    id: "proxy-name-not-resolved",
    pattern: String.raw`Could not resolve proxy:? ?[^\s]{0,253}`,
    causes: [{ causeId: "proxy-unreachable", weight: 0.92 }],
    why: "The proxy's own host name does not resolve.",
    supersedes: ["name-not-known"],
    examples: ["curl: (5) Could not resolve proxy: proxy.corp.example"],
    source: "curl error 5",
  },

  // ── Connections and timeouts ──────────────────────────────────────────────────────────────
  {
    id: "client-timeout-awaiting-headers",
    pattern: String.raw`(?:net/http: request canceled(?: while waiting for connection)? |context deadline exceeded )?\(?Client\.Timeout exceeded while awaiting headers\)?`,
    causes: [
      { causeId: "network-timeout", weight: 0.9 },
      { causeId: "docker-proxy-not-configured", weight: 0.62 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.55 },
    ],
    why: "The connection to the registry was made or attempted but no answer came within the client's limit (Docker waits 15 s).",
    tellApart:
      "Must this machine use a proxy? The Docker daemon does not read your shell's HTTPS_PROXY: set it for the daemon (daemon.json 'proxies' or a systemd drop-in) and restart Docker. Without a proxy, `curl -v https://<registry>/v2/` from the same host shows whether a firewall drops the connection.",
    supersedes: ["context-deadline-exceeded"],
    examples: [
      'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      "Client.Timeout exceeded while awaiting headers",
    ],
    source: "seed 002 symptoms; golang/go net/http; moby registry auth (15 s)",
  },
  {
    id: "client-timeout-reading-body",
    pattern: String.raw`Client\.Timeout or context cancellation while reading body`,
    causes: [
      { causeId: "network-timeout", weight: 0.7 },
      { causeId: "data-endpoint-unreachable", weight: 0.6 },
    ],
    why: "A download started but stalled before it finished.",
    tellApart:
      "Did it stall on a layer (a blob or data host) or on the registry itself? `az acr show-endpoints -n <registry>` lists the data hosts the firewall must allow.",
    examples: ["net/http: request canceled (Client.Timeout or context cancellation while reading body)"],
    source: "golang/go net/http",
  },
  {
    id: "context-deadline-exceeded",
    pattern: String.raw`context deadline exceeded`,
    causes: [
      { causeId: "network-timeout", weight: 0.8 },
      { causeId: "dns-resolver-failed", weight: 0.62 },
      { causeId: "docker-proxy-not-configured", weight: 0.5 },
    ],
    why: "The request ran out of time before the registry answered.",
    tellApart:
      "`nslookup <registry>` on the same machine (Microsoft's support article names an unresolvable name as the usual cause on ACR); if it resolves, `curl -v https://<registry>/v2/` shows where it stalls.",
    examples: ['Error response from daemon: Get "https://myregistry.azurecr.io/v2/": context deadline exceeded'],
    source: "MicrosoftDocs SupportArticles context-deadline-exceeded.md",
  },
  {
    id: "tls-handshake-timeout",
    pattern: String.raw`(?:net/http: )?TLS handshake timeout`,
    causes: [
      { causeId: "network-timeout", weight: 0.85 },
      { causeId: "nsg-or-firewall-blocks-outbound", weight: 0.6 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.55 },
    ],
    why: "TCP connected but the TLS handshake never completed: something in the path holds or drops it.",
    tellApart:
      "Microsoft's AKS guidance: a network virtual appliance or firewall stalling TLS — check its rules and routes for *.azurecr.io and the data endpoints; `curl -v https://<registry>/v2/` from the node shows the hang.",
    examples: ['failed to do request: Head "https://test.azurecr.io/v2/test-api/manifests/v1.1.3": net/http: TLS handshake timeout'],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md (cause 7)",
  },
  {
    id: "private-ip-timeout",
    pattern: String.raw`dial tcp ${PRIVATE_IP}:\d{1,5}: ${TIMED_OUT}`,
    causes: [
      { causeId: "private-endpoint-no-route", weight: 0.9 },
      { causeId: "nsg-or-firewall-blocks-outbound", weight: 0.6 },
      { causeId: "network-timeout", weight: 0.55 },
      { causeId: "dns-private-address", weight: 0.4 },
    ],
    why: "The registry resolved to a private address (a private endpoint) and this machine could not reach it.",
    tellApart:
      "From this machine `nc -vz <ip> 443` (or `Test-NetConnection <ip> -Port 443`): no answer → missing VNet peering or route, or an NSG/firewall in between; from inside the endpoint's own VNet it should answer.",
    supersedes: ["dial-tcp-timeout", "no-route-to-host"],
    examples: [
      'failed to do request: Head "https://myacr.azurecr.io/v2/app/manifests/v1": dial tcp 10.1.2.4:443: i/o timeout',
      'Error response from daemon: Get "https://fabrikamprod.azurecr.io/v2/": dial tcp 10.60.2.9:443: connectex: A socket operation was attempted to an unreachable host.',
    ],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md (cause 4)",
  },
  {
    id: "host-not-reachable",
    pattern: String.raw`host is not reachable`,
    causes: [
      { causeId: "private-endpoint-no-route", weight: 0.85 },
      { causeId: "nsg-or-firewall-blocks-outbound", weight: 0.55 },
    ],
    why: "The registry's address (with a private endpoint, a private one) cannot be reached from here.",
    tellApart:
      "`nslookup <registry>.azurecr.io` then `nc -vz <address> 443`: a private address without an answer → peering/route or NSG; a public address → the private DNS zone is not used here.",
    examples: ["host is not reachable"],
    source: "seed 002 symptoms",
  },
  {
    id: "dial-tcp-timeout",
    pattern: String.raw`dial tcp ${ADDR}:\d{1,5}: (?:i/o timeout|connect: connection timed out|connectex: A connection attempt failed because the connected party did not properly respond)`,
    causes: [
      { causeId: "network-timeout", weight: 0.9 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.65 },
      { causeId: "nsg-or-firewall-blocks-outbound", weight: 0.6 },
      { causeId: "docker-proxy-not-configured", weight: 0.55 },
    ],
    why: "Connecting to the registry's address timed out: packets are dropped on the way.",
    tellApart:
      "Is there a proxy this machine must use? Then the Docker daemon or containerd needs it in its own settings. Without one: `curl -v --connect-timeout 10 https://<host>/v2/` — a hang means a firewall or NSG drops it; allow *.azurecr.io and the data endpoints.",
    examples: ['Get "https://myregistry.azurecr.io/v2/": dial tcp 20.62.128.1:443: i/o timeout'],
    source: "registry-probing.md §3 row 6",
  },
  {
    id: "python-connect-timeout",
    pattern: String.raw`ConnectTimeoutError|Connection to [^\s]{1,260} timed out\. \(connect timeout=`,
    causes: [
      { causeId: "network-timeout", weight: 0.85 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.6 },
    ],
    why: "The Azure CLI (Python) could not connect within its time limit.",
    tellApart:
      "`curl -v --connect-timeout 10 https://<registry>/v2/` from the same machine; if the machine needs a proxy, set HTTPS_PROXY for az.",
    examples: [
      "(Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to myregistry.azurecr.io timed out. (connect timeout=None)'))",
    ],
    source: "urllib3 (Azure CLI)",
  },
  {
    id: "curl-connect-timeout",
    pattern: String.raw`curl: \(28\) (?:Connection timed out|Operation timed out|Failed to connect)|Connection timed out after \d{1,9} milliseconds|Operation timed out after \d{1,9} milliseconds|Failed to connect to .{1,300}? port \d{1,5}(?: after \d{1,9} ms)?: (?:Timed out|Connection timed out|Operation timed out)`,
    causes: [
      { causeId: "network-timeout", weight: 0.88 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.55 },
    ],
    why: "curl's connection (or the whole request) ran out of time.",
    tellApart: "Does this network need a proxy (`curl -v -x http://proxy:port …`)? Without one, a firewall is dropping the traffic.",
    examples: [
      "curl: (28) Connection timed out after 10001 milliseconds",
      "curl: (28) Failed to connect to myregistry.azurecr.io port 443 after 130000 ms: Timed out",
    ],
    source: "curl error 28",
  },
  {
    id: "connection-refused",
    pattern: String.raw`dial tcp ${ADDR}:\d{1,5}: (?:connect: connection refused|connectex: No connection could be made because the target machine actively refused it)|Failed to connect to .{1,300}? port \d{1,5}(?: after \d{1,9} ms)?: (?:Connection refused|Couldn't connect to server)|\[Errno 111\] Connection refused|\bECONNREFUSED\b`,
    causes: [
      { causeId: "network-connection-refused", weight: 0.88 },
      { causeId: "proxy-unreachable", weight: 0.45 },
    ],
    why: "The address answered but nothing listens on that port.",
    tellApart:
      "Whose address refused? Your proxy's → the proxy is down or on another port; the registry's → check the port (443, or the one in the image name) and that the registry runs.",
    examples: [
      'Get "https://myregistry.example:5000/v2/": dial tcp 192.0.2.10:5000: connect: connection refused',
      "curl: (7) Failed to connect to myregistry.example port 443 after 3 ms: Connection refused",
    ],
    source: "golang/go net; curl error 7; moby#11201",
  },
  {
    id: "curl-couldnt-connect",
    role: "wrapper",
    pattern: String.raw`curl: \(7\) (?:Failed to connect|Couldn't connect to server)`,
    causes: [
      { causeId: "network-connection-refused", weight: 0.6 },
      { causeId: "network-timeout", weight: 0.55 },
      { causeId: "proxy-unreachable", weight: 0.5 },
    ],
    why: "curl could not connect; the reason follows on the same line.",
    tellApart:
      "'Connection refused' → nothing listens there; 'Timed out' or 'No route to host' → a firewall or route; if the host named is your proxy, the proxy is the problem.",
    examples: ["curl: (7) Failed to connect to proxy.corp port 8080"],
    source: "curl error 7",
  },
  {
    id: "no-route-to-host",
    pattern: String.raw`connect: no route to host|No route to host|connect: network is unreachable|Network is unreachable|\bEHOSTUNREACH\b|\bENETUNREACH\b|A socket operation was attempted to an unreachable (?:host|network)`,
    causes: [
      { causeId: "nsg-or-firewall-blocks-outbound", weight: 0.7 },
      { causeId: "network-timeout", weight: 0.6 },
      { causeId: "private-endpoint-no-route", weight: 0.55 },
    ],
    why: "The network says there is no way to that address (a firewall reject, a missing route, or IPv6 without a route).",
    tellApart:
      "Is the address private (10.x, 172.16–31.x, 192.168.x)? Then the route or peering to the private endpoint; a public address → outbound rules (NSG, Azure Firewall) on this network.",
    examples: [
      "dial tcp 203.0.113.9:443: connect: no route to host",
      "dial tcp [2603:1030::5]:443: connect: network is unreachable",
      'Get "https://r.example/v2/": dial tcp 203.0.113.9:443: connectex: A socket operation was attempted to an unreachable host.',
    ],
    source: "golang/go net; Linux errno",
  },
  {
    id: "connection-reset",
    pattern: String.raw`(?:read|write|connect)?:? ?connection reset by peer|Recv failure: Connection reset by peer|\bECONNRESET\b|An existing connection was forcibly closed by the remote host`,
    causes: [
      { causeId: "client-firewall-blocks-endpoints", weight: 0.7 },
      { causeId: "proxy-refused", weight: 0.62 },
      { causeId: "tls-handshake-failed", weight: 0.5 },
    ],
    why: "The other end (or something in between) cut the connection.",
    tellApart:
      "A reset right after connecting is usually a firewall or a TLS-inspecting proxy refusing the host: `curl -v https://<host>/v2/` shows whether it resets during the TLS handshake; compare with the proxy set and unset.",
    examples: ['Get "https://myregistry.azurecr.io/v2/": read tcp 10.0.0.4:51234->20.1.2.3:443: read: connection reset by peer'],
    source: "golang/go net; curl error 56; Windows WSAECONNRESET",
  },
  {
    id: "get-eof",
    pattern: String.raw`(?:Get|Head|Post|GET|HEAD|POST) ${URL}: EOF\b`,
    causes: [
      { causeId: "proxy-refused", weight: 0.7 },
      { causeId: "docker-proxy-not-configured", weight: 0.6 },
      { causeId: "tls-handshake-failed", weight: 0.55 },
    ],
    why: "The connection closed without any answer, which is what a proxy or firewall cutting the tunnel looks like.",
    tellApart:
      "Compare `curl -v https://<registry>/v2/` with and without the proxy; `docker info | grep -i proxy` shows what the daemon uses (it does not read your shell's HTTPS_PROXY).",
    examples: ['Error response from daemon: Get "https://registry-1.docker.io/v2/": EOF'],
    source: "docker/for-win#4692; registry-probing.md §3 row 13",
  },

  // ── Proxies ──────────────────────────────────────────────────────────────────────────────
  {
    id: "proxyconnect-eof",
    pattern: String.raw`proxyconnect tcp: EOF`,
    causes: [
      { causeId: "proxy-refused", weight: 0.9 },
      { causeId: "docker-proxy-not-configured", weight: 0.6 },
    ],
    why: "The proxy accepted the connection and then closed the tunnel without answering.",
    tellApart:
      "Does the proxy allow CONNECT to <registry>:443 (and the data endpoints), and does it need a login? `curl -v -x http://proxy:port https://<registry>/v2/` shows its answer; is the proxy URL http:// (not https://)?",
    supersedes: ["get-eof", "proxyconnect-wrapper"],
    examples: ["Error response from daemon: Get <registry>: proxyconnect tcp: EOF Login failed"],
    source: "seed 002 symptoms; golang/go net/http transport.go",
  },
  {
    id: "proxyconnect-refused",
    pattern: String.raw`proxyconnect tcp: dial tcp ${ADDR}: connect: connection refused`,
    causes: [{ causeId: "proxy-unreachable", weight: 0.92 }],
    why: "The configured proxy's address refused the connection: wrong host or port, or the proxy is down.",
    supersedes: ["connection-refused", "proxyconnect-wrapper"],
    examples: ['Get "https://myregistry.azurecr.io/v2/": proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused'],
    source: "golang/go net/http transport.go",
  },
  {
    id: "proxyconnect-dns",
    pattern: String.raw`proxyconnect tcp: dial tcp: lookup [^\s]{1,253}`,
    causes: [{ causeId: "proxy-unreachable", weight: 0.9 }],
    why: "The configured proxy's host name does not resolve.",
    supersedes: ["go-no-such-host", "go-server-misbehaving", "go-dns-timeout", "dial-tcp-lookup", "proxyconnect-wrapper"],
    examples: [
      'Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp: lookup proxy.corp on 127.0.0.11:53: server misbehaving',
    ],
    source: "golang/go net/http; docker/for-linux#751",
  },
  {
    id: "proxyconnect-timeout",
    pattern: String.raw`proxyconnect tcp: dial tcp ${ADDR}: ${TIMED_OUT}`,
    causes: [{ causeId: "proxy-unreachable", weight: 0.9 }],
    why: "The configured proxy did not answer: wrong address, or the proxy is only reachable from another network.",
    supersedes: ["dial-tcp-timeout", "private-ip-timeout", "no-route-to-host", "proxyconnect-wrapper"],
    examples: ['Get "https://myregistry.azurecr.io/v2/": proxyconnect tcp: dial tcp 10.0.0.5:8080: i/o timeout'],
    source: "golang/go net/http",
  },
  {
    id: "proxyconnect-tls",
    pattern: String.raw`proxyconnect tcp: tls: (?:first record does not look like a TLS handshake|oversized record received)`,
    causes: [
      { causeId: "docker-proxy-not-configured", weight: 0.85 },
      { causeId: "proxy-unreachable", weight: 0.5 },
    ],
    why: "The proxy URL says https:// but the proxy speaks plain HTTP.",
    tellApart: "Set HTTPS_PROXY=http://proxy:port (http://, even for HTTPS traffic) in the daemon's proxy settings and restart Docker.",
    supersedes: ["tls-plain-http", "proxyconnect-wrapper"],
    examples: ['Get "https://registry-1.docker.io/v2/": proxyconnect tcp: tls: first record does not look like a TLS handshake'],
    source: "golang/go net/http",
  },
  {
    id: "proxyconnect-wrapper",
    role: "wrapper",
    pattern: String.raw`proxyconnect tcp:`,
    causes: [
      { causeId: "proxy-unreachable", weight: 0.55 },
      { causeId: "proxy-refused", weight: 0.5 },
    ],
    why: "The failure happened while talking to the configured proxy.",
    tellApart:
      "`curl -v -x <proxy> https://<registry>/v2/`: cannot connect → the proxy is unreachable; an error status or a closed tunnel → the proxy refuses the destination.",
    examples: ["proxyconnect tcp: something unexpected"],
    source: "golang/go net/http",
  },
  {
    id: "proxy-auth-required",
    pattern: String.raw`Proxy Authentication Required|Received HTTP code 407 from proxy|CONNECT tunnel failed, response 407|Tunnel connection failed: 407|\bHTTP/[\d.]{1,3} 407\b|error parsing HTTP 407 response body`,
    causes: [{ causeId: "proxy-auth-required", weight: 0.95 }],
    why: "The proxy wants a login (407) before it opens a tunnel.",
    supersedes: ["curl-recv-wrapper", "html-error-body", "python-proxy-error", "proxyconnect-wrapper", "http-4xx-proxy-connect"],
    examples: ["curl: (56) Received HTTP code 407 from proxy after CONNECT", "< HTTP/1.1 407 Proxy Authentication Required"],
    source: "seed-notes (curl 56 407); golang/go net/http (CONNECT status text); curl",
  },
  {
    id: "proxy-connect-forbidden",
    pattern: String.raw`Received HTTP code 403 from proxy after CONNECT|CONNECT tunnel failed, response 403|Tunnel connection failed: 403`,
    causes: [
      { causeId: "proxy-refused", weight: 0.9 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.5 },
      { causeId: "redhat-hosts-not-allowed", weight: 0.4 },
    ],
    why: "The proxy refused to open a tunnel to that destination.",
    tellApart:
      "Ask for the registry host to be allowed on the proxy — for ACR the login server and its data endpoints; for Red Hat registry.redhat.io, sso.redhat.com and cdn*.quay.io.",
    supersedes: ["curl-recv-wrapper", "python-proxy-error", "http-4xx-proxy-connect"],
    examples: ["curl: (56) Received HTTP code 403 from proxy after CONNECT"],
    source: "curl error 56; seed 004 (proxy allow-list)",
  },
  {
    id: "http-4xx-proxy-connect",
    pattern: String.raw`Received HTTP code \d{3} from proxy after CONNECT|CONNECT tunnel failed, response \d{3}|Tunnel connection failed: \d{3}`,
    causes: [
      { causeId: "proxy-refused", weight: 0.75 },
      { causeId: "proxy-unreachable", weight: 0.5 },
    ],
    why: "The proxy answered the tunnel request with an error status instead of opening it.",
    tellApart:
      "502/503/504 from the proxy → the proxy itself could not reach the destination (its DNS or upstream firewall); other codes → the proxy's policy.",
    examples: ["curl: (56) Received HTTP code 502 from proxy after CONNECT"],
    source: "curl error 56",
  },
  {
    id: "python-proxy-error",
    pattern: String.raw`ProxyError\(.{0,40}?(?:Cannot connect to proxy|Unable to connect to proxy)`,
    causes: [{ causeId: "proxy-unreachable", weight: 0.85 }],
    why: "The Azure CLI could not connect to the proxy in HTTPS_PROXY.",
    examples: [
      "(Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('...: Failed to establish a new connection: [Errno 111] Connection refused')))",
    ],
    source: "urllib3 (Azure CLI)",
  },
  {
    id: "go-connect-status-text",
    pattern: String.raw`(?:Get|Head|Post|GET|HEAD|POST) ${URL}: (?:Forbidden|Bad Gateway|Service Unavailable|Gateway Timeout)\b`,
    causes: [
      { causeId: "proxy-refused", weight: 0.8 },
      { causeId: "registry-ip-denied", weight: 0.45 },
    ],
    why: "Go prints a proxy's refusal of the CONNECT tunnel as the bare status text (a registry's own refusal reads 'denied: …' or '403 Forbidden').",
    tellApart:
      "`curl -v -x <proxy> https://<registry>/v2/` shows the proxy's status; without the proxy, a registry refusal would come back as JSON.",
    examples: ['Error response from daemon: Get "https://myregistry.azurecr.io/v2/": Forbidden'],
    source: "golang/go net/http transport.go (CONNECT status text)",
  },

  // ── TLS and certificates ─────────────────────────────────────────────────────────────────
  {
    id: "x509-unknown-authority",
    pattern: String.raw`x509: certificate signed by unknown authority|x509: .{1,260}? certificate is not trusted|SEC_E_UNTRUSTED_ROOT|certificate chain was issued by an authority that is not trusted|CERTIFICATE_VERIFY_FAILED\] certificate verify failed: unable to get local issuer`,
    causes: [
      { causeId: "tls-untrusted-certificate", weight: 0.9 },
      { causeId: "tls-incomplete-chain", weight: 0.55 },
    ],
    why: "The server's certificate chain does not lead to a CA this machine trusts.",
    tellApart:
      "`openssl s_client -connect <host>:443 -servername <host> -showcerts`: an issuer that is your company or a security product → TLS inspection, add its CA (for Docker: /etc/docker/certs.d/<host>/ca.crt) or exempt the registry; a public CA but only one certificate sent → the server omits its intermediate.",
    supersedes: ["openssl-local-issuer", "x509-wrapper"],
    examples: ['Get "https://myregistry.azurecr.io/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority'],
    source: "golang/go crypto/x509 verify.go; moby#36820",
  },
  {
    id: "openssl-self-signed",
    pattern: String.raw`self[- ]signed certificate(?: in certificate chain)?`,
    causes: [{ causeId: "tls-untrusted-certificate", weight: 0.92 }],
    why: "A self-signed certificate (a private registry, or a TLS-inspecting proxy's own CA) is not trusted here.",
    examples: ["curl: (60) SSL certificate problem: self-signed certificate in certificate chain"],
    source: "OpenSSL verify messages (curl, Python, git)",
  },
  {
    id: "openssl-local-issuer",
    pattern: String.raw`unable to get local issuer certificate`,
    causes: [
      { causeId: "tls-untrusted-certificate", weight: 0.85 },
      { causeId: "tls-incomplete-chain", weight: 0.7 },
    ],
    why: "The certificate's issuer is not in this machine's trust store.",
    tellApart:
      "`openssl s_client -showcerts -connect <host>:443 -servername <host>`: a company or security-product issuer → TLS inspection (install its CA); a public CA with only the leaf sent → the server's chain is incomplete.",
    examples: ["curl: (60) SSL certificate problem: unable to get local issuer certificate"],
    source: "OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  },
  {
    id: "openssl-incomplete-chain",
    pattern: String.raw`unable to verify the first certificate|unable to get issuer certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE`,
    causes: [
      { causeId: "tls-incomplete-chain", weight: 0.85 },
      { causeId: "tls-untrusted-certificate", weight: 0.6 },
    ],
    why: "The server sent its certificate without the intermediate certificate(s) needed to verify it.",
    tellApart:
      "`openssl s_client -showcerts …` lists one certificate where there should be two or more → fix the server's chain; a company issuer → TLS inspection instead.",
    examples: ["curl: (60) SSL certificate problem: unable to verify the first certificate"],
    source: "OpenSSL verify messages",
  },
  {
    id: "x509-expired",
    pattern: String.raw`x509: certificate has expired or is not yet valid: current time [^\s]{1,40} is after [^\s]{1,40}`,
    causes: [
      { causeId: "tls-certificate-expired", weight: 0.95 },
      { causeId: "clock-skew", weight: 0.4 },
    ],
    why: "The server's certificate validity ended before this machine's current time.",
    tellApart: "Compare `date -u` here with the real time: a clock far ahead makes a valid certificate look expired.",
    supersedes: ["certificate-expired", "x509-wrapper"],
    examples: ["x509: certificate has expired or is not yet valid: current time 2025-03-01T10:00:00Z is after 2025-02-28T23:59:59Z"],
    source: "golang/go crypto/x509 verify.go",
  },
  {
    id: "x509-not-yet-valid",
    pattern: String.raw`x509: certificate has expired or is not yet valid: current time [^\s]{1,40} is before [^\s]{1,40}|certificate is not yet valid`,
    causes: [
      { causeId: "clock-skew", weight: 0.92 },
      { causeId: "tls-certificate-expired", weight: 0.4 },
    ],
    why: "This machine's clock is earlier than the certificate's start date: the clock is wrong.",
    tellApart: "`date -u` against the real time; fix NTP (`timedatectl`, `w32tm /resync`).",
    supersedes: ["certificate-expired", "x509-wrapper"],
    examples: ["x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:00Z is before 2024-06-01T00:00:00Z"],
    source: "golang/go crypto/x509 verify.go; registry-probing.md §3 row 17",
  },
  {
    id: "certificate-expired",
    pattern: String.raw`x509: certificate has expired or is not yet valid|certificate has expired|CERT_HAS_EXPIRED|SEC_E_CERT_EXPIRED`,
    causes: [
      { causeId: "tls-certificate-expired", weight: 0.88 },
      { causeId: "clock-skew", weight: 0.55 },
    ],
    why: "The certificate is outside its validity period as this machine's clock sees it.",
    tellApart:
      "`date -u` here: a wrong clock → clock skew; a right clock → the server's certificate expired (`openssl s_client … | openssl x509 -noout -dates`).",
    examples: ["curl: (60) SSL certificate problem: certificate has expired"],
    source: "golang/go crypto/x509; OpenSSL",
  },
  {
    id: "x509-privatelink-name",
    pattern: String.raw`x509: certificate is valid for .{1,600}?, not [^\s]{1,253}\.privatelink\.azurecr\.(?:io|cn|us)`,
    causes: [
      { causeId: "tls-hostname-mismatch", weight: 0.92 },
      { causeId: "registry-name-wrong-form", weight: 0.7 },
    ],
    why: "The client used the private-link name (…privatelink.azurecr.io); the registry's certificate is for *.azurecr.io.",
    tellApart: "Keep using <registry>.azurecr.io in image names and logins; only DNS should send it to the private endpoint.",
    supersedes: ["x509-hostname-mismatch", "x509-wrapper"],
    examples: ["x509: certificate is valid for *.azurecr.io, azurecr.io, not myregistry.privatelink.azurecr.io"],
    source: "Azure/acr#425",
  },
  {
    id: "x509-hostname-mismatch",
    pattern: String.raw`x509: certificate is valid for .{1,600}?, not [^\s]{1,253}|x509: certificate is not valid for any names, but wanted to match [^\s]{1,253}|x509: cannot validate certificate for [^\s]{1,60} because it doesn't contain any IP SANs|x509: certificate relies on legacy Common Name field|no alternative certificate subject name matches target host name|certificate subject name .{1,200}? does not match target host name|Hostname mismatch, certificate is not valid for`,
    causes: [{ causeId: "tls-hostname-mismatch", weight: 0.92 }],
    why: "The certificate is valid, but for another name than the one the client connected to.",
    supersedes: ["x509-wrapper"],
    examples: ["x509: certificate is valid for ingress.local, not myregistry.example.com"],
    source: "golang/go crypto/x509 verify.go; curl error 60",
  },
  {
    id: "tls-server-gave-http",
    pattern: String.raw`http: server gave HTTP response to HTTPS client`,
    causes: [{ causeId: "tls-handshake-failed", weight: 0.92 }],
    why: "The registry answers plain HTTP on the port the client reached with HTTPS.",
    examples: ['Get "https://myregistry.local:5000/v2/": http: server gave HTTP response to HTTPS client'],
    source: "golang/go net/http (ErrSchemeMismatch); containers/buildah troubleshooting",
  },
  {
    id: "tls-plain-http",
    pattern: String.raw`tls: first record does not look like a TLS handshake|wrong version number|tls: oversized record received|packet length too long`,
    causes: [
      { causeId: "tls-handshake-failed", weight: 0.88 },
      { causeId: "docker-proxy-not-configured", weight: 0.45 },
    ],
    why: "The other end does not speak TLS: a plain-HTTP server, or a proxy URL written https:// that should be http://.",
    tellApart:
      "Was this against your proxy (HTTPS_PROXY=https://…)? Use http:// for the proxy. Against the registry: it serves plain HTTP — use https on it, or list it in insecure-registries only if that is intended.",
    examples: ["tls: first record does not look like a TLS handshake", "curl: (35) error:0A00010B:SSL routines::wrong version number"],
    source: "golang/go crypto/tls; OpenSSL",
  },
  {
    id: "tls-handshake-failure",
    pattern: String.raw`(?:remote error: )?tls: handshake failure|SSL_ERROR_SYSCALL|sslv3 alert handshake failure|tls: no supported versions|tls: protocol version not supported|tls: server selected unsupported protocol version|SEC_E_ILLEGAL_MESSAGE|Unknown SSL protocol error|unexpected eof while reading`,
    causes: [
      { causeId: "tls-handshake-failed", weight: 0.85 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.5 },
    ],
    why: "The TLS handshake failed before any certificate was checked.",
    tellApart:
      "A middlebox ending the handshake looks like a server with no common protocol: `openssl s_client -connect <host>:443 -servername <host>` from here and from a network without the firewall.",
    examples: [
      "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to myregistry.azurecr.io:443",
      "remote error: tls: handshake failure",
    ],
    source: "golang/go crypto/tls; OpenSSL; curl error 35",
  },
  {
    id: "schannel-revocation-check",
    pattern: String.raw`CRYPT_E_NO_REVOCATION_CHECK|CRYPT_E_REVOCATION_OFFLINE|revocation function was unable to check revocation`,
    causes: [
      { causeId: "client-firewall-blocks-endpoints", weight: 0.65 },
      { causeId: "tls-handshake-failed", weight: 0.6 },
    ],
    why: "Windows could not reach the certificate's revocation servers (CRL/OCSP), so it refused the connection.",
    tellApart: "Is outbound HTTP to the CAs' CRL/OCSP hosts blocked? Allow them, or (curl only) `--ssl-no-revoke` to confirm.",
    supersedes: ["tls-handshake-failure"],
    examples: [
      "curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.",
    ],
    source: "curl schannel; Windows CryptoAPI",
  },
  {
    id: "tls-access-denied",
    pattern: String.raw`remote error: tls: access denied`,
    causes: [
      { causeId: "client-firewall-blocks-endpoints", weight: 0.7 },
      { causeId: "data-endpoint-unreachable", weight: 0.6 },
    ],
    why: "A TLS-filtering device refused the connection during the handshake.",
    tellApart:
      "Which host? The registry itself → a TLS-filtering firewall; a blob/data/CDN host after /v2/ worked → that host is filtered (allow the data endpoints).",
    examples: ['Get "https://mcr.microsoft.com/v2/": remote error: tls: access denied'],
    source: "microsoft/containerregistry#19",
  },
  {
    id: "x509-wrapper",
    role: "wrapper",
    pattern: String.raw`\bx509: |curl: \(60\)|CERTIFICATE_VERIFY_FAILED`,
    causes: [
      { causeId: "tls-untrusted-certificate", weight: 0.55 },
      { causeId: "tls-hostname-mismatch", weight: 0.45 },
    ],
    why: "A certificate check failed; the words after it say which.",
    tellApart: "'unknown authority'/'not trusted' → trust; 'valid for … not …' → name; 'expired' → dates (and this machine's clock).",
    examples: ["x509: something else"],
    source: "golang/go crypto/x509; curl error 60",
  },
  {
    id: "curl-tls-wrapper",
    role: "wrapper",
    pattern: String.raw`curl: \(35\)`,
    causes: [
      { causeId: "tls-handshake-failed", weight: 0.75 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.5 },
    ],
    why: "curl could not complete the TLS connection; the words after it say why.",
    tellApart: "'wrong version number' → not TLS at the other end; 'SSL_ERROR_SYSCALL' or a reset → something in between closed it.",
    examples: ["curl: (35) something"],
    source: "curl error 35",
  },
  {
    id: "curl-empty-reply",
    pattern: String.raw`Empty reply from server`,
    causes: [
      { causeId: "proxy-refused", weight: 0.6 },
      { causeId: "tls-handshake-failed", weight: 0.55 },
      { causeId: "not-a-registry", weight: 0.5 },
    ],
    why: "The server closed the connection without sending anything back.",
    tellApart:
      "Are you sending http:// to an https port (or the reverse)? Try `curl -v https://<host>/v2/`; through a proxy, `curl -v -x <proxy> …` shows whether the proxy closes it.",
    examples: ["curl: (52) Empty reply from server"],
    source: "curl error 52",
  },
  {
    id: "curl-recv-wrapper",
    role: "wrapper",
    pattern: String.raw`curl: \(56\)`,
    causes: [
      { causeId: "proxy-refused", weight: 0.6 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.55 },
    ],
    why: "curl's connection failed while receiving; the words after it say why.",
    tellApart:
      "'407 from proxy' → the proxy wants a login; '403 from proxy' → the proxy refuses the host; 'reset by peer' → a firewall or proxy cut it.",
    examples: ["curl: (56) something"],
    source: "curl error 56",
  },

  // ── Registry answers: authentication ──────────────────────────────────────────────────────
  {
    id: "acr-ip-not-allowed",
    pattern: String.raw`client with IP '?[^\s']{0,60}'? is not allowed access`,
    causes: [{ causeId: "registry-ip-denied", weight: 0.98 }],
    why: "Azure Container Registry's firewall refused this client's public IP address (it names the address it saw).",
    examples: [
      'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \'203.0.113.7\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}',
    ],
    source: "seed 000 error 5; registry-probing.md §3 row 33",
  },
  {
    id: "acr-authentication-required",
    pattern: String.raw`(?:unauthorized: )?(?:\{"errors":\[\{"code":"UNAUTHORIZED","message":")?authentication required, visit https://aka\.ms/acr/authorization`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.85 },
      { causeId: "credentials-expired", weight: 0.72 },
      { causeId: "credentials-required", weight: 0.6 },
      { causeId: "admin-password-regenerated", weight: 0.5 },
      { causeId: "expose-token-wrong-username", weight: 0.45 },
    ],
    why: "Azure Container Registry did not accept the credentials (or got none).",
    tellApart:
      "Did this command send a login? If docker login just failed: a service principal's secret may have expired (`az ad app credential list --id <appId> --query [].endDateTime`), the admin password may have been regenerated, a scope-map token may have expired, and a token from --expose-token needs username 00000000-0000-0000-0000-000000000000. A pull with no login at all → log in first.",
    supersedes: ["unauthorized-authentication-required"],
    examples: [
      'unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}',
    ],
    source: "seed 000 error 3; MicrosoftDocs SupportArticles authentication-required.md",
  },
  {
    id: "docker-login-unauthorized",
    pattern: String.raw`(?:Get|GET) "?https?://[^\s"]{1,300}/v2/"?: unauthorized`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.88 },
      { causeId: "credentials-expired", weight: 0.65 },
      { causeId: "expose-token-wrong-username", weight: 0.5 },
    ],
    why: "docker login's check of /v2/ was refused: the registry did not accept the username and password it was given.",
    tellApart:
      "Check each part: the username (service principal: application ID; token from --expose-token: 00000000-0000-0000-0000-000000000000; admin: the registry name), then whether the password or secret expired or was regenerated.",
    examples: ['Error response from daemon: Get "https://myregistry.azurecr.io/v2/": unauthorized: authentication required'],
    source: "seed 000 error 3; moby/moby daemon/pkg/registry/auth.go",
  },
  {
    id: "unauthorized-authentication-required",
    pattern: String.raw`unauthorized: (?:\{"errors":\[\{"code":"UNAUTHORIZED","message":")?authentication required|"code":"UNAUTHORIZED","message":"authentication required`,
    causes: [
      { causeId: "credentials-required", weight: 0.8 },
      { causeId: "credentials-invalid", weight: 0.7 },
      { causeId: "credential-key-mismatch", weight: 0.55 },
      { causeId: "image-pull-secret-missing", weight: 0.5 },
    ],
    why: "The registry wants credentials for this request and did not get acceptable ones.",
    tellApart:
      "Did this client send a login? `docker login <registry>` first, with exactly the host of the image (same case, no https://, no :443); in Kubernetes check the pod's imagePullSecrets. If it did send one, the credentials were refused.",
    examples: ["unauthorized: authentication required"],
    source: "seed 001 symptoms; distribution errcode (UNAUTHORIZED)",
  },
  {
    id: "dockerhub-incorrect-password",
    pattern: String.raw`(?:unauthorized: )?incorrect username or password`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.92 },
      { causeId: "stale-credentials-block-anonymous", weight: 0.45 },
    ],
    why: "The token service rejected the username and password.",
    supersedes: ["docker-login-unauthorized"],
    tellApart:
      "During docker login → the username (Docker ID, not the e-mail) or password/token is wrong; during a pull of a public image → a stale stored login is sent: `docker logout <registry>`.",
    examples: ['Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password'],
    source: "docker/for-mac#2940; registry-probing.md §3 row 26",
  },
  {
    id: "stale-login-public-pull",
    pattern: String.raw`(?:Head|Get|HEAD|GET) "?https?://[^\s"]{1,2000}/manifests/[^\s"]{1,300}"?: unauthorized: incorrect username or password`,
    causes: [
      { causeId: "stale-credentials-block-anonymous", weight: 0.85 },
      { causeId: "credentials-invalid", weight: 0.7 },
    ],
    why: "A pull sent a stored login that the registry refuses, which also breaks images anyone may pull.",
    tellApart:
      "Is the image public or anonymous-pull? Then `docker logout <registry>` and pull again; otherwise log in again with current credentials.",
    supersedes: ["dockerhub-incorrect-password"],
    examples: [
      'Error response from daemon: Head "https://registry-1.docker.io/v2/library/nginx/manifests/latest": unauthorized: incorrect username or password',
    ],
    source: "firstbatchxyz/dkn-compute-launcher#1; MicrosoftDocs anonymous-pull-access.md",
  },
  {
    id: "containers-image-invalid-password",
    pattern: String.raw`(?:unable to retrieve auth token: )?invalid username/password`,
    causes: [{ causeId: "credentials-invalid", weight: 0.9 }],
    why: "The registry's token service refused the username and password (podman, skopeo, buildah).",
    examples: ['Error: logging into "quay.io": invalid username/password'],
    source: "containers/image docker/errors.go",
  },
  {
    id: "redhat-login-invalid",
    pattern: String.raw`logging into "?registry\.(?:redhat\.io|connect\.redhat\.com)"?: (?:unable to retrieve auth token: )?invalid username/password`,
    causes: [
      { causeId: "redhat-credentials-invalid", weight: 0.92 },
      { causeId: "redhat-token-name-format", weight: 0.6 },
    ],
    why: "registry.redhat.io refused the Customer Portal user or registry service-account token.",
    tellApart:
      "A registry service account's username is '<account number>|<name>' exactly as the token page shows it, and the password is the whole token; a Customer Portal user can test by logging in to access.redhat.com.",
    supersedes: ["containers-image-invalid-password"],
    examples: ['Error: logging into "registry.redhat.io": invalid username/password'],
    source: "seed 004; containers/image",
  },
  {
    id: "redhat-invalid-username-password",
    pattern: String.raw`"code":"UNAUTHORIZED","message":"Invalid username or password"`,
    causes: [
      { causeId: "redhat-credentials-invalid", weight: 0.92 },
      { causeId: "credentials-invalid", weight: 0.8 },
      { causeId: "redhat-token-name-format", weight: 0.6 },
      { causeId: "redhat-secret-mangled", weight: 0.55 },
    ],
    why: "Red Hat's token service (sso.redhat.com / registry.redhat.io) answered 401: the username or password is wrong.",
    tellApart:
      "Log in to the Red Hat Customer Portal with the same user to prove the password; for a registry service account the username is '<account number>|<name>' and the password is the whole token — pasting it into curl's interactive prompt can cut it.",
    supersedes: ["invalid-username-or-password"],
    examples: [
      '{"errors":[{"code":"UNAUTHORIZED","message":"Invalid username or password","detail":[{"type":"repository","name":"rhel","actions":["pull"]}]}]}',
    ],
    source: "seed 004",
  },
  {
    id: "invalid-username-or-password",
    pattern: String.raw`Invalid username or password`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.85 },
      { causeId: "redhat-credentials-invalid", weight: 0.6 },
    ],
    why: "The registry's token service rejected the username and password.",
    tellApart:
      "Is the registry registry.redhat.io? Then see the Red Hat username format ('<account number>|<name>'); otherwise re-check the user and password or token.",
    examples: ["Invalid username or password"],
    source: "Keycloak/Red Hat SSO",
  },
  {
    id: "login-attempt-403",
    pattern: String.raw`login attempt (?:to [^\s]{1,300} )?failed with status: 403(?: Forbidden)?`,
    causes: [
      { causeId: "proxy-refused", weight: 0.82 },
      { causeId: "registry-ip-denied", weight: 0.75 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.5 },
    ],
    why: "docker login reached something that answered GET /v2/ with 403 — an HTTPS proxy or filter refusing the registry, or the registry's own network rules.",
    tellApart:
      "Does this machine go through an HTTPS proxy? `curl -v https://<registry>/v2/` through it: an HTML or proxy page → ask for the registry to be allowed and set the Docker daemon's proxy; a JSON DENIED 'client with IP' → the registry's firewall (`az acr show --query networkRuleSet`).",
    examples: [
      "Error response from daemon: login attempt failed with status: 403 Forbidden",
      "Error response from daemon: login attempt to https://myregistry.azurecr.io/v2/ failed with status: 403 Forbidden",
    ],
    source: "seeds 001 and 002 symptoms; moby/moby daemon/pkg/registry/auth.go",
  },
  {
    id: "login-attempt-401",
    pattern: String.raw`login attempt (?:to [^\s]{1,300} )?failed with status: 401(?: Unauthorized)?`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.88 },
      { causeId: "credentials-expired", weight: 0.6 },
    ],
    why: "docker login's authenticated GET /v2/ was refused: the credentials are not accepted.",
    tellApart: "Check the username form and whether the password, secret or token has expired or been regenerated.",
    examples: ["Error response from daemon: login attempt to https://myregistry.example/v2/ failed with status: 401 Unauthorized"],
    source: "moby/moby daemon/pkg/registry/auth.go",
  },
  {
    id: "login-attempt-other",
    pattern: String.raw`login attempt (?:to [^\s]{1,300} )?failed with status: (?!40[13])\d{3}`,
    causes: [
      { causeId: "not-a-registry", weight: 0.6 },
      { causeId: "registry-server-error", weight: 0.55 },
    ],
    why: "docker login's GET /v2/ got an answer a registry should not give.",
    tellApart:
      "`curl -v https://<host>/v2/`: a 404 or an HTML page → not a registry API at that address; a 5xx → the registry or a proxy in front is failing.",
    examples: ["Error response from daemon: login attempt to https://myhost/v2/ failed with status: 404 Not Found"],
    source: "moby/moby daemon/pkg/registry/auth.go",
  },
  {
    id: "login-key-with-port-443",
    pattern: String.raw`(?:docker|podman|nerdctl) login (?:--?[a-z-]{1,30}(?:[ =][^\s]{1,200})? ){0,4}(?:https?://)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}:443\b|"[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}:443"`,
    causes: [
      { causeId: "credential-key-mismatch", weight: 0.85 },
      { causeId: "credentials-required", weight: 0.5 },
    ],
    why: "The login is stored under '<host>:443', but images are pulled as '<host>', so the client finds no credentials for them.",
    tellApart:
      "`jq '.auths | keys' ~/.docker/config.json` shows the keys; log in again with exactly the host of the image (no :443, no https://, lowercase).",
    examples: [
      "docker login tailwindtraders.azurecr.io:443 -u tailwindtraders --password-stdin",
      "docker login -u ci --password-stdin myreg.azurecr.io:443",
    ],
    source: "research §6 story 1; Azure/acr#359",
  },
  {
    id: "interactive-login-no-tty",
    pattern: String.raw`Cannot perform an interactive login from a non TTY device`,
    causes: [{ causeId: "credentials-required", weight: 0.8 }],
    why: "docker login had no password to use in a script: the variable meant to hold it is empty or the flag is missing.",
    examples: ["Error: Cannot perform an interactive login from a non TTY device"],
    source: "docker/cli login",
  },
  {
    id: "credential-helper-error",
    pattern: String.raw`error (?:getting|storing) credentials - err:|docker-credential-[\w-]{1,40}(?:\.exe)?: executable file not found|credential helper .{0,60}? not found`,
    causes: [
      { causeId: "credentials-required", weight: 0.6 },
      { causeId: "credential-key-mismatch", weight: 0.45 },
    ],
    why: "Docker's credential helper failed, so no stored login is read (or saved) for this registry.",
    tellApart: "Look at `credsStore`/`credHelpers` in ~/.docker/config.json: remove or fix the helper, then `docker login` again.",
    examples: [
      "Error saving credentials: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `The stub received bad data.``",
    ],
    source: "docker/cli credentials; Azure/azure-cli acr/custom.py (wincred retry)",
  },
  {
    id: "no-basic-auth-credentials",
    pattern: String.raw`no basic auth credentials`,
    causes: [
      { causeId: "credentials-required", weight: 0.85 },
      { causeId: "image-pull-secret-missing", weight: 0.65 },
      { causeId: "credential-key-mismatch", weight: 0.6 },
    ],
    why: "The client has no stored login for this registry host, and the registry asks for Basic credentials (typical of ECR).",
    tellApart:
      "Log in with the same host as the image (ECR: `aws ecr get-login-password | docker login --username AWS --password-stdin <acct>.dkr.ecr.<region>.amazonaws.com`); in Kubernetes add the imagePullSecret to the pod or its service account.",
    examples: [
      'Error response from daemon: Get "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/latest": no basic auth credentials',
    ],
    source: "containerd authorizer; distribution client",
  },
  {
    id: "containerd-anonymous-token-401",
    pattern: String.raw`failed to fetch anonymous token: unexpected status(?: from GET request to [^\s]{1,2000}?)?: 401(?: Unauthorized)?`,
    causes: [
      { causeId: "credentials-required", weight: 0.85 },
      { causeId: "aks-acr-not-attached", weight: 0.7 },
      { causeId: "image-pull-secret-missing", weight: 0.68 },
      { causeId: "repository-not-found", weight: 0.6 },
      { causeId: "platform-not-available", weight: 0.4 },
    ],
    why: "containerd found no credential for the registry and its anonymous attempt was refused.",
    tellApart:
      "On AKS: `az aks check-acr -g <rg> -n <cluster> --acr <registry>.azurecr.io` (is AcrPull attached to the kubelet identity?). Elsewhere: does the pod have an imagePullSecret for exactly this host? Microsoft notes that a wrong image name, or an image built for another CPU architecture, gives the same 401.",
    supersedes: ["http-401"],
    examples: [
      "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://myacr.azurecr.io/oauth2/token?scope=repository%3Aapp%3Apull&service=myacr.azurecr.io: 401 Unauthorized",
    ],
    source: "containerd core/remotes/docker/authorizer.go; MicrosoftDocs SupportArticles (AKS cause 1b, 2)",
  },
  {
    id: "containerd-anonymous-token-403",
    pattern: String.raw`failed to fetch anonymous token: unexpected status(?: from GET request to [^\s]{1,2000}?)?: 403(?: Forbidden)?`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.85 },
      { causeId: "private-dns-zone-not-linked", weight: 0.72 },
    ],
    why: "The registry refused the node's anonymous token request with 403: its network rules do not let this network in.",
    tellApart:
      "From a node: `nslookup <registry>.azurecr.io` — a public address while the registry has a private endpoint → link the privatelink.azurecr.io zone to the cluster's VNet; otherwise add the cluster's egress IP to the registry's firewall.",
    supersedes: ["http-403"],
    examples: ["failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden"],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md (cause 3)",
  },
  {
    id: "containerd-oauth-token-401",
    pattern: String.raw`failed to fetch oauth token: unexpected status(?: from (?:GET|POST) request to [^\s]{1,2000}?)?: 401(?: Unauthorized)?`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.8 },
      { causeId: "aks-acr-not-attached", weight: 0.72 },
      { causeId: "acr-role-missing", weight: 0.68 },
      { causeId: "credentials-expired", weight: 0.62 },
    ],
    why: "containerd sent a credential and the registry's token service refused it.",
    tellApart:
      "AKS without an imagePullSecret: the kubelet identity lacks AcrPull (or Container Registry Repository Reader on ABAC registries) — `az aks check-acr`. With a pull secret: decode it (`kubectl get secret <name> -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d`) and check the service principal's secret end date.",
    supersedes: ["http-401"],
    examples: [
      'Failed to pull image "myacr.azurecr.io/app:v1": rpc error: code = Unknown desc = failed to pull and unpack image "myacr.azurecr.io/app:v1": failed to resolve reference "myacr.azurecr.io/app:v1": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    ],
    source: "MicrosoftDocs SupportArticles cannot-pull-image-from-acr-to-aks-cluster.md (cause 1a)",
  },
  {
    id: "containerd-oauth-token-403",
    pattern: String.raw`failed to fetch oauth token: unexpected status(?: from (?:GET|POST) request to [^\s]{1,2000}?)?: 403(?: Forbidden)?`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.8 },
      { causeId: "access-denied", weight: 0.6 },
    ],
    why: "The registry's token service refused the node's credential with 403, usually its network rules.",
    tellApart:
      "Check the registry's network rules against the cluster's egress IP, and whether the private DNS zone is linked; if the network is allowed, the identity lacks pull rights.",
    supersedes: ["http-403"],
    examples: ["failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden"],
    source: "containerd core/remotes/docker/authorizer.go",
  },
  {
    id: "unexpected-status-403",
    pattern: String.raw`unexpected status from (?:HEAD|GET) request to [^\s]{1,2000}?: 403(?: Forbidden)?`,
    causes: [
      { causeId: "access-denied", weight: 0.8 },
      { causeId: "registry-ip-denied", weight: 0.62 },
      { causeId: "proxy-refused", weight: 0.45 },
    ],
    why: "The registry (or something in front of it) refused the manifest request with 403 after authentication.",
    tellApart:
      "Does the identity have pull rights on this repository (ECR: a repository policy for another account; ACR: AcrPull or Container Registry Repository Reader)? A 403 on every request, even /v2/, points to network rules or a proxy instead.",
    supersedes: ["http-403"],
    examples: [
      "unexpected status from HEAD request to https://444455556666.dkr.ecr.eu-west-1.amazonaws.com/v2/shop/cart/manifests/7.1.0: 403 Forbidden",
    ],
    source: "containerd core/remotes/docker/resolver.go",
  },
  {
    id: "aws-access-denied",
    pattern: String.raw`is not authorized to perform: ecr:\w{1,40}|\(AccessDeniedException\)`,
    causes: [{ causeId: "access-denied", weight: 0.88 }],
    why: "AWS refused the ECR action for this identity (an IAM or repository policy does not allow it).",
    examples: [
      "An error occurred (AccessDeniedException) when calling the BatchGetImage operation: User: arn:aws:sts::1:assumed-role/x is not authorized to perform: ecr:BatchGetImage",
    ],
    source: "AWS ECR API errors",
  },
  {
    id: "ghcr-denied-denied",
    pattern: String.raw`denied: denied\b`,
    causes: [
      { causeId: "stale-credentials-block-anonymous", weight: 0.72 },
      { causeId: "access-denied", weight: 0.62 },
      { causeId: "credentials-expired", weight: 0.55 },
    ],
    why: "GitHub Container Registry's terse refusal, typical when a stored, expired or revoked token is sent — even for a public package.",
    tellApart:
      "Is the package public? `docker logout ghcr.io` and pull again; if it is private, log in with a token that has read:packages.",
    examples: ['Error response from daemon: Head "https://ghcr.io/v2/org/app/manifests/1.0": denied: denied'],
    source: "juliusknorr/nextcloud-docker-dev#158; riverqueue/riverui#182",
  },
  {
    id: "oras-token-401-acr",
    pattern: String.raw`oauth2/token\?service=[^\s"]{1,300}"?: response status code 401(?:: unauthorized)?`,
    causes: [
      { causeId: "expose-token-wrong-username", weight: 0.7 },
      { causeId: "credentials-invalid", weight: 0.68 },
    ],
    why: "helm/oras asked ACR's token endpoint for a token and was refused.",
    tellApart:
      "Is the password a token from `az acr login --expose-token`? Then pass `--username 00000000-0000-0000-0000-000000000000`; otherwise the username/password pair is wrong.",
    supersedes: ["oras-401", "unauthorized-authentication-required", "acr-authentication-required"],
    examples: [
      'Error: authenticating to "myacr.azurecr.io": GET "https://myacr.azurecr.io/v2/": GET "https://myacr.azurecr.io/oauth2/token?service=myacr.azurecr.io": response status code 401: unauthorized: authentication required',
    ],
    source: "helm/helm#30883",
  },
  {
    id: "oras-401",
    pattern: String.raw`response status code 401(?:: unauthorized)?`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.75 },
      { causeId: "credentials-required", weight: 0.65 },
    ],
    why: "helm/oras got 401 from the registry.",
    tellApart:
      "Run `helm registry login <registry>` (or `oras login`) first with the registry's host; if it did log in, the credentials were refused.",
    examples: [
      'GET "https://registry-1.docker.io/v2/org/chart/tags/list": response status code 401: unauthorized: authentication required',
    ],
    source: "oras-project/oras#1321",
  },
  {
    id: "helm-invalid-registry-reference",
    pattern: String.raw`invalid reference: invalid registry "?https?://`,
    causes: [{ causeId: "registry-name-wrong-form", weight: 0.85 }],
    why: "helm registry login takes the registry host without https:// (helm 3.18 and later reject the URL form).",
    examples: ['Error: invalid reference: invalid registry "https://us-docker.pkg.dev/"'],
    source: "helm/helm#30873",
  },
  {
    id: "unexpected-status-head-401",
    pattern: String.raw`unexpected status from HEAD request to [^\s]{1,2000}?: 401(?: Unauthorized)?`,
    causes: [
      { causeId: "credentials-required", weight: 0.75 },
      { causeId: "credential-key-mismatch", weight: 0.6 },
      { causeId: "credentials-invalid", weight: 0.55 },
    ],
    why: "A manifest request was refused for lack of acceptable credentials.",
    tellApart:
      "Is there a login stored for exactly this host (`cat ~/.docker/config.json`, `helm registry login`)? A login under another key (a port, https://, different case) is not sent.",
    supersedes: ["http-401"],
    examples: ["Error: unexpected status from HEAD request to https://xxx.azurecr.io/v2/helm/postgres/manifests/0.1.0: 401 Unauthorized"],
    source: "helm/helm#12423",
  },
  {
    id: "redhat-please-login",
    pattern: String.raw`Please login to the Red Hat Registry using your Customer Portal credentials`,
    causes: [
      { causeId: "credentials-required", weight: 0.85 },
      { causeId: "redhat-credentials-invalid", weight: 0.7 },
      { causeId: "redhat-secret-mangled", weight: 0.55 },
      { causeId: "image-pull-secret-missing", weight: 0.5 },
    ],
    why: "registry.redhat.io needs a login and got none it accepts.",
    tellApart:
      "Was a login sent? `podman login registry.redhat.io` (or the OpenShift pull secret / imagePullSecret) first; if it was, the user or token is wrong or was damaged when pasted.",
    supersedes: ["unauthorized-authentication-required"],
    examples: [
      "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication",
    ],
    source: "redhat-actions/buildah-build#66; podman#7780",
  },
  {
    id: "redhat-not-authorized",
    pattern: String.raw`Access to the requested resource is not authorized`,
    causes: [
      { causeId: "credentials-required", weight: 0.8 },
      { causeId: "redhat-credentials-invalid", weight: 0.7 },
    ],
    why: "registry.redhat.io's 401: no accepted credentials for this request.",
    tellApart:
      "`podman login registry.redhat.io` (or check the pull secret); then test the pair with the curl command in Red Hat's KB article.",
    examples: ['{"errors":[{"code":"UNAUTHORIZED","message":"Access to the requested resource is not authorized"}]}'],
    source: "registry-probing.md §4.1 (registry.redhat.io /v2/)",
  },

  // ── Registry answers: permission, existence, limits ───────────────────────────────────────
  {
    id: "docker-pull-access-denied",
    pattern: String.raw`pull access denied for [^\s,]{1,300}, repository does not exist or may require '?docker login'?`,
    causes: [
      { causeId: "repository-not-found", weight: 0.8 },
      { causeId: "credentials-required", weight: 0.78 },
      { causeId: "access-denied", weight: 0.72 },
      { causeId: "credential-key-mismatch", weight: 0.5 },
    ],
    why: "The registry answered 'denied', which it does for a repository that does not exist and for one you may not read, on purpose.",
    tellApart:
      "Check the image name first (the registry's portal, or `docker manifest inspect <image>` once logged in); then `docker login <registry>` with the same host as the image; if you are logged in and it exists, your identity lacks pull rights (AcrPull / Container Registry Repository Reader on ACR).",
    supersedes: ["requested-access-denied"],
    examples: [
      "Error response from daemon: pull access denied for myapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    source: "moby/moby daemon/internal/distribution/errors.go",
  },
  {
    id: "containerd-pull-access-denied",
    pattern: String.raw`pull access denied, repository does not exist or may require authorization`,
    causes: [
      { causeId: "repository-not-found", weight: 0.78 },
      { causeId: "credentials-required", weight: 0.76 },
      { causeId: "access-denied", weight: 0.72 },
      { causeId: "image-pull-secret-missing", weight: 0.55 },
    ],
    why: "containerd got 'insufficient scope': the repository does not exist, or this client may not pull it.",
    tellApart:
      "Check the image name; in Kubernetes check the pod's imagePullSecrets (or the AKS kubelet identity's AcrPull); then the identity's pull rights.",
    supersedes: ["insufficient-scope", "requested-access-denied"],
    examples: [
      "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    ],
    source: "containerd core/remotes/docker/resolver.go",
  },
  {
    id: "push-denied",
    pattern: String.raw`The push refers to repository .{1,2000}?denied: requested access to the resource is denied`,
    causes: [
      { causeId: "access-denied", weight: 0.85 },
      { causeId: "repository-not-found", weight: 0.6 },
      { causeId: "credentials-required", weight: 0.55 },
    ],
    why: "A push was refused: the identity may pull but not push, or the repository path is not yours.",
    tellApart:
      "Does the identity have AcrPush (or Container Registry Repository Writer on ABAC registries)? On Docker Hub the name must start with your own namespace.",
    supersedes: ["requested-access-denied"],
    examples: [
      "The push refers to repository [myregistry.azurecr.io/app]\n5f70bf18a086: Preparing\ndenied: requested access to the resource is denied",
    ],
    source: "docker/cli push",
  },
  {
    id: "requested-access-denied",
    pattern: String.raw`(?:denied: )?requested access to the resource is denied`,
    causes: [
      { causeId: "access-denied", weight: 0.8 },
      { causeId: "repository-not-found", weight: 0.74 },
      { causeId: "credentials-required", weight: 0.7 },
    ],
    why: "The registry's default 'denied' answer: not allowed, or no such repository — it does not say which, on purpose.",
    tellApart:
      "Check the exact repository name, then `docker login` to the same host, then the identity's pull role (AcrPull, or Container Registry Repository Reader on ABAC registries).",
    examples: ["denied: requested access to the resource is denied"],
    source: "distribution errcode (DENIED); registry-probing.md §3 row 36",
  },
  {
    id: "insufficient-scope",
    pattern: String.raw`insufficient_scope(?:: authorization failed)?`,
    causes: [
      { causeId: "access-denied", weight: 0.82 },
      { causeId: "repository-not-found", weight: 0.7 },
      { causeId: "credentials-required", weight: 0.6 },
    ],
    why: "The token issued does not cover this repository: not allowed, or no such repository.",
    tellApart: "Check the repository name; then the identity's pull/push role on it.",
    examples: ["server message: insufficient_scope: authorization failed"],
    source: "distribution token auth; containerd",
  },
  {
    id: "invalid-token",
    pattern: String.raw`error="?invalid_token"?|\binvalid_token\b`,
    causes: [
      { causeId: "credentials-expired", weight: 0.7 },
      { causeId: "credentials-invalid", weight: 0.65 },
    ],
    why: "The registry rejected the bearer token it was given.",
    tellApart:
      "Tokens are short-lived (ACR from az acr login: 3 hours): log in again; if a fresh token also fails, the credentials behind it are wrong.",
    examples: [
      'Www-Authenticate: Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io",error="invalid_token"',
    ],
    source: "distribution token auth; ACR recordings",
  },
  {
    id: "ghcr-permission-denied",
    pattern: String.raw`permission_denied: (?:read|write)_package|installation not allowed to \w{1,20} organization package`,
    causes: [{ causeId: "access-denied", weight: 0.9 }],
    why: "GitHub Container Registry: this token may not read (or write) that package.",
    examples: ["denied: permission_denied: read_package"],
    source: "actions/runner#1039",
  },
  {
    id: "ecr-token-expired",
    pattern: String.raw`Your authorization token has expired`,
    causes: [{ causeId: "credentials-expired", weight: 0.95 }],
    why: "Amazon ECR's login is valid 12 hours and this one is older.",
    examples: ["denied: Your authorization token has expired. Reauthenticate and try again."],
    source: "CircleCI-Public/aws-ecr-orb#265",
  },
  {
    id: "token-expired",
    pattern: String.raw`\btoken (?:is |has )?expired\b|\bexpired token\b|\bExpiredToken\b|\btoken_expired\b`,
    causes: [{ causeId: "credentials-expired", weight: 0.85 }],
    why: "A token used to authenticate has expired.",
    examples: ["unauthorized: token expired"],
    source: "various registries",
  },
  {
    id: "clock-skew-token",
    pattern: String.raw`AADSTS700024|Token used before issued|token is not valid yet|not within its valid time range`,
    causes: [{ causeId: "clock-skew", weight: 0.85 }],
    why: "A token's time claims do not fit this machine's clock.",
    examples: ["AADSTS700024: Client assertion is not within its valid time range."],
    source: "Microsoft Entra error codes; JWT validation",
  },
  {
    id: "aws-signature-clock-skew",
    pattern: String.raw`Signature expired: [^\s]{1,40} is now earlier than|Signature not yet current|RequestTimeTooSkewed|The difference between the request time and the current time is too large`,
    causes: [{ causeId: "clock-skew", weight: 0.92 }],
    why: "AWS refused a signed request because this machine's clock is more than 15 minutes off.",
    examples: [
      "An error occurred (InvalidSignatureException) when calling the GetAuthorizationToken operation: Signature expired: 20240311T101502Z is now earlier than 20240311T103311Z (20240311T104811Z - 15 min.)",
    ],
    source: "AWS SigV4 errors",
  },
  {
    id: "acr-tag-not-found",
    pattern: String.raw`manifest tagged by "?[^\s"]{1,200}"? is not found`,
    causes: [{ causeId: "tag-not-found", weight: 0.95 }],
    why: "The repository exists but has no such tag.",
    supersedes: ["manifest-unknown"],
    examples: ['manifest unknown: manifest tagged by "v2" is not found'],
    source: "MicrosoftDocs SupportArticles manifest-tag-not-found.md",
  },
  {
    id: "docker-manifest-not-found",
    pattern: String.raw`manifest for [^\s]{1,400} not found(?:: manifest unknown(?:: manifest unknown)?)?`,
    causes: [
      { causeId: "tag-not-found", weight: 0.9 },
      { causeId: "repository-not-found", weight: 0.45 },
    ],
    why: "The registry has no manifest for that tag or digest.",
    tellApart:
      "List the tags (`az acr repository show-tags -n <registry> --repository <repo>`, `skopeo list-tags docker://<registry>/<repo>`): the repository is listed but not the tag → tag-not-found.",
    supersedes: ["manifest-unknown"],
    examples: ["Error response from daemon: manifest for myregistry.azurecr.io/app:v9 not found: manifest unknown: manifest unknown"],
    source: "moby/moby daemon/internal/distribution/errors.go",
  },
  {
    id: "containers-image-manifest-unknown",
    pattern: String.raw`reading manifest [^\s]{1,200} in [^\s]{1,400}: manifest unknown`,
    causes: [
      { causeId: "tag-not-found", weight: 0.9 },
      { causeId: "repository-not-found", weight: 0.45 },
    ],
    why: "podman/skopeo found no manifest for that tag.",
    tellApart: "`skopeo list-tags docker://<registry>/<repo>`: the repository answers but lacks the tag → tag-not-found.",
    supersedes: ["manifest-unknown"],
    examples: ["Error: initializing source docker://quay.io/org/app:v9: reading manifest v9 in quay.io/org/app: manifest unknown"],
    source: "containers/image docker/docker_image_src.go",
  },
  {
    id: "manifest-unknown",
    pattern: String.raw`manifest unknown|MANIFEST_UNKNOWN`,
    causes: [
      { causeId: "tag-not-found", weight: 0.85 },
      { causeId: "repository-not-found", weight: 0.5 },
    ],
    why: "The registry has no manifest for the tag or digest asked for.",
    tellApart: "List the repository's tags; if the repository itself is missing, the registry would usually say 'name unknown'.",
    examples: ["manifest unknown"],
    source: "distribution errcode (MANIFEST_UNKNOWN)",
  },
  {
    id: "acr-cli-tag-not-found",
    pattern: String.raw`the specified tag does not exist|unknown: Tag [^\s]{1,128} not found`,
    causes: [{ causeId: "tag-not-found", weight: 0.9 }],
    why: "The repository exists but not that tag.",
    examples: ["ERROR: Error: the specified tag does not exist. Correlation ID: 0000."],
    source: "az acr repository show (verbatim in public scripts)",
  },
  {
    id: "name-unknown",
    pattern: String.raw`name unknown|NAME_UNKNOWN|repository name not known to registry|Repo not found|repository [^\s]{1,300} not found`,
    causes: [{ causeId: "repository-not-found", weight: 0.9 }],
    why: "The registry has no repository with that name.",
    examples: [
      "repository myregistry.azurecr.io/app not found: name unknown: repository name not known to registry",
      "name unknown: Repo not found",
    ],
    source: "distribution errcode (NAME_UNKNOWN); podman#7780",
  },
  {
    id: "containerd-ref-not-found",
    pattern: String.raw`failed to resolve reference "[^"]{1,400}": [^\s]{1,400}: not found`,
    causes: [
      { causeId: "tag-not-found", weight: 0.75 },
      { causeId: "repository-not-found", weight: 0.7 },
      { causeId: "registry-name-wrong-form", weight: 0.45 },
    ],
    why: "containerd got a 404 for the image: the repository or the tag does not exist as written.",
    tellApart:
      "Check registry, repository and tag against the registry's list (`az acr repository show-tags …`); Microsoft notes the common azureacr.io typo for azurecr.io.",
    examples: ['failed to resolve reference "myacr.azurecr.io/app:v1": myacr.azurecr.io/app:v1: not found'],
    source: "containerd resolver; MicrosoftDocs SupportArticles (AKS cause 2)",
  },
  {
    id: "oras-reference-not-found",
    pattern: String.raw`failed to perform "?FetchReference"? on source: [^\s]{1,400}: not found`,
    causes: [
      { causeId: "tag-not-found", weight: 0.85 },
      { causeId: "repository-not-found", weight: 0.65 },
    ],
    why: "helm (oras) found no artifact for that chart version or reference.",
    tellApart:
      "List what exists (`crane ls <registry>/<repo>` or the registry's portal): the repository lists other versions → the tag is missing; nothing at all → the repository path.",
    examples: ['Error: failed to perform "FetchReference" on source: ghcr.io/org/charts/gateway:0.9.0: not found'],
    source: "oras-project/oras-go (helm OCI client)",
  },
  {
    id: "redhat-old-registry",
    pattern: String.raw`registry\.access\.redhat\.com.{0,300}?(?:name unknown|Repo not found|: not found|manifest unknown|requested access to the resource is denied)`,
    causes: [
      { causeId: "redhat-old-registry-migration", weight: 0.88 },
      { causeId: "repository-not-found", weight: 0.6 },
    ],
    why: "The image is asked for on registry.access.redhat.com, but Red Hat moved most images to registry.redhat.io, which needs a login.",
    tellApart: "After `podman login registry.redhat.io`, try the same path there: `skopeo inspect docker://registry.redhat.io/<path>`.",
    supersedes: ["name-unknown", "manifest-unknown", "requested-access-denied", "containerd-ref-not-found"],
    examples: [
      "Error: initializing source docker://registry.access.redhat.com/rhel8/postgresql-13:latest: reading manifest latest in registry.access.redhat.com/rhel8/postgresql-13: name unknown: Repo not found",
    ],
    source: "seed 004 (move to registry.redhat.io); podman#7780",
  },
  {
    id: "platform-not-available",
    pattern: String.raw`no match for platform in manifest|no matching manifest for [^\s]{1,100} in the manifest list entries|no image found in (?:manifest list|image index) for architecture|image with reference [^\s]{1,300} was found but does not match the specified platform|does not match the specified platform`,
    causes: [{ causeId: "platform-not-available", weight: 0.92 }],
    why: "The image has no variant for this machine's operating system and CPU architecture.",
    examples: [
      "no matching manifest for linux/arm64/v8 in the manifest list entries",
      'failed to pull and unpack image "myacr.azurecr.io/app:v1": no match for platform in manifest: not found',
    ],
    source: "moby/moby daemon/containerd/image_pull.go; MicrosoftDocs SupportArticles (AKS cause 5)",
  },
  {
    id: "exec-format-error",
    pattern: String.raw`exec format error`,
    causes: [{ causeId: "platform-not-available", weight: 0.7 }],
    why: "A program built for another CPU architecture was started (an image for arm64 on amd64, or the reverse).",
    examples: ["exec /usr/local/bin/app: exec format error"],
    source: "Linux execve ENOEXEC",
  },
  {
    id: "rate-limited",
    pattern: String.raw`toomanyrequests|You have reached your (?:unauthenticated )?pull rate limit|too many requests? to registry|\b429 Too Many Requests\b|\bHTTP/[\d.]{1,3} 429\b|status(?: code)?:? 429\b|rate limit exceeded`,
    causes: [{ causeId: "rate-limited", weight: 0.92 }],
    why: "The registry is throttling this client (Docker Hub counts anonymous pulls per source address).",
    examples: [
      "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
    ],
    source: "docker/docs pulls.md; containers/image docker/errors.go",
  },
  {
    id: "kubelet-pull-qps",
    pattern: String.raw`pull QPS exceeded`,
    causes: [{ causeId: "rate-limited", weight: 0.7 }],
    why: "The kubelet's own limit on image pulls per second was hit (not the registry's): set imagePullPolicy IfNotPresent or raise registryPullQPS.",
    supersedes: ["rate-limited"],
    examples: ['Failed to pull image "acrname.azurecr.io/repo/nginx:latest": pull QPS exceeded.'],
    source: "MicrosoftDocs SupportArticles (AKS cause 6)",
  },
  {
    id: "registry-unavailable",
    pattern: String.raw`"code":"UNAVAILABLE"|unavailable: service unavailable`,
    causes: [{ causeId: "registry-server-error", weight: 0.85 }],
    why: "The registry says it is temporarily unavailable.",
    supersedes: ["http-5xx"],
    examples: ['{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}'],
    source: "distribution errcode (UNAVAILABLE)",
  },
  {
    id: "http-5xx",
    pattern: String.raw`received unexpected HTTP status: 50\d(?: [A-Za-z ]{1,40})?|\b50[0234] (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b|\bHTTP/[\d.]{1,3} 50[0234]\b`,
    causes: [
      { causeId: "registry-server-error", weight: 0.75 },
      { causeId: "proxy-refused", weight: 0.5 },
      { causeId: "not-a-registry", weight: 0.45 },
    ],
    why: "A server error answered the request, from the registry or from a proxy or gateway in front of it.",
    tellApart:
      "Does the body look like the registry's JSON errors or like a proxy/gateway page? `curl -v https://<registry>/v2/` with and without the proxy; check the provider's status page.",
    examples: ["received unexpected HTTP status: 502 Bad Gateway"],
    source: "moby/moby; goharbor/harbor#20773",
  },
  {
    id: "http-cdn-52x",
    pattern: String.raw`received unexpected HTTP status: 52\d`,
    causes: [
      { causeId: "not-a-registry", weight: 0.75 },
      { causeId: "registry-server-error", weight: 0.6 },
    ],
    why: "A CDN in front of the registry (52x are Cloudflare's codes) could not reach or talk to the origin.",
    tellApart: "Is the host the registry itself or a front door? `curl -v https://<host>/v2/` shows a CDN page instead of registry JSON.",
    examples: ["received unexpected HTTP status: 521"],
    source: "goharbor/harbor#20773",
  },
  {
    id: "html-error-body-403",
    pattern: String.raw`error parsing HTTP 403 response body: invalid character '<' looking for beginning of value`,
    causes: [
      { causeId: "proxy-refused", weight: 0.78 },
      { causeId: "not-a-registry", weight: 0.55 },
      { causeId: "registry-ip-denied", weight: 0.45 },
    ],
    why: "A 403 came back as an HTML page, which is a proxy, WAF or filter speaking, not a registry.",
    tellApart:
      "`curl -v https://<registry>/v2/` through the same path shows the page: a company block page → ask for the registry (and its data hosts) to be allowed.",
    supersedes: ["html-error-body"],
    examples: ["error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<!DOCTYPE html>...\""],
    source: "isard-vdi/isard#448",
  },
  {
    id: "html-error-body",
    pattern: String.raw`error parsing HTTP \d{3} response body: invalid character '<' looking for beginning of value|invalid character '<' looking for beginning of value`,
    causes: [
      { causeId: "not-a-registry", weight: 0.8 },
      { causeId: "proxy-refused", weight: 0.55 },
    ],
    why: "The answer was an HTML page where registry JSON was expected.",
    tellApart:
      "`curl -v https://<host>/v2/`: a web site or portal page → wrong host or port for the registry API; a proxy's page → the proxy.",
    examples: ["error parsing HTTP 404 response body: invalid character '<' looking for beginning of value: \"<html>\""],
    source: "moby/moby registry client",
  },
  {
    id: "http-401",
    role: "wrapper",
    pattern: String.raw`\bHTTP/[\d.]{1,3} 401\b|\b401 Unauthorized\b|returned error: 401\b`,
    causes: [
      { causeId: "credentials-required", weight: 0.55 },
      { causeId: "credentials-invalid", weight: 0.5 },
    ],
    why: "A 401: the server wants credentials for this request.",
    tellApart: "Were credentials sent (`-u`, an Authorization header, a stored login)? No → credentials-required; yes → they were refused.",
    examples: ["< HTTP/1.1 401 Unauthorized"],
    source: "HTTP",
  },
  {
    id: "http-403",
    role: "wrapper",
    pattern: String.raw`\bHTTP/[\d.]{1,3} 403\b|\b403 Forbidden\b|returned error: 403\b`,
    causes: [
      { causeId: "registry-ip-denied", weight: 0.55 },
      { causeId: "access-denied", weight: 0.5 },
      { causeId: "proxy-refused", weight: 0.45 },
    ],
    why: "A 403: something refused the request — the registry's firewall, a proxy, or missing rights.",
    tellApart:
      "Read the body: 'client with IP … is not allowed' → the registry's firewall; an HTML page → a proxy or filter; 'denied' JSON after a login → missing rights.",
    examples: ["< HTTP/2 403"],
    source: "HTTP",
  },
  {
    id: "http-404",
    role: "wrapper",
    pattern: String.raw`\bHTTP/[\d.]{1,3} 404\b|\b404 Not Found\b|returned error: 404\b`,
    causes: [
      { causeId: "repository-not-found", weight: 0.5 },
      { causeId: "tag-not-found", weight: 0.45 },
      { causeId: "not-a-registry", weight: 0.45 },
    ],
    why: "A 404: the path does not exist on that server.",
    tellApart: "On /v2/ itself → not a registry API at that address; on /v2/<repo>/manifests/<tag> → the repository or tag.",
    examples: ["< HTTP/1.1 404 Not Found"],
    source: "HTTP",
  },

  // ── Token service, data endpoints and Red Hat hosts ───────────────────────────────────────
  {
    id: "realm-on-plain-http-refused",
    pattern: String.raw`(?:Get|Post|GET|POST) "?http://[^\s"/]{1,253}/(?:service/token|token|v2/token|oauth2/token)[^\s"]{0,2000}"?: dial tcp [^\s]{1,80}?: connect: connection refused`,
    causes: [
      { causeId: "token-realm-misconfigured", weight: 0.85 },
      { causeId: "auth-endpoint-unreachable", weight: 0.6 },
    ],
    why: "The registry's challenge sends clients to a token service on plain http (or the wrong port), where nothing answers — typical of Harbor behind a TLS proxy with a wrong external URL.",
    tellApart:
      "`curl -sI https://<registry>/v2/`: does Www-Authenticate's realm start with https:// and name a reachable host and port? Fix the registry's external URL if not.",
    supersedes: ["auth-realm-unreachable", "connection-refused"],
    examples: [
      'Get "http://harbor.example.com/service/token?scope=repository%3Alib%2Fapp%3Apull&service=harbor-registry": dial tcp 192.0.2.5:80: connect: connection refused',
    ],
    source: "goharbor/harbor#3114, #20028",
  },
  {
    id: "malformed-challenge",
    pattern: String.raw`malformed (?:auth )?challenge(?: header)?|failed to parse challenge|no realm (?:specified )?in challenge`,
    causes: [
      { causeId: "token-realm-misconfigured", weight: 0.7 },
      { causeId: "not-a-registry", weight: 0.5 },
    ],
    why: "The client could not use the registry's Www-Authenticate challenge.",
    tellApart:
      "`curl -sI https://<registry>/v2/` and read Www-Authenticate: Basic where the tool wants Bearer, or a missing realm/service, is the registry's side; no header at all → not a registry API.",
    examples: ["malformed challenge header"],
    source: "mayflower/docker-ls#28",
  },
  {
    id: "redhat-sso-unreachable",
    pattern: String.raw`sso\.redhat\.com.{0,300}?(?:i/o timeout|connection refused|connection reset|EOF|no such host|Could not resolve host|Connection timed out|Failed to connect|TLS handshake timeout|Received HTTP code 403 from proxy)`,
    causes: [
      { causeId: "redhat-hosts-not-allowed", weight: 0.85 },
      { causeId: "auth-endpoint-unreachable", weight: 0.75 },
      { causeId: "redhat-proxy-not-used", weight: 0.55 },
    ],
    why: "Red Hat's single sign-on host, which issues registry tokens, cannot be reached from here.",
    tellApart:
      "Must this machine use a proxy? `curl -v -x <proxy> https://sso.redhat.com` vs. without; if the proxy path works, configure the container tool to use it, otherwise ask for sso.redhat.com to be allowed.",
    supersedes: [
      "auth-realm-unreachable",
      "dial-tcp-timeout",
      "connection-refused",
      "connection-reset",
      "get-eof",
      "curl-connect-timeout",
      "tls-handshake-timeout",
      "proxy-connect-forbidden",
      "name-not-known",
      "go-no-such-host",
    ],
    examples: [
      'Get "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry": dial tcp 23.1.2.3:443: i/o timeout',
    ],
    source: "seed 004 (proxy and firewall)",
  },
  {
    id: "redhat-cdn-unreachable",
    pattern: String.raw`(?:${BLOB_STEP} (?:Get|Head|GET|HEAD) "?https://)?cdn\d{0,2}\.quay\.io[^\s]{0,2000}?"?: (?:EOF|dial tcp [^\s]{1,80}?: (?:i/o timeout|connect: connection refused|connect: connection timed out)|read: connection reset by peer|x509: |net/http: TLS handshake timeout|remote error: tls: access denied|Forbidden|dial tcp: lookup)`,
    causes: [
      { causeId: "redhat-hosts-not-allowed", weight: 0.85 },
      { causeId: "data-endpoint-unreachable", weight: 0.75 },
    ],
    why: "Image layers for registry.redhat.io and quay.io come from cdn*.quay.io, and that host is blocked or unreachable here.",
    tellApart:
      "Allow cdn.quay.io and cdn01–03.quay.io (since 2023) besides registry.redhat.io and sso.redhat.com; `curl -v https://cdn01.quay.io` shows whether the path is open.",
    supersedes: [
      "data-host-unreachable",
      "blob-download-failed",
      "get-eof",
      "dial-tcp-timeout",
      "connection-refused",
      "connection-reset",
      "tls-handshake-timeout",
    ],
    examples: [
      'parsing image configuration: Get "https://cdn02.quay.io/sha256/ab/abcdef?token=[REDACTED]": dial tcp 3.1.2.3:443: i/o timeout',
    ],
    source: "registry-probing.md §4.3 (cdn*.quay.io); Red Hat node/7001746",
  },
  {
    id: "redhat-registry-timeout",
    pattern: String.raw`registry\.redhat\.io.{0,300}?(?:i/o timeout|Connection timed out|connection timed out)`,
    causes: [
      { causeId: "redhat-proxy-not-used", weight: 0.65 },
      { causeId: "redhat-hosts-not-allowed", weight: 0.62 },
      { causeId: "network-timeout", weight: 0.6 },
    ],
    why: "registry.redhat.io did not answer from here: traffic that should go through a proxy goes direct, or the host is not allowed out.",
    tellApart:
      "Must this machine use a proxy? Then docker/podman need it in their own settings (a systemd service does not read your shell's HTTPS_PROXY); otherwise ask for registry.redhat.io, sso.redhat.com and cdn*.quay.io to be allowed.",
    supersedes: ["dial-tcp-timeout", "curl-connect-timeout", "client-timeout-awaiting-headers"],
    examples: [
      'Error: initializing source docker://registry.redhat.io/ubi9/ubi:latest: pinging container registry registry.redhat.io: Get "https://registry.redhat.io/v2/": dial tcp 23.1.2.3:443: i/o timeout',
    ],
    source: "seed 004 (proxy)",
  },
  {
    id: "blob-download-failed",
    pattern: String.raw`error pulling image configuration: download failed after attempts=\d{1,3}|${BLOB_STEP} (?:Get|Head|GET|HEAD)`,
    causes: [
      { causeId: "data-endpoint-unreachable", weight: 0.88 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.65 },
    ],
    why: "The registry API answered but the layer download, redirected to a storage or CDN host, failed.",
    tellApart:
      "`az acr show-endpoints -n <registry>` lists the data endpoints (<registry>.<region>.data.azurecr.io, or *.blob.core.windows.net); allow each in the firewall or proxy, and with a private endpoint give each a private DNS record.",
    supersedes: ["dial-tcp-timeout", "get-eof", "connection-reset", "connection-refused", "tls-handshake-timeout", "private-ip-timeout"],
    examples: ["error pulling image configuration: download failed after attempts=6: dial tcp 20.150.1.2:443: i/o timeout"],
    source: "MicrosoftDocs SupportArticles download-failed-443-io-time-out.md",
  },
  {
    id: "data-host-unreachable",
    pattern: String.raw`(?:${BLOB_STEP} (?:Get|Head|GET|HEAD) "?https://)?(?:[a-z0-9-]{1,63}\.blob\.core\.windows\.net|[a-z0-9-]{1,63}\.[a-z0-9-]{1,40}\.data\.azurecr\.(?:io|cn|us)|production\.cloudflare\.docker\.com|production\.cloudfront\.docker\.com|[a-z0-9-]{1,100}\.r2\.cloudflarestorage\.com|pkg-containers\.githubusercontent\.com|prod-[a-z0-9-]{1,40}-starport-layer-bucket[a-z0-9.-]{0,100})[^\s]{0,2000}?"?: (?:EOF|dial tcp [^\s]{1,80}?: (?:i/o timeout|connect: connection refused|connect: connection timed out)|read: connection reset by peer|x509: |net/http: TLS handshake timeout|remote error: tls: access denied|Forbidden|dial tcp: lookup)`,
    causes: [
      { causeId: "data-endpoint-unreachable", weight: 0.9 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.62 },
      { causeId: "private-dns-zone-not-linked", weight: 0.4 },
    ],
    why: "The registry API worked but its storage/CDN host for layers cannot be reached from here.",
    tellApart:
      "Allow the data host named here (ACR: `az acr show-endpoints -n <registry>`); with a private endpoint each data endpoint also needs a private DNS record; an x509 error only on this host → TLS inspection of the CDN.",
    supersedes: [
      "blob-download-failed",
      "get-eof",
      "dial-tcp-timeout",
      "connection-reset",
      "connection-refused",
      "tls-handshake-timeout",
      "private-ip-timeout",
      "tls-access-denied",
    ],
    examples: [
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://myacr.eastus.data.azurecr.io/docker/registry/v2/blobs/sha256/ab/abc/data?se=[REDACTED]&sig=[REDACTED]": dial tcp 10.1.0.7:443: i/o timeout',
    ],
    source: "MicrosoftDocs/azure-docs#116188; registry-probing.md §3 row 48",
  },
  {
    id: "auth-realm-unreachable",
    pattern: String.raw`(?:Get|Post|GET|POST) "?https?://(?:auth\.docker\.io|[^\s"/]{1,253}/(?:token|oauth2/token|oauth2/exchange|service/token|v2/token|v2/auth|auth/realms/))[^\s"]{0,2000}"?: (?:EOF|dial tcp [^\s]{1,80}?: (?:i/o timeout|connect: connection refused|connect: connection timed out)|dial tcp: lookup [^\s]{1,253}|read: connection reset by peer|net/http: TLS handshake timeout|context deadline exceeded)`,
    causes: [
      { causeId: "auth-endpoint-unreachable", weight: 0.88 },
      { causeId: "client-firewall-blocks-endpoints", weight: 0.55 },
    ],
    why: "The registry answered but the token service its challenge points to could not be reached.",
    tellApart:
      "`curl -sI https://<registry>/v2/` shows the realm in Www-Authenticate; allow that host (auth.docker.io for Docker Hub) through the firewall or proxy.",
    supersedes: [
      "get-eof",
      "dial-tcp-timeout",
      "connection-reset",
      "connection-refused",
      "tls-handshake-timeout",
      "dial-tcp-lookup",
      "go-no-such-host",
      "context-deadline-exceeded",
    ],
    examples: ['Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": EOF'],
    source: "docker/hub-feedback#2389; moby#40578",
  },

  // ── Kubernetes and Azure services ─────────────────────────────────────────────────────────
  {
    id: "kubelet-pull-secret-missing",
    pattern: String.raw`Unable to retrieve some image pull secrets|FailedToRetrieveImagePullSecret`,
    causes: [{ causeId: "image-pull-secret-missing", weight: 0.92 }],
    why: "The pod names an imagePullSecret that does not exist in its namespace.",
    examples: ["Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed."],
    source: "kubernetes kubelet (FailedToRetrieveImagePullSecret)",
  },
  {
    id: "pull-secret-damaged",
    pattern: String.raw`illegal base64 data at input byte \d{1,9}|couldn't find key \.dockerconfigjson|error unmarshaling JSON.{0,80}?dockerconfigjson`,
    causes: [
      { causeId: "image-pull-secret-missing", weight: 0.7 },
      { causeId: "redhat-secret-mangled", weight: 0.65 },
    ],
    why: "The pull secret (or docker config) is damaged: its base64 or JSON does not decode.",
    tellApart:
      "`kubectl get secret <name> -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq .` must show an 'auths' object with the registry host; a Red Hat pull secret must be pasted whole, as downloaded.",
    examples: ["illegal base64 data at input byte 12"],
    source: "Go encoding/base64; kubernetes secrets",
  },
  {
    id: "kubelet-pull-failed-wrapper",
    role: "wrapper",
    pattern: String.raw`\bErrImagePull\b|\bImagePullBackOff\b|Back-off pulling image|Failed to pull image "[^"]{1,400}"`,
    causes: [
      { causeId: "image-pull-secret-missing", weight: 0.4 },
      { causeId: "aks-acr-not-attached", weight: 0.35 },
    ],
    why: "Kubernetes says the pull failed but not why.",
    tellApart:
      "Run `kubectl describe pod <pod>` and paste the 'Failed to pull image … :' event: the text after the last colon names the cause.",
    examples: ["Warning  Failed     39s                kubelet            Error: ImagePullBackOff"],
    source: "kubernetes pkg/kubelet/images",
  },
  {
    id: "aci-inaccessible-image",
    pattern: String.raw`InaccessibleImage|is not accessible\. Please check the image and registry credential`,
    causes: [
      { causeId: "credentials-invalid", weight: 0.7 },
      { causeId: "network-restricted-service", weight: 0.65 },
      { causeId: "azure-service-registry-settings", weight: 0.6 },
    ],
    why: "Azure Container Instances could not pull the image with the registry settings it was given.",
    tellApart:
      "Does the registry restrict networks (selected networks, private endpoint)? Container Instances cannot reach it then; otherwise check the registry server, username and password on the container group.",
    examples: [
      "The image 'myacr.azurecr.io/app:v1' in container group 'cg1' is not accessible. Please check the image and registry credential.",
    ],
    source: "Azure Container Instances; seed 002 (services and network-restricted registries)",
  },
  {
    id: "invalid-reference-format",
    pattern: String.raw`invalid reference format(?:: repository name (?:\(.{1,200}?\) )?must be lowercase)?`,
    causes: [{ causeId: "registry-name-wrong-form", weight: 0.8 }],
    why: "The image reference is not valid: capitals, https://, or stray characters in the name.",
    examples: ["docker: invalid reference format: repository name must be lowercase."],
    source: "distribution/reference; seed 001 (lowercase only)",
  },
];

// ----------------------------------------------------------------------------------------------

function parseTable(rows: SignatureInput[]): Signature[] {
  const parsed = z.array(SignatureSchema).parse(rows);
  const ids = new Set<string>();
  for (const sig of parsed) {
    if (ids.has(sig.id)) throw new Error(`signature id ${sig.id} is used twice`);
    ids.add(sig.id);
  }
  for (const sig of parsed) {
    for (const other of sig.supersedes) {
      if (!ids.has(other)) throw new Error(`${sig.id} supersedes unknown signature ${other}`);
    }
  }
  return parsed;
}

/** Every signature, parsed once; a malformed row fails at import. */
export const SIGNATURES: readonly Signature[] = parseTable(DATA);
