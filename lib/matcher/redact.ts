// Removes secrets from pasted error output before anything else sees it: the matcher, the page
// that shows the matched fragment, and anything that might keep the text. It errs on the side of
// hiding — a value that only looks like a secret is hidden too — but leaves alone what a person
// needs to read an error: host names, addresses, digests, request ids, placeholders such as
// `<password>`, shell references such as `$TOKEN` (a name, not a secret) and flags such as
// `--password-stdin`. Pure and isomorphic; every pattern is bounded, so a 64 KiB paste cannot
// make it backtrack.

export const REDACTED = "[REDACTED]";

export interface Redaction {
  /** The text with every secret replaced by `[REDACTED]`. */
  text: string;
  /** How many secrets were replaced. */
  count: number;
}

/** Left alone: empty, already hidden, a shell/batch reference, or a documentation placeholder. */
function keep(value: string): boolean {
  const bare = value.replace(/^['"]/, "");
  return bare === "" || bare.startsWith(REDACTED) || /^[$%<]/.test(bare);
}

interface Rule {
  /** What this form is, for reviewers. */
  what: string;
  pattern: RegExp;
  /** The replacement for one match, or null to leave it as it is. `g[0]` is the whole match. */
  replace: (g: readonly string[]) => string | null;
  /** Only apply on lines that match this (a bare `-p` is a password only on a login command). */
  onLines?: RegExp;
}

/** A quoted ('…' / "…") or bare value on one line, bounded (long enough for a whole JWT). */
const VALUE = String.raw`(?:'[^'\n]{1,16384}'|"[^"\n]{1,16384}"|[^\s'"]{1,16384})`;

/** `head` + [REDACTED], unless the value is one to keep. */
const hideValue =
  (valueGroup: number, tailGroup?: number) =>
  (g: readonly string[]): string | null => {
    const value = g[valueGroup] ?? "";
    if (keep(value)) return null;
    return `${g[1] ?? ""}${REDACTED}${tailGroup === undefined ? "" : (g[tailGroup] ?? "")}`;
  };

const RULES: readonly Rule[] = [
  {
    what: "HTTP Authorization / Proxy-Authorization header (curl -v, debug logs, JSON header dumps)",
    pattern:
      /(\b(?:proxy-)?authorization"?[ \t]*[:=][ \t]*"?)(?:(bearer|basic|token|negotiate|ntlm|digest)([ \t]+))?([^\s"'\\,]{1,16384})/gi,
    replace: (g) => {
      const [, head = "", scheme = "", space = "", value = ""] = g;
      if (keep(value)) return null;
      // Without a scheme, only a long opaque value is a credential ("Authorization: required" is prose).
      if (scheme === "" && value.length < 12) return null;
      return `${head}${scheme}${space}${REDACTED}`;
    },
  },
  {
    what: "credential values in docker/podman/kubectl/az JSON output (also backslash-escaped JSON inside logs)",
    pattern:
      /((\\?)"(?:auth|identitytoken|registrytoken|password|passwd|secret|client_?secret|access_?token|refresh_?token|id_?token|token)\2"[ \t]*:[ \t]*\2")((?:[^"\\\n]|\\[^"\n]){1,16384})(\2")/gi,
    replace: hideValue(3, 4),
  },
  {
    what: "az acr credential show: the value next to a password's name",
    pattern: /("name"\s{0,20}:\s{0,20}"password2?"\s{0,20},\s{0,20}"value"\s{0,20}:\s{0,20}")([^"\n]{1,16384})(")/gi,
    replace: hideValue(2, 3),
  },
  {
    what: "a Kubernetes pull secret's payload (base64 of a docker config)",
    pattern: /((?:\.dockerconfigjson|\.dockercfg)["']?[ \t]*[:=][ \t]*["']?)([A-Za-z0-9+/=]{16,16384})/g,
    replace: hideValue(2),
  },
  {
    what: "curl/skopeo -u, --user, -U, --proxy-user, --creds user:password — keep the user, hide the password",
    pattern:
      /((?:^|\s)(?:-u|-U|--user|--proxy-user|--creds|--src-creds|--dest-creds)(?:=|[ \t]+))(?:'([^\s:']{1,256}):([^'\n]{1,16384})'|"([^\s:"]{1,256}):([^"\n]{1,16384})"|([^\s:'"]{1,256}):([^\s'"]{1,16384}))/g,
    replace: (g) => {
      const [, head = ""] = g;
      for (const [userAt, quote] of [
        [2, "'"],
        [4, '"'],
        [6, ""],
      ] as const) {
        const user = g[userAt];
        const value = g[userAt + 1];
        if (user === undefined || user === "" || value === undefined) continue;
        return keep(value) ? null : `${head}${quote}${user}:${REDACTED}${quote}`;
      }
      return null;
    },
  },
  {
    what: "--password / --docker-password / --client-secret / --secret / --token flags, with = or a space",
    pattern: new RegExp(
      String.raw`((?:^|\s)--(?:docker-|proxy-|registry-|src-|dest-)?(?:password|passwd|client-secret|secret|token|access-token|identity-token|registry-token)(?![\w-])(?:=|[ \t]+))(${VALUE})`,
      "gi",
    ),
    // Docker's own "WARNING! Using --password via the CLI is insecure" names the flag, not a value.
    replace: (g) => (g[2]?.startsWith("-") || g[2] === "via" ? null : hideValue(2)(g)),
  },
  {
    what: "-p <password> on a login command line (docker/podman/helm/oras/az login)",
    pattern: new RegExp(String.raw`((?:^|\s)-p(?:=|[ \t]+))(${VALUE})`, "g"),
    // A port mapping (-p 8080:80) or another flag is not a password.
    replace: (g) => (/^-|^\d{1,5}(?::\d{1,5}){1,2}(?:\/\w+)?$/.test(g[2] ?? "") ? null : hideValue(2)(g)),
    onLines: /\blogin\b|--username|\s-u\s/i,
  },
  {
    what: "echo <secret> | … login --password-stdin",
    pattern:
      /(\becho[ \t]+(?:-n[ \t]+)?)('[^'\n]{1,16384}'|"[^"\n]{1,16384}"|[^\s|'"]{1,16384})([ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:docker|podman|helm|oras|buildah|skopeo|nerdctl|crane|regctl)\b[^\n]{0,200}?--password-stdin)/gi,
    replace: hideValue(2, 3),
  },
  {
    what: "user:password@ in proxy and registry URLs",
    pattern: /(\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:/@'"]{1,256}:)([^\s/@'"]{1,4096})(@)/gi,
    replace: hideValue(2, 3),
  },
  {
    what: "signed URLs (Azure SAS, AWS SigV4, CloudFront, tokens in query strings)",
    pattern:
      /([?&](?:sig|se|X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|token|access_token|refresh_token|code|Signature|Key-Pair-Id|Policy)=)([^&\s"'#<>]{1,8192})/g,
    replace: hideValue(2),
  },
  {
    what: "connection strings: AccountKey=…; SharedAccessSignature=…",
    pattern: /(\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=)([^;\s"']{1,4096})/gi,
    replace: hideValue(2),
  },
  {
    what: "assignments whose name says secret: SECRET=…, ACR_PASSWORD=…, $env:TOKEN = …",
    pattern: new RegExp(
      String.raw`((?<![\w$])(?:\$env:)?(?:[A-Za-z_][A-Za-z0-9_]{0,60}?)?(?:SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|ACCESS_?KEY|ACCOUNT_?KEY|CREDENTIALS?)[A-Za-z0-9_]{0,60}[ \t]{0,3}=[ \t]{0,3})(${VALUE})`,
      "gi",
    ),
    // `TOKEN=$(az acr login … --expose-token …)` is a command, not a secret.
    replace: (g) => (g[2]?.startsWith("(") ? null : hideValue(2)(g)),
  },
  {
    what: "bare JWTs (Entra ID tokens, ACR refresh/access tokens, registry bearer tokens)",
    pattern: /\beyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]{0,8192}/g,
    replace: () => REDACTED,
  },
  {
    what: "a token after the word Bearer outside a header (a challenge's realm=… is not one)",
    pattern: /(\bbearer[ \t]+)(?![A-Za-z_-]{1,40}=)([A-Za-z0-9._~+/-]{20,16384}={0,3})/gi,
    replace: hideValue(2),
  },
  {
    what: "well-known token formats (GitHub, GitLab, Docker Hub PATs, AWS access key ids)",
    pattern:
      /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}\b|\bgithub_pat_[A-Za-z0-9_]{20,255}\b|\bglpat-[A-Za-z0-9_-]{16,255}\b|\bdckr_pat_[A-Za-z0-9_-]{16,255}\b|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
    replace: () => REDACTED,
  },
];

function applyRule(text: string, rule: Rule, counter: { count: number }): string {
  return text.replace(rule.pattern, (whole: string, ...rest: unknown[]) => {
    // rest = [...groups, offset, input]; unmatched groups arrive as undefined.
    const groups = [whole, ...rest.slice(0, -2).map((g) => (typeof g === "string" ? g : ""))];
    const replacement = rule.replace(groups);
    if (replacement === null) return whole;
    counter.count += 1;
    return replacement;
  });
}

/** Replace every secret in pasted text with `[REDACTED]`; returns the text and how many were hidden. */
export function redactSecrets(text: string): Redaction {
  const counter = { count: 0 };
  let out = text;
  for (const rule of RULES) {
    const only = rule.onLines;
    out = only
      ? out
          .split("\n")
          .map((line) => (only.test(line) ? applyRule(line, rule, counter) : line))
          .join("\n")
      : applyRule(out, rule, counter);
  }
  return { text: out, count: counter.count };
}
