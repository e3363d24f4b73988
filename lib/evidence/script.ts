// Generates the "run this on the affected machine" script: one bash file, filled in with the
// registry (and repository) as shell-quoted values, that collects what THAT machine sees — DNS,
// proxy route, TCP/TLS, GET /v2/ and its challenge, the token service, the manifest and blob host,
// the Docker daemon, the CLI versions, az's cloud and the NAMES of the auth-file entries — and
// prints one JSON document (lib/evidence/schema.ts). The live check sees the registry from the
// server; this sees it from behind the customer's firewall, proxy and private DNS.
//
// The script needs bash (3.2 or later: macOS's works), curl, and standard tools (sed, awk, tr, head);
// it uses openssl, getent/dscacheutil, dig/nslookup, timeout, docker, podman and az when present and
// records `null` or "missing" when not. Every network command has a bounded time (curl
// --connect-timeout and --max-time; the others through timeout or a watchdog). It never evals
// what it reads, never sends a credential, prints nothing secret (no tokens, no auth values, no
// proxy passwords), and exits 0 whatever it found. Isomorphic: the page generates it in the browser.
import { CLIENT_EVIDENCE_SCHEMA_ID, CLIENT_SCRIPT_VERSION } from "./schema";
import { planProbe } from "@/lib/probe/plan";
import { ProbeRequestSchema } from "@/lib/probe/schema";
import { fieldProblems, type FieldProblem } from "@/lib/validation";

export interface ScriptInput {
  registry: string;
  repository?: string | undefined;
  reference?: string | undefined;
  /** Image platform to resolve in an index: os/arch[/variant]; default linux/amd64. */
  platform?: string | undefined;
  /** When the script was generated (tests pass a fixed one). */
  now?: Date;
}

export type ScriptPlan =
  | {
      ok: true;
      script: string;
      fileName: string;
      loginServer: string;
      /** login server and image, e.g. myreg.azurecr.io/team/app:1.0 */ what: string;
    }
  | { ok: false; problems: FieldProblem[] };

/** Thrown by generateScript for input that names no registry; carries the field-by-field sentences. */
export class ScriptInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field} ${problem.message}`).join("; "));
    this.name = "ScriptInputError";
  }
}

/** Where a provider serves layers from when that host is known in advance (probed for reachability only). */
const KNOWN_BLOB_HOSTS: Partial<Record<string, string>> = {
  dockerhub: "production.cloudflare.docker.com",
  ghcr: "pkg-containers.githubusercontent.com",
};

/** A POSIX shell single-quoted word: nothing inside is expanded. */
export function shellQuote(value: string): string {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ScriptInputError([{ field: "registry", message: "contains a control character" }]);
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The script for a registry, or field-by-field sentences when the input names none. */
export function planScript(input: ScriptInput): ScriptPlan {
  const request = ProbeRequestSchema.safeParse({
    registry: input.registry,
    ...(input.repository?.trim() ? { repository: input.repository } : {}),
    ...(input.reference?.trim() ? { reference: input.reference } : {}),
    ...(input.platform?.trim() ? { platform: input.platform } : {}),
  });
  if (!request.success) return { ok: false, problems: fieldProblems(request.error) };
  const planned = planProbe(request.data);
  if (!planned.ok) return { ok: false, problems: planned.problems };
  const { target, provider } = planned.plan;
  const hub = provider === "dockerhub";
  const values: [string, string][] = [
    ["RD_VERSION", CLIENT_SCRIPT_VERSION],
    ["RD_GENERATED_AT", (input.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z")],
    ["RD_INPUT", request.data.registry],
    ["RD_HOST", target.host.replace(/^\[(.*)\]$/, "$1")],
    ["RD_PORT", String(target.port)],
    ["RD_SCHEME", target.scheme],
    ["RD_LOGIN_SERVER", target.loginServer],
    ["RD_REPOSITORY", target.repository ?? ""],
    ["RD_REFERENCE", target.repository ? (target.reference ?? "latest") : ""],
    ["RD_PLATFORM", target.platform],
    ["RD_PROVIDER", provider],
    // The key each client looks a stored login up under (docker: the v1 URL for Docker Hub).
    ["RD_DOCKER_KEY", hub ? "https://index.docker.io/v1/" : target.loginServer],
    ["RD_PODMAN_KEY", hub ? "docker.io" : target.loginServer],
    ["RD_KNOWN_BLOB_HOST", KNOWN_BLOB_HOSTS[provider] ?? ""],
  ];
  const what = `${target.loginServer}${target.repository ? `/${target.repository}:${target.reference ?? "latest"}` : ""}`;
  const header = [
    "#!/usr/bin/env bash",
    `# Registry Doctor: evidence from this machine for ${what.replace(/[^\x20-\x7e]/g, "?")}`,
    "#",
    "# Run it where the pull fails, the way you run docker there (with sudo if you use sudo docker):",
    "#   bash registry-doctor-evidence.sh > evidence.json      (or run it and copy what it prints)",
    "# then paste the JSON into Registry Doctor. It prints ONE JSON document and nothing secret:",
    "# it asks the registry anonymously, reads auth files for entry NAMES only (never their values),",
    "# removes user:password from proxy variables and never prints a token. It changes nothing.",
    "# Works on Linux, macOS, WSL and Azure Cloud Shell with bash and curl; openssl, dig or nslookup,",
    "# docker, podman and az are used when present. Options: --timeout SECONDS, --cacert FILE.",
    `# Output format: ${CLIENT_EVIDENCE_SCHEMA_ID}`,
    "",
    ...values.map(([name, value]) => `${name}=${shellQuote(value)}`),
    "",
  ].join("\n");
  const host = target.host.replace(/[^a-z0-9.-]+/gi, "-").replace(/^-+|-+$/g, "") || "registry";
  return { ok: true, script: `${header}${BODY}`, fileName: `registry-doctor-evidence-${host}.sh`, loginServer: target.loginServer, what };
}

/** The script for a registry; throws ScriptInputError when the input names no registry. */
export function generateScript(input: ScriptInput): string {
  const plan = planScript(input);
  if (!plan.ok) throw new ScriptInputError(plan.problems);
  return plan.script;
}

/**
 * The script's fixed part, written as bash reads it: the tag keeps backslashes as typed, and only
 * `\${` stands for `${` (a template literal would substitute it). No substitutions allowed.
 */
function bash(strings: TemplateStringsArray, ...substitutions: never[]): string {
  if (substitutions.length > 0) throw new Error("the script body takes no substitutions");
  return strings.raw.join("").replaceAll("\\${", "${");
}

const BODY = bash`
# ---------------------------------------------------------------------------------------------
# Everything below is the same for every registry. It never evaluates text it reads, never sends
# a credential, and prints nothing secret: proxy user:password is removed, auth files are read for
# their entry NAMES only, tokens stay in memory and are never printed.
set +e
shopt -u patsub_replacement 2>/dev/null
export LC_ALL=C
umask 077

RD_TIMEOUT=8
RD_CACERT=
rd_usage() {
  printf '%s\n' "Usage: bash $(basename -- "$0" 2>/dev/null || echo script.sh) [--timeout SECONDS] [--cacert FILE]" \
    "  Collects what this machine sees of $RD_LOGIN_SERVER and prints one JSON document." \
    "  --timeout SECONDS  limit for each network operation (default 8)" \
    "  --cacert FILE      judge TLS against this CA instead of the system's trust store" >&2
}
while [ "$#" -gt 0 ]; do
  case "$1" in
    --timeout) RD_TIMEOUT=\${2:-}; shift; [ "$#" -gt 0 ] && shift ;;
    --timeout=*) RD_TIMEOUT=\${1#--timeout=}; shift ;;
    --cacert) RD_CACERT=\${2:-}; shift; [ "$#" -gt 0 ] && shift ;;
    --cacert=*) RD_CACERT=\${1#--cacert=}; shift ;;
    -h | --help) rd_usage; exit 0 ;;
    *) printf 'registry-doctor: unknown option %s\n' "$1" >&2; rd_usage; exit 2 ;;
  esac
done
case "$RD_TIMEOUT" in '' | *[!0-9]*) printf 'registry-doctor: --timeout takes whole seconds, e.g. --timeout 5\n' >&2; exit 2 ;; esac
[ "$RD_TIMEOUT" -ge 1 ] || RD_TIMEOUT=1
[ "$RD_TIMEOUT" -le 60 ] || RD_TIMEOUT=60
if [ -n "$RD_CACERT" ] && [ ! -r "$RD_CACERT" ]; then printf 'registry-doctor: --cacert %s: cannot read that file\n' "$RD_CACERT" >&2; exit 2; fi
RD_MAX_TIME=$((RD_TIMEOUT * 2))

RD_TMP=$(mktemp -d 2>/dev/null || mktemp -d -t registry-doctor)
if [ -z "$RD_TMP" ] || [ ! -d "$RD_TMP" ]; then printf 'registry-doctor: cannot create a temporary directory\n' >&2; exit 1; fi
trap 'rm -rf "$RD_TMP"' EXIT
trap 'rm -rf "$RD_TMP"; printf "\nregistry-doctor: interrupted; nothing was printed.\n" >&2; exit 130' INT TERM

RD_TAB=$(printf '\t')
RD_CR=$(printf '\r')
RD_NOTES=$RD_TMP/notes
: >"$RD_NOTES"

progress() { printf 'registry-doctor: %s\n' "$*" >&2; }
note() { printf '%s\n' "$*" >>"$RD_NOTES"; }
have() { command -v "$1" >/dev/null 2>&1; }
lower() { printf '%s' "$1" | tr 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' 'abcdefghijklmnopqrstuvwxyz'; }
now_iso() { date -u '+%Y-%m-%dT%H:%M:%SZ'; }
now_ms() {
  local n
  n=$(date '+%s%N' 2>/dev/null)
  case "$n" in *[!0-9]* | '') printf '%s000' "$(date '+%s')" ;; *) printf '%s' "\${n%??????}" ;; esac
}

# --- JSON, built without jq ---------------------------------------------------------------------
# jstr VALUE: VALUE as a JSON string literal (quotes, backslashes, control characters escaped).
jstr() {
  case "$1" in
    *[!A-Za-z0-9._~:/@+=,%\ -]*)
      printf '"'
      printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$RD_TAB/\\\\t/g" -e "s/$RD_CR/\\\\r/g" |
        tr -d '\000-\010\013\014\016-\037\177' | awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }'
      printf '"' ;;
    *) printf '"%s"' "$1" ;;
  esac
}
# jsn VALUE: a JSON string, or null when VALUE is empty.
jsn() { if [ -n "$1" ]; then jstr "$1"; else printf 'null'; fi; }
# jint VALUE: a JSON integer, or null when VALUE is not digits.
jint() { case "$1" in '' | *[!0-9]*) printf 'null' ;; *) printf '%d' "$((10#$1))" ;; esac; }
# jnum VALUE: a JSON number (curl's seconds), or null.
jnum() {
  case "$1" in
    '' | *[!0-9.]* | *.*.* | .* | *.) printf 'null' ;;
    *.*) local i=\${1%%.*}; printf '%d.%s' "$((10#$i))" "\${1#*.}" ;;
    *) printf '%d' "$((10#$1))" ;;
  esac
}
jbool() { if [ "$1" = 1 ]; then printf 'true'; else printf 'false'; fi; }
# jarr: stdin lines as a JSON array of strings (empty lines dropped).
jarr() {
  local first=1 item
  printf '['
  while IFS= read -r item || [ -n "$item" ]; do
    [ -n "$item" ] || continue
    [ "$first" = 1 ] || printf ','
    first=0
    jstr "$item"
  done
  printf ']'
}

# scrub: stdin to stdout with credentials, tokens and signatures removed from free text.
scrub() {
  sed -E \
    -e 's#([A-Za-z][A-Za-z0-9+.-]*://)[^/@[:space:]]*@#\1#g' \
    -e 's#eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*#<token>#g' \
    -e 's#([?&;](sig|signature|Signature|se|st|sv|sp|skoid|sktid|token|access_token|code|X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Policy|Key-Pair-Id)=)[^&[:space:]"]*#\1<redacted>#g' \
    -e 's#([Aa]uthorization[": ]+)([Bb]asic|[Bb]earer)[ ]+[A-Za-z0-9+/=._~-]+#\1\2 <redacted>#g'
}
# strip_userinfo URL: URL without user:password@.
strip_userinfo() {
  local v=$1 scheme='' rest
  case "$v" in *://*) scheme="\${v%%://*}://"; rest=\${v#*://} ;; *) rest=$v ;; esac
  case "$rest" in *@*) rest=\${rest##*@} ;; esac
  printf '%s%s' "$scheme" "$rest"
}
has_userinfo() { case "\${1#*://}" in *@*) return 0 ;; esac; return 1; }
# strip_query URL: URL without ?query and #fragment (signed URLs carry their signature there).
strip_query() { local u=\${1%%\#*}; printf '%s' "\${u%%\?*}"; }
tilde() { case "$1" in "$HOME"/*) printf '~/%s' "\${1#"$HOME"/}" ;; *) printf '%s' "$1" ;; esac; }

# run_limited SECONDS COMMAND...: runs COMMAND with stdin closed, killed after SECONDS.
run_limited() {
  local secs=$1
  shift
  if have timeout; then timeout "$secs" "$@" </dev/null; return $?; fi
  if have gtimeout; then gtimeout "$secs" "$@" </dev/null; return $?; fi
  "$@" </dev/null &
  local pid=$!
  (sleep "$secs"; kill -TERM "$pid" 2>/dev/null) >/dev/null 2>&1 &
  local dog=$!
  wait "$pid"
  local rc=$?
  kill "$dog" 2>/dev/null
  wait "$dog" 2>/dev/null
  return $rc
}

is_ip() {
  case "$1" in
    *:*) return 0 ;;
    *[!0-9.]* | '') return 1 ;;
    *) return 0 ;;
  esac
}

# json_paths [ALLOW-REGEX]: reads JSON on stdin and prints one line per value: its path (keys
# joined by \034) and, only when the path matches ALLOW-REGEX, a tab and the value. Values of
# other paths never leave awk: that is how auth files are read for names only.
json_paths() {
  awk -v allow="\${1:-^$}" '
    function vpath() { if (d == 0) return ""; return pth[d] "\034" (typ[d] == "{" ? k[d] : ix[d]) }
    function out(p, v) { if (p ~ allow) print p "\t" v; else print p }
    { s = s $0 "\n" }
    END {
      n = length(s); i = 1; d = 0
      while (i <= n) {
        c = substr(s, i, 1)
        if (c == "\"") {
          j = i + 1; str = ""
          while (j <= n) {
            ch = substr(s, j, 1)
            if (ch == "\\") { nx = substr(s, j + 1, 1); if (nx == "\"" || nx == "\\" || nx == "/") str = str nx; else str = str "\\" nx; j += 2; continue }
            if (ch == "\"") break
            str = str ch; j++
          }
          i = j + 1
          if (d > 0 && typ[d] == "{" && wantkey[d]) { k[d] = str; wantkey[d] = 0; continue }
          out(vpath(), str); continue
        }
        if (c == "{" || c == "[") { p = vpath(); print p; d++; typ[d] = c; pth[d] = p; ix[d] = 0; k[d] = ""; wantkey[d] = (c == "{"); i++; continue }
        if (c == "}" || c == "]") { if (d > 0) d--; i++; continue }
        if (c == ",") { if (typ[d] == "[") ix[d]++; else wantkey[d] = 1; i++; continue }
        if (c == ":" || c == " " || c == "\t" || c == "\n" || c == "\r") { i++; continue }
        j = i
        while (j <= n && substr(s, j, 1) !~ /[],} \t\r\n]/) j++
        if (j == i) j = i + 1
        out(vpath(), substr(s, i, j - i)); i = j
      }
    }'
}

# --- the target, as generated ------------------------------------------------------------------
RD_STARTED_AT=$(now_iso)
progress "collecting evidence for $RD_LOGIN_SERVER (each network step gives up after \${RD_TIMEOUT}-$RD_MAX_TIME s)."
RD_URL_HOST=$RD_HOST
case "$RD_HOST" in *:*) RD_URL_HOST="[$RD_HOST]" ;; esac
RD_BASE_URL="$RD_SCHEME://$RD_URL_HOST:$RD_PORT"

# Trust as docker does: the system store (or --cacert); CA variables of the shell are not docker's.
RD_CA_VARS=
for v in CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR REQUESTS_CA_BUNDLE NODE_EXTRA_CA_CERTS; do
  if [ -n "\${!v:-}" ]; then RD_CA_VARS="$RD_CA_VARS$v
"; fi
done
unset CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR

# --- proxies, the way curl picks them ----------------------------------------------------------
no_proxy_match() {
  local host entry e list
  host=$(lower "$1")
  list=$(printf '%s' "$2" | tr ',' ' ')
  set -f
  for entry in $list; do
    e=$(lower "$entry")
    e=\${e#\*}
    e=\${e#.}
    if [ "$entry" = '*' ] || [ "$host" = "$e" ]; then set +f; return 0; fi
    case "$host" in *."$e") if [ -n "$e" ]; then set +f; return 0; fi ;; esac
  done
  set +f
  return 1
}
# proxy_for SCHEME HOST: sets PX_VAR and PX_RAW (the variable's value, kept in memory only).
proxy_for() {
  local names name value
  PX_VAR=
  PX_RAW=
  if [ "$1" = https ]; then names='https_proxy HTTPS_PROXY all_proxy ALL_PROXY'; else names='http_proxy all_proxy ALL_PROXY'; fi
  for name in $names; do
    value=\${!name:-}
    if [ -n "$value" ]; then PX_VAR=$name; PX_RAW=$value; break; fi
  done
  [ -n "$PX_RAW" ] || return 0
  if no_proxy_match "$2" "\${no_proxy:-\${NO_PROXY:-}}"; then PX_VAR=; PX_RAW=; fi
  return 0
}
proxy_json() {
  if [ -z "$PX_RAW" ]; then printf 'null'; return; fi
  local cred=0
  has_userinfo "$PX_RAW" && cred=1
  printf '{"variable":%s,"url":%s,"credentials":%s}' "$(jstr "$PX_VAR")" "$(jstr "$(strip_userinfo "$PX_RAW")")" "$(jbool $cred)"
}

# --- DNS through the system resolver, and the CNAME chain ------------------------------------------
# dns_json HOST: prints the dns object.
dns_json() {
  local host=$1 started resolver=none outcome=unresolved out rc canonical='' addrs='' chain_tool=none chain_status='' cnames='' chain_addrs=''
  if is_ip "$host"; then
    printf '{"literal":true,"resolver":"literal","outcome":"ok","addresses":[%s],"canonicalName":null,"chainTool":"none","chainStatus":null,"cnames":[],"chainAddresses":[],"ms":0}' "$(jstr "$host")"
    return
  fi
  started=$(now_ms)
  if have getent; then
    resolver=getent
    out=$(run_limited "$RD_TIMEOUT" getent ahosts "$host" 2>/dev/null)
    rc=$?
    addrs=$(printf '%s\n' "$out" | awk 'NF >= 1 && !seen[$1]++ { print $1 }')
    canonical=$(printf '%s\n' "$out" | awk 'NF >= 3 { print $3; exit }')
    if [ -n "$addrs" ]; then outcome=ok; elif [ "$rc" = 124 ] || [ "$rc" = 143 ]; then outcome=timeout; fi
  elif have dscacheutil; then
    resolver=dscacheutil
    out=$(run_limited "$RD_TIMEOUT" dscacheutil -q host -a name "$host" 2>/dev/null)
    addrs=$(printf '%s\n' "$out" | awk '($1 == "ip_address:" || $1 == "ipv6_address:") && !seen[$2]++ { print $2 }')
    canonical=$(printf '%s\n' "$out" | awk '$1 == "name:" { print $2; exit }')
    [ -n "$addrs" ] && outcome=ok
  elif have perl; then
    resolver=perl
    out=$(run_limited "$RD_TIMEOUT" perl -e 'my @h = gethostbyname($ARGV[0]) or exit 2; print "name $h[0]\n"; print "addr ", join(".", unpack("C4", $_)), "\n" for @h[4 .. $#h];' "$host" 2>/dev/null)
    addrs=$(printf '%s\n' "$out" | awk '$1 == "addr" { print $2 }')
    canonical=$(printf '%s\n' "$out" | awk '$1 == "name" { print $2; exit }')
    [ -n "$addrs" ] && outcome=ok
  fi
  # The chain needs a DNS tool; names only the hosts file or this machine answer are not asked about.
  case "$host" in
    localhost | *.localhost | *.local) ;;
    *)
      if have dig; then
        chain_tool=dig
        out=$(run_limited "$RD_TIMEOUT" dig +time=2 +tries=1 "$host" A 2>&1)
        chain_status=$(printf '%s\n' "$out" | sed -n 's/.*status: \([A-Z]*\).*/\1/p' | head -n 1)
        case "$out" in *'timed out'* | *'no servers could be reached'*) [ -n "$chain_status" ] || chain_status=timeout ;; esac
        cnames=$(printf '%s\n' "$out" | awk '$1 !~ /^;/ && $4 == "CNAME" { sub(/\.$/, "", $5); print $5 }')
        chain_addrs=$(printf '%s\n' "$out" | awk '$1 !~ /^;/ && ($4 == "A" || $4 == "AAAA") { print $5 }')
      elif have nslookup; then
        chain_tool=nslookup
        out=$(run_limited "$RD_TIMEOUT" nslookup "$host" 2>&1)
        case "$out" in
          *NXDOMAIN*) chain_status=NXDOMAIN ;;
          *SERVFAIL*) chain_status=SERVFAIL ;;
          *REFUSED*) chain_status=REFUSED ;;
          *'timed out'* | *'no servers could be reached'*) chain_status=timeout ;;
          *) chain_status=NOERROR ;;
        esac
        cnames=$(printf '%s\n' "$out" | sed -n 's/.*canonical name = \(.*\)$/\1/p' | sed 's/\.$//')
        chain_addrs=$(printf '%s\n' "$out" | awk '/^Name:/ { named = 1 } named && $1 == "Address:" { print $2 }')
      elif [ "$resolver" = perl ] || have perl; then
        chain_tool=perl
        out=$(run_limited "$RD_TIMEOUT" perl -e 'my @h = gethostbyname($ARGV[0]) or exit 2; print "$_\n" for split(/ /, $h[1]);' "$host" 2>/dev/null)
        cnames=$out
      fi
      ;;
  esac
  if [ "$outcome" != ok ]; then
    case "$chain_status" in
      NXDOMAIN) outcome=nxdomain ;;
      SERVFAIL) outcome=servfail ;;
      REFUSED) outcome=refused ;;
      timeout) outcome=timeout ;;
      NOERROR) [ -n "$chain_addrs" ] || outcome=nodata ;;
    esac
  fi
  printf '{"literal":false,"resolver":%s,"outcome":%s,"addresses":%s,"canonicalName":%s,"chainTool":%s,"chainStatus":%s,"cnames":%s,"chainAddresses":%s,"ms":%s}' \
    "$(jstr "$resolver")" "$(jstr "$outcome")" "$(printf '%s\n' "$addrs" | jarr)" "$(jsn "$canonical")" "$(jstr "$chain_tool")" \
    "$(jsn "$chain_status")" "$(printf '%s\n' "$cnames" | jarr)" "$(printf '%s\n' "$chain_addrs" | jarr)" "$(jint $(($(now_ms) - started)))"
}

# --- HTTP with curl -------------------------------------------------------------------------------
cfg_quote() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
# curl_probe ID METHOD URL [CURL ARGS...]: one request; the URL (and C_AUTH, a header held in
# memory) go to curl on stdin, so neither a signed URL nor a token shows in the process list.
# Leaves $RD_TMP/ID.json (the request object), ID.h (headers), ID.b (body); sets C_EXIT, C_CODE,
# C_CONNECT, C_APP (TLS seconds), C_CONN.
curl_probe() {
  local id=$1 method=$2 url=$3 hf ef wf bf scheme host
  shift 3
  hf=$RD_TMP/$id.h; bf=$RD_TMP/$id.b; ef=$RD_TMP/$id.e; wf=$RD_TMP/$id.w
  : >"$hf"; : >"$bf"; : >"$ef"; : >"$wf"
  set -- -q --verbose --silent --show-error --http1.1 --connect-timeout "$RD_TIMEOUT" --max-time "$RD_MAX_TIME" \
    --user-agent "registry-doctor-client-script/$RD_VERSION" -D "$hf" -o "$bf" \
    -w '%{http_code}|%{http_connect}|%{remote_ip}|%{remote_port}|%{time_namelookup}|%{time_connect}|%{time_appconnect}|%{time_pretransfer}|%{time_starttransfer}|%{time_total}|%{ssl_verify_result}' \
    "$@"
  [ -n "$RD_CACERT" ] && set -- "$@" --cacert "$RD_CACERT"
  [ "$method" = HEAD ] && set -- "$@" --head
  scheme=\${url%%://*}
  host=\${url#*://}; host=\${host%%/*}; host=\${host%%\?*}; host=\${host##*@}
  case "$host" in \[*) host=\${host%%]*}; host=\${host#[} ;; *) host=\${host%:*} ;; esac
  proxy_for "$scheme" "$host"
  [ "\${C_DIRECT:-0}" = 1 ] && { set -- "$@" --noproxy '*'; PX_VAR=; PX_RAW=; }
  {
    printf 'url = "%s"\n' "$(cfg_quote "$url")"
    [ -n "\${C_AUTH:-}" ] && printf 'header = "%s"\n' "$(cfg_quote "$C_AUTH")"
  } | curl -K - "$@" >"$wf" 2>"$ef"
  C_EXIT=$?
  local t_dns t_conn t_pre t_start t_total verify ip port err detail connected
  IFS='|' read -r C_CODE C_CONNECT ip port t_dns t_conn C_APP t_pre t_start t_total verify <"$wf"
  # The trace (--verbose) stays in the private temp dir: only curl's error line and the reason a
  # connection failed are read from it; its headers (and any credentials in them) never leave it.
  err=$(sed -n 's/^curl: ([0-9]*) //p' "$ef" | head -n 1 | scrub)
  detail=$(sed -n -e 's/^\* *connect to .* failed: //p' -e 's/^\* *Immediate connect fail for [^:]*: //p' "$ef" | tail -n 1 | scrub)
  connected=false
  grep -q '^\* *Connected to ' "$ef" && connected=true
  # curl names the variable it took a proxy from; that beats this script's reading of NO_PROXY.
  local used
  used=$(sed -n 's/^\* *Uses proxy env variable \([A-Za-z_]*\) == .*/\1/p' "$ef" | grep -i -e '^https_proxy$' -e '^http_proxy$' -e '^all_proxy$' | head -n 1)
  if [ -n "$used" ] && [ "\${C_DIRECT:-0}" != 1 ]; then PX_VAR=$used; PX_RAW=\${!used:-}; fi
  : >"$ef"
  C_CONN=$t_conn
  {
    printf '{"url":%s,"method":%s,"exitCode":%s,"error":%s,"detail":%s,"connected":%s,"httpCode":%s,"httpConnect":%s,"remoteIp":%s,"remotePort":%s,' \
      "$(jstr "$(strip_query "$(strip_userinfo "$url")")")" "$(jstr "$method")" "$(jint "$C_EXIT")" "$(jsn "$err")" "$(jsn "$detail")" "$connected" \
      "$(jint "\${C_CODE:-0}")" "$(jint "\${C_CONNECT:-0}")" "$(jsn "$ip")" "$(jint "$port")"
    printf '"timings":{"namelookup":%s,"connect":%s,"appconnect":%s,"pretransfer":%s,"starttransfer":%s,"total":%s},' \
      "$(jnum "$t_dns")" "$(jnum "$t_conn")" "$(jnum "$C_APP")" "$(jnum "$t_pre")" "$(jnum "$t_start")" "$(jnum "$t_total")"
    printf '"sslVerifyResult":%s,"proxy":%s,"headers":%s,"body":' "$(jint "$verify")" "$(proxy_json)" "$(headers_json "$hf")"
    case "\${C_CODE:-0}" in
      2??) printf 'null' ;;
      *) if [ "\${C_BODY:-1}" = 1 ] && [ "$method" != HEAD ] && [ -s "$bf" ]; then jstr "$(head -c 600 "$bf" | tr -c '[:print:]\n\t' '?' | scrub)"; else printf 'null'; fi ;;
    esac
    printf '}'
  } >"$RD_TMP/$id.json"
}

# headers_json FILE: the final response's status, header names and the headers that matter.
headers_json() {
  [ -s "$1" ] || { printf 'null'; return; }
  local kind value status='' names='' www='' pauth='' api='' ctype='' loc='' digest='' rl='' rr='' rs='' ra='' squid=''
  while IFS="$RD_TAB" read -r kind value; do
    case "$kind" in
      status) status=$value ;;
      name) names="$names$value
" ;;
      www-authenticate) www="$www$value
" ;;
      proxy-authenticate) pauth="$pauth$value
" ;;
      docker-distribution-api-version) api=$value ;;
      content-type) ctype=$value ;;
      location) loc=$(strip_query "$value") ;;
      docker-content-digest) digest=$value ;;
      ratelimit-limit) rl=$value ;;
      ratelimit-remaining) rr=$value ;;
      docker-ratelimit-source) rs=$value ;;
      retry-after) ra=$value ;;
      x-squid-error) squid=$value ;;
    esac
  done <<HEADERS
$(tr -d '\r' <"$1" | awk '
  /^HTTP\// { blocks++; delete seen; nnames = 0; status = $0; wwwn = 0; next }
  /^[A-Za-z0-9-]+:/ {
    name = tolower(substr($0, 1, index($0, ":") - 1)); value = substr($0, index($0, ":") + 1); sub(/^[ \t]+/, "", value)
    if (name == "proxy-authenticate") pa[++npa] = value
    if (name == "x-squid-error") squid = value
    if (!(name in seen)) { seen[name] = 1; names[++nnames] = name }
    if (name == "www-authenticate") www[++wwwn] = value
    else last[name] = value
  }
  END {
    print "status\t" status
    for (i = 1; i <= nnames; i++) print "name\t" names[i]
    for (i = 1; i <= wwwn; i++) print "www-authenticate\t" www[i]
    for (i = 1; i <= npa; i++) print "proxy-authenticate\t" pa[i]
    if (squid != "") print "x-squid-error\t" squid
    n = split("docker-distribution-api-version content-type location docker-content-digest ratelimit-limit ratelimit-remaining docker-ratelimit-source retry-after", want, " ")
    for (i = 1; i <= n; i++) if ((want[i] in last) && (want[i] in seen)) print want[i] "\t" last[want[i]]
  }')
HEADERS
  printf '{"status":%s,"names":%s,"wwwAuthenticate":%s,"proxyAuthenticate":%s,"apiVersion":%s,"contentType":%s,"location":%s,"contentDigest":%s,"rateLimitLimit":%s,"rateLimitRemaining":%s,"rateLimitSource":%s,"retryAfter":%s,"squidError":%s}' \
    "$(jsn "$status")" "$(printf '%s' "$names" | jarr)" "$(printf '%s' "$www" | jarr)" "$(printf '%s' "$pauth" | jarr)" "$(jsn "$api")" "$(jsn "$ctype")" \
    "$(jsn "$loc")" "$(jsn "$digest")" "$(jsn "$rl")" "$(jsn "$rr")" "$(jsn "$rs")" "$(jsn "$ra")" "$(jsn "$squid")"
}

# error_codes FILE: the OCI error codes in a JSON body, one a line.
error_codes() {
  tr -d '\n\r' <"$1" 2>/dev/null | awk '{
    while (match($0, /"code"[ \t]*:[ \t]*"[A-Z_]+"/)) { m = substr($0, RSTART, RLENGTH); sub(/^"code"[ \t]*:[ \t]*"/, "", m); sub(/"$/, "", m); print m; $0 = substr($0, RSTART + RLENGTH) }
  }' | head -n 10
}

# --- TLS details with openssl ---------------------------------------------------------------------
# tls_json HOST PORT: what the certificate chain looks like from here.
tls_json() {
  local host=$1 port=$2 of=$RD_TMP/tls.out ef=$RD_TMP/tls.err pem=$RD_TMP/leaf.pem target
  if ! have openssl; then printf '{"tool":"none","skipped":"openssl is not installed","verifyCode":null,"verifyText":null,"protocol":null,"chainSent":null,"leaf":null,"error":null}'; return; fi
  proxy_for https "$host"
  set --
  if [ -n "$PX_RAW" ]; then
    if has_userinfo "$PX_RAW"; then
      printf '{"tool":"none","skipped":"the proxy needs credentials, which this script does not hand to openssl","verifyCode":null,"verifyText":null,"protocol":null,"chainSent":null,"leaf":null,"error":null}'
      return
    fi
    local p=\${PX_RAW#*://}
    p=\${p%%/*}
    case "$p" in *:*) ;; *) p="$p:80" ;; esac
    set -- -proxy "$p"
  fi
  case "$host" in *:*) target="[$host]:$port" ;; *) target="$host:$port" ;; esac
  is_ip "$host" || set -- "$@" -servername "$host"
  [ -n "$RD_CACERT" ] && set -- "$@" -CAfile "$RD_CACERT"
  run_limited "$RD_TIMEOUT" openssl s_client -connect "$target" -showcerts "$@" >"$of" 2>"$ef"
  local code text protocol sent err subject='' issuer='' nb='' na='' sans='' aia=0 expired='' soon=''
  code=$(sed -n 's/^ *Verify return code: \([0-9]*\).*/\1/p' "$of" | tail -n 1)
  text=$(sed -n 's/^ *Verify return code: [0-9]* (\(.*\))$/\1/p' "$of" | tail -n 1)
  protocol=$(sed -n 's/^ *Protocol *: *\(.*\)$/\1/p' "$of" | head -n 1)
  [ -n "$protocol" ] || protocol=$(sed -n 's/^New, \([^,]*\), Cipher.*/\1/p' "$of" | head -n 1)
  sent=$(grep -c -- '-----BEGIN CERTIFICATE-----' "$of" 2>/dev/null)
  awk '/-----BEGIN CERTIFICATE-----/ { f = 1 } f { print } /-----END CERTIFICATE-----/ { exit }' "$of" >"$pem"
  if [ -s "$pem" ]; then
    subject=$(openssl x509 -in "$pem" -noout -subject 2>/dev/null | sed 's/^subject= *//')
    issuer=$(openssl x509 -in "$pem" -noout -issuer 2>/dev/null | sed 's/^issuer= *//')
    nb=$(openssl x509 -in "$pem" -noout -startdate 2>/dev/null | sed 's/^notBefore=//')
    na=$(openssl x509 -in "$pem" -noout -enddate 2>/dev/null | sed 's/^notAfter=//')
    local textform
    textform=$(openssl x509 -in "$pem" -noout -text 2>/dev/null)
    sans=$(printf '%s\n' "$textform" | awk '/Subject Alternative Name/ { getline; print; exit }' | tr ',' '\n' | sed 's/^ *//')
    case "$textform" in *'CA Issuers'*) aia=1 ;; esac
    if openssl x509 -in "$pem" -noout -checkend 0 >/dev/null 2>&1; then expired=false; else expired=true; fi
    if openssl x509 -in "$pem" -noout -checkend 1209600 >/dev/null 2>&1; then soon=false; else soon=true; fi
  fi
  err=
  [ -s "$pem" ] || err=$(grep -v -e '^depth=' -e '^verify ' -e '^DONE' -e 'SSL_get_servername' "$ef" | head -n 2 | tr '\n' ' ' | scrub)
  printf '{"tool":"openssl","skipped":null,"verifyCode":%s,"verifyText":%s,"protocol":%s,"chainSent":%s,"leaf":' \
    "$(jint "$code")" "$(jsn "$text")" "$(jsn "$protocol")" "$(jint "$sent")"
  if [ -s "$pem" ]; then
    printf '{"subject":%s,"issuer":%s,"notBefore":%s,"notAfter":%s,"sans":%s,"caIssuers":%s,"expired":%s,"expiresWithin14Days":%s}' \
      "$(jstr "$subject")" "$(jstr "$issuer")" "$(jsn "$nb")" "$(jsn "$na")" "$(printf '%s\n' "$sans" | jarr)" "$(jbool $aia)" "\${expired:-null}" "\${soon:-null}"
  else
    printf 'null'
  fi
  printf ',"error":%s}' "$(jsn "$err")"
}

# url_parts URL: sets U_SCHEME U_HOST U_PORT.
url_parts() {
  local rest hostport
  U_SCHEME=$(lower "\${1%%://*}")
  rest=\${1#*://}
  hostport=\${rest%%/*}; hostport=\${hostport%%\?*}; hostport=\${hostport##*@}
  case "$hostport" in
    \[*) U_HOST=\${hostport%%]*}; U_HOST=\${U_HOST#[}; U_PORT=\${hostport##*]}; U_PORT=\${U_PORT#:} ;;
    *:*) U_HOST=\${hostport%%:*}; U_PORT=\${hostport##*:} ;;
    *) U_HOST=$hostport; U_PORT= ;;
  esac
  U_HOST=$(lower "$U_HOST")
  if [ -z "$U_PORT" ]; then if [ "$U_SCHEME" = http ]; then U_PORT=80; else U_PORT=443; fi; fi
}

# hop_json NAME HOST PORT SCHEME SAME KNOWN DNSFILE REQUESTID DIRECTID TLSFILE SKIPPED
hop_json() {
  local f
  printf '{"hop":%s,"host":%s,"port":%s,"scheme":%s,"sameAsApi":%s,"known":%s,"dns":' "$(jstr "$1")" "$(jstr "$2")" "$(jint "$3")" "$(jstr "$4")" "$(jbool "$5")" "$(jbool "$6")"
  if [ -n "$7" ] && [ -s "$7" ]; then cat "$7"; else printf 'null'; fi
  for f in "$8" "$9"; do
    printf ',"%s":' "$([ "$f" = "$8" ] && echo request || echo direct)"
    if [ -n "$f" ] && [ -s "$RD_TMP/$f.json" ]; then cat "$RD_TMP/$f.json"; else printf 'null'; fi
  done
  printf ',"tls":'
  if [ -n "\${10}" ] && [ -s "\${10}" ]; then cat "\${10}"; else printf 'null'; fi
  printf ',"skipped":%s}' "$(jsn "\${11}")"
}
RD_HOPS=$RD_TMP/hops
: >"$RD_HOPS"
add_hop() { [ -s "$RD_HOPS" ] && printf ',\n' >>"$RD_HOPS"; hop_json "$@" >>"$RD_HOPS"; }

# A TLS check is worth running when TCP connected and the handshake did not simply stall.
tls_worth() {
  [ "$1" = https ] || return 1
  case "$C_EXIT" in 5 | 6 | 7 | 28 | 127) return 1 ;; esac
  case "\${C_CONNECT:-000}" in 000 | 200) return 0 ;; esac
  return 1
}

# --- hop 1: the registry itself -------------------------------------------------------------------
progress "resolving $RD_HOST"
dns_json "$RD_HOST" >"$RD_TMP/api.dns"
progress "GET $RD_BASE_URL/v2/"
C_AUTH=
curl_probe api GET "$RD_BASE_URL/v2/"
API_EXIT=$C_EXIT
API_CODE=$C_CODE
: >"$RD_TMP/api.tls"
tls_worth "$RD_SCHEME" && { progress "TLS details of $RD_HOST:$RD_PORT"; tls_json "$RD_HOST" "$RD_PORT" >"$RD_TMP/api.tls"; }
API_DIRECT=
proxy_for "$RD_SCHEME" "$RD_HOST"
if [ -n "$PX_RAW" ]; then
  progress "GET $RD_BASE_URL/v2/ again, bypassing the proxy"
  C_DIRECT=1
  curl_probe apidirect GET "$RD_BASE_URL/v2/" --connect-timeout "$(((RD_TIMEOUT + 1) / 2))" --max-time "$RD_TIMEOUT"
  API_DIRECT=apidirect
  C_DIRECT=0
fi
add_hop api "$RD_HOST" "$RD_PORT" "$RD_SCHEME" 0 0 "$RD_TMP/api.dns" api "$API_DIRECT" "$RD_TMP/api.tls" ''

# --- the challenge, and hop 2: the token service ----------------------------------------------------
CH_SCHEME=; CH_REALM=; CH_SERVICE=; CH_RAW=
if [ "$API_EXIT" = 0 ]; then
  CH_RAW=$(tr -d '\r' <"$RD_TMP/api.h" | awk 'tolower($0) ~ /^http\// { raw = "" } tolower($0) ~ /^www-authenticate:/ { v = substr($0, index($0, ":") + 1); sub(/^[ \t]+/, "", v); raw = raw v "\n" } END { printf "%s", raw }')
  first=$(printf '%s\n' "$CH_RAW" | grep -i '^bearer' | head -n 1)
  [ -n "$first" ] || first=$(printf '%s\n' "$CH_RAW" | head -n 1)
  if [ -n "$first" ]; then
    CH_SCHEME=$(lower "\${first%% *}")
    CH_REALM=$(printf '%s' "$first" | sed -n 's/.*[Rr][Ee][Aa][Ll][Mm]="\([^"]*\)".*/\1/p')
    CH_SERVICE=$(printf '%s' "$first" | sed -n 's/.*[Ss][Ee][Rr][Vv][Ii][Cc][Ee]="\([^"]*\)".*/\1/p')
  fi
fi
TOKEN=
TOKEN_JSON=null
SCOPE=
[ -n "$RD_REPOSITORY" ] && SCOPE="repository:$RD_REPOSITORY:pull"
if [ "$CH_SCHEME" = bearer ]; then
  REALM=$CH_REALM
  case "$REALM" in /*) REALM="$RD_BASE_URL$REALM" ;; esac
  case "$REALM" in
    http://* | https://*)
      url_parts "$REALM"
      SAME=0
      [ "$U_HOST" = "$(lower "$RD_HOST")" ] && [ "$U_PORT" = "$RD_PORT" ] && [ "$U_SCHEME" = "$RD_SCHEME" ] && SAME=1
      : >"$RD_TMP/realm.dns"; : >"$RD_TMP/realm.tls"
      if [ "$SAME" = 0 ]; then progress "resolving $U_HOST"; dns_json "$U_HOST" >"$RD_TMP/realm.dns"; fi
      progress "asking $U_HOST for an anonymous token"
      set -- -G
      [ -n "$CH_SERVICE" ] && set -- "$@" --data-urlencode "service=$CH_SERVICE"
      [ -n "$SCOPE" ] && set -- "$@" --data-urlencode "scope=$SCOPE"
      C_BODY=0
      curl_probe realm GET "$REALM" "$@"
      C_BODY=1
      REALM_CODE=$C_CODE
      if [ "$SAME" = 0 ] && tls_worth "$U_SCHEME"; then tls_json "$U_HOST" "$U_PORT" >"$RD_TMP/realm.tls"; fi
      GOT=0
      if [ "$C_EXIT" = 0 ] && [ "$REALM_CODE" = 200 ]; then
        TOKEN=$(tr -d '\n\r' <"$RD_TMP/realm.b" | sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
        [ -n "$TOKEN" ] || TOKEN=$(tr -d '\n\r' <"$RD_TMP/realm.b" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
        [ -n "$TOKEN" ] && GOT=1
      fi
      ERRS='[]'
      [ "$REALM_CODE" = 200 ] || ERRS=$(error_codes "$RD_TMP/realm.b" | jarr)
      TOKEN_JSON=$(printf '{"scope":%s,"gotToken":%s,"errors":%s}' "$(jsn "$SCOPE")" "$(jbool $GOT)" "$ERRS")
      : >"$RD_TMP/realm.b"
      add_hop realm "$U_HOST" "$U_PORT" "$U_SCHEME" "$SAME" 0 "$RD_TMP/realm.dns" realm '' "$RD_TMP/realm.tls" ''
      ;;
    *)
      add_hop realm "\${CH_REALM:-(none)}" 443 https 0 0 '' '' '' '' 'the challenge has no usable realm URL'
      ;;
  esac
fi

# --- the manifest, read anonymously -----------------------------------------------------------------
ACCEPT='Accept: application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
MANIFEST_JSON=null
BLOB_JSON=null
READ_AUTH=
AUTH_KIND=none
if [ -n "$TOKEN" ]; then READ_AUTH="Authorization: Bearer $TOKEN"; AUTH_KIND=anonymous-token; fi
CAN_READ=0
[ "$API_EXIT" = 0 ] && [ "$API_CODE" = 200 ] && CAN_READ=1
[ -n "$TOKEN" ] && CAN_READ=1
if [ -n "$RD_REPOSITORY" ] && [ "$CAN_READ" = 1 ]; then
  M_URL="$RD_BASE_URL/v2/$RD_REPOSITORY/manifests/$RD_REFERENCE"
  progress "HEAD $M_URL"
  C_AUTH=$READ_AUTH; curl_probe manifest HEAD "$M_URL" -H "$ACCEPT"
  M_CODE=$C_CODE
  M_ERRORS='[]'
  TAGS_JSON=null
  if [ "$M_CODE" = 404 ]; then
    C_AUTH=$READ_AUTH; curl_probe manifestget GET "$M_URL" -H "$ACCEPT"
    M_ERRORS=$(error_codes "$RD_TMP/manifestget.b" | jarr)
    C_AUTH=$READ_AUTH; curl_probe tags GET "$RD_BASE_URL/v2/$RD_REPOSITORY/tags/list?n=1"
    TAGS_JSON=$(printf '{"status":%s,"errors":%s}' "$(jint "\${C_CODE:-0}")" "$( [ "$C_CODE" = 200 ] && printf '[]' || error_codes "$RD_TMP/tags.b" | jarr)")
  fi
  MANIFEST_JSON=$(printf '{"authorization":%s,"request":%s,"errors":%s,"tagList":%s}' "$(jstr "$AUTH_KIND")" "$(cat "$RD_TMP/manifest.json")" "$M_ERRORS" "$TAGS_JSON")

  # --- hop 3: where blobs come from ----------------------------------------------------------------
  if [ "$M_CODE" = 200 ] && [ "$RD_PROVIDER" != dockerhub ]; then
    progress "reading the manifest to find the config blob"
    C_AUTH=$READ_AUTH; curl_probe manifestbody GET "$M_URL" -H "$ACCEPT" --max-filesize 4194304
    DIGEST=
    OS=\${RD_PLATFORM%%/*}; REST=\${RD_PLATFORM#*/}; ARCH=\${REST%%/*}; VARIANT=
    case "$REST" in */*) VARIANT=\${REST#*/} ;; esac
    pick_digest() {
      json_paths '^\034(config\034digest|manifests\034[0-9]+\034(digest|platform\034(os|architecture|variant)))$' <"$1" |
        awk -F '\t' -v os="$OS" -v arch="$ARCH" -v variant="$VARIANT" '
          $1 == "\034config\034digest" { print "config\t" $2; exit }
          { n = split($1, p, "\034") }
          p[2] == "manifests" && p[4] == "digest" { d[p[3]] = $2 }
          p[2] == "manifests" && p[5] == "os" { o[p[3]] = $2 }
          p[2] == "manifests" && p[5] == "architecture" { a[p[3]] = $2 }
          p[2] == "manifests" && p[5] == "variant" { v[p[3]] = $2 }
          END {
            for (i in d) if (o[i] == os && a[i] == arch && (variant == "" || v[i] == variant)) { print "child\t" d[i]; exit }
            for (i in d) print "platform\t" o[i] "/" a[i] (v[i] == "" ? "" : "/" v[i])
          }'
    }
    PICK=$(pick_digest "$RD_TMP/manifestbody.b")
    PLATFORMS=$(printf '%s\n' "$PICK" | sed -n "s/^platform$RD_TAB//p")
    case "$PICK" in
      config"$RD_TAB"*) DIGEST=\${PICK#config"$RD_TAB"} ;;
      child"$RD_TAB"*)
        C_AUTH=$READ_AUTH; curl_probe manifestchild GET "$RD_BASE_URL/v2/$RD_REPOSITORY/manifests/\${PICK#child"$RD_TAB"}" -H "$ACCEPT" --max-filesize 4194304
        PICK=$(pick_digest "$RD_TMP/manifestchild.b")
        case "$PICK" in config"$RD_TAB"*) DIGEST=\${PICK#config"$RD_TAB"} ;; esac
        ;;
    esac
    case "$DIGEST" in sha256:* | sha512:*) ;; *) DIGEST= ;; esac
    if [ -n "$DIGEST" ]; then
      progress "GET the first byte of the config blob"
      C_AUTH=$READ_AUTH; curl_probe blobreg GET "$RD_BASE_URL/v2/$RD_REPOSITORY/blobs/$DIGEST" -H 'Range: bytes=0-0'
      B_CODE=$C_CODE
      LOCATION=$(tr -d '\r' <"$RD_TMP/blobreg.h" | awk 'tolower($0) ~ /^location:/ { v = substr($0, index($0, ":") + 1); sub(/^[ \t]+/, "", v) } END { print v }')
      REDIRECT_HOST=
      case "$B_CODE" in
        30?)
          case "$LOCATION" in /*) LOCATION="$RD_BASE_URL$LOCATION" ;; esac
          url_parts "$LOCATION"
          REDIRECT_HOST=$U_HOST
          SAME=0
          [ "$U_HOST" = "$(lower "$RD_HOST")" ] && [ "$U_PORT" = "$RD_PORT" ] && SAME=1
          : >"$RD_TMP/blob.dns"; : >"$RD_TMP/blob.tls"
          [ "$SAME" = 0 ] && { progress "resolving $U_HOST"; dns_json "$U_HOST" >"$RD_TMP/blob.dns"; }
          progress "GET the first byte from $U_HOST"
          C_AUTH=
          curl_probe blob GET "$LOCATION" -H 'Range: bytes=0-0'
          if [ "$SAME" = 0 ] && tls_worth "$U_SCHEME"; then tls_json "$U_HOST" "$U_PORT" >"$RD_TMP/blob.tls"; fi
          add_hop blob "$U_HOST" "$U_PORT" "$U_SCHEME" "$SAME" 0 "$RD_TMP/blob.dns" blob '' "$RD_TMP/blob.tls" ''
          ;;
      esac
      LOCATION=
      BLOB_JSON=$(printf '{"digest":%s,"request":%s,"redirectHost":%s,"platforms":null,"note":null}' "$(jstr "$DIGEST")" "$(cat "$RD_TMP/blobreg.json")" "$(jsn "$REDIRECT_HOST")")
    elif [ -n "$PLATFORMS" ]; then
      BLOB_JSON=$(printf '{"digest":null,"request":null,"redirectHost":null,"platforms":%s,"note":%s}' "$(printf '%s\n' "$PLATFORMS" | jarr)" "$(jstr "the image index has no $RD_PLATFORM manifest")")
    else
      BLOB_JSON='{"digest":null,"request":null,"redirectHost":null,"platforms":null,"note":"the config blob could not be found in the manifest"}'
    fi
  fi
fi
if [ -n "$RD_KNOWN_BLOB_HOST" ] && [ "$API_EXIT" = 0 ]; then
  progress "checking $RD_KNOWN_BLOB_HOST, where $RD_LOGIN_SERVER serves layers from"
  dns_json "$RD_KNOWN_BLOB_HOST" >"$RD_TMP/known.dns"
  curl_probe known GET "https://$RD_KNOWN_BLOB_HOST/"
  : >"$RD_TMP/known.tls"
  tls_worth https && tls_json "$RD_KNOWN_BLOB_HOST" 443 >"$RD_TMP/known.tls"
  add_hop blob "$RD_KNOWN_BLOB_HOST" 443 https 0 1 "$RD_TMP/known.dns" known '' "$RD_TMP/known.tls" ''
fi
TOKEN=
READ_AUTH=
C_AUTH=

# --- this machine: tools, Docker, podman, az ----------------------------------------------------
progress "looking at docker, podman and az on this machine"
tool_version() { have "$1" || return 0; run_limited 10 "$@" 2>/dev/null | head -n 1 | tr -d '\r' | cut -c 1-200; }
CURL_V=$(tool_version curl --version)
OPENSSL_V=$(tool_version openssl version)

D_INSTALLED=0; D_VERSION=; D_PODMAN=0; D_STATE=missing-cli; D_SERVER=; D_OS=; D_HTTP=; D_HTTPS=; D_NO=; D_ERR=
if have docker; then
  D_INSTALLED=1
  v=$(tool_version docker --version)
  D_VERSION=$(printf '%s' "$v" | sed -n 's/.*[Vv]ersion \([0-9][0-9A-Za-z.+~-]*\).*/\1/p' | sed 's/,$//')
  case "$v" in *[Pp]odman*) D_PODMAN=1 ;; esac
  if [ "$D_PODMAN" = 1 ]; then
    D_STATE=not-applicable
  else
    info=$(run_limited $((RD_TIMEOUT + 5)) docker info 2>&1)
    rc=$?
    field() { printf '%s\n' "$info" | sed -n "s/^ *$1: *//p" | head -n 1 | tr -d '\r'; }
    D_SERVER=$(field 'Server Version')
    D_OS=$(field 'Operating System')
    D_HTTP=$(strip_userinfo "$(field 'HTTP Proxy')")
    D_HTTPS=$(strip_userinfo "$(field 'HTTPS Proxy')")
    D_NO=$(field 'No Proxy')
    if [ -n "$D_SERVER" ]; then
      D_STATE=running
    elif [ "$rc" = 124 ] || [ "$rc" = 143 ]; then
      D_STATE=timeout
    else
      case "$info" in
        *'ermission denied'*) D_STATE=permission-denied ;;
        *'Cannot connect to the Docker daemon'* | *'Is the docker daemon running'* | *'error during connect'* | *'docker daemon is not running'*) D_STATE=not-running ;;
        *) D_STATE=error ;;
      esac
      D_ERR=$(printf '%s\n' "$info" | grep -i -e 'error' -e 'cannot' -e 'denied' | head -n 1 | sed 's/^ *//' | scrub)
    fi
  fi
fi
CERTS_D=
for dir in "/etc/docker/certs.d/$RD_LOGIN_SERVER" "/etc/containers/certs.d/$RD_LOGIN_SERVER" "$HOME/.docker/certs.d/$RD_LOGIN_SERVER"; do
  if [ -d "$dir" ]; then
    for f in "$dir"/*; do [ -e "$f" ] && CERTS_D="$CERTS_D$(tilde "$f")
"; done
  fi
done

P_INSTALLED=0; P_VERSION=
if have podman; then
  P_INSTALLED=1
  P_VERSION=$(tool_version podman --version | sed -n 's/.*[Vv]ersion \([0-9][0-9A-Za-z.+~-]*\).*/\1/p')
fi

AZ_INSTALLED=0; AZ_VERSION=; AZ_CLOUD=; AZ_SUFFIX=
if have az; then
  AZ_INSTALLED=1
  AZ_VERSION=$(run_limited 30 az version --output json 2>/dev/null | tr -d '\n\r' | sed -n 's/.*"azure-cli"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  [ -n "$AZ_VERSION" ] || note az-version-unknown
  cloud=$(run_limited 30 az cloud show --query '[name, suffixes.acrLoginServerEndpoint]' --output tsv 2>/dev/null | tr -d '\r')
  AZ_CLOUD=$(printf '%s\n' "$cloud" | sed -n '1p')
  AZ_SUFFIX=$(printf '%s\n' "$cloud" | sed -n '2p')
fi

# --- auth files: entry NAMES only ---------------------------------------------------------------
AUTH=$RD_TMP/auth
: >"$AUTH"
auth_file() {
  local client=$1 scope=$2 path=$3 state kind a b first=1 store='' helpers=''
  if [ -r "$path" ] && [ -f "$path" ]; then
    state=present
    case "$(tr -d ' \t\r\n' <"$path" | head -c 1)" in '{') ;; *) state=invalid ;; esac
  elif [ -e "$path" ]; then
    state=unreadable
  else
    case "$scope" in root) [ -r "$(dirname "$path")" ] && state=missing || state=unreadable ;; *) state=missing ;; esac
  fi
  [ -s "$AUTH" ] && printf ',' >>"$AUTH"
  {
    printf '{"client":%s,"scope":%s,"path":%s,"state":%s,"auths":[' "$(jstr "$client")" "$(jstr "$scope")" "$(jstr "$(tilde "$path")")" "$(jstr "$state")"
    if [ "$state" = present ]; then
      head -c 262144 "$path" | json_paths '^\034(credsStore|credHelpers\034[^\034]*)$' |
        awk -F '\t' '
          { n = split($1, p, "\034") }
          n == 3 && p[2] == "auths" && !(p[3] in f) { order[++keys] = p[3]; f[p[3]] = "" }
          n == 4 && p[2] == "auths" { f[p[3]] = f[p[3]] p[4] "\034" }
          n == 2 && p[2] == "credsStore" && NF > 1 { print "store\t" $2 }
          n == 3 && p[2] == "credHelpers" && NF > 1 { print "helper\t" p[3] "\t" $2 }
          END { for (i = 1; i <= keys; i++) print "key\t" order[i] "\t" f[order[i]] }' >"$RD_TMP/authlines"
      while IFS="$RD_TAB" read -r kind a b; do
        case "$kind" in
          key)
            [ "$first" = 1 ] || printf ','
            first=0
            printf '{"key":%s,"fields":%s}' "$(jstr "$a")" "$(printf '%s' "$b" | tr '\034' '\n' | jarr)"
            ;;
          store) store=$a ;;
          helper) helpers="$helpers$a$RD_TAB$b
" ;;
        esac
      done <"$RD_TMP/authlines"
      : >"$RD_TMP/authlines"
    fi
    printf '],"credsStore":%s,"credsStoreHelper":' "$(jsn "$store")"
    if [ -n "$store" ]; then have "docker-credential-$store" && printf 'true' || printf 'false'; else printf 'null'; fi
    printf ',"credHelpers":['
    first=1
    while IFS="$RD_TAB" read -r a b; do
      [ -n "$a" ] || continue
      [ "$first" = 1 ] || printf ','
      first=0
      printf '{"host":%s,"helper":%s}' "$(jstr "$a")" "$(jstr "$b")"
    done <<HELPERS
$helpers
HELPERS
    printf ']}'
  } >>"$AUTH"
}
auth_file docker current-user "\${DOCKER_CONFIG:-$HOME/.docker}/config.json"
IS_ROOT=0
[ "$(id -u 2>/dev/null)" = 0 ] && IS_ROOT=1
if [ "$IS_ROOT" = 1 ] && [ -n "\${SUDO_USER:-}" ] && have getent; then
  SUDO_HOME=$(getent passwd "$SUDO_USER" | cut -d: -f6)
  [ -n "$SUDO_HOME" ] && auth_file docker sudo-user "$SUDO_HOME/.docker/config.json"
elif [ "$IS_ROOT" = 0 ] && { [ "$D_STATE" = permission-denied ] || [ -r /root/.docker/config.json ]; }; then
  auth_file docker root /root/.docker/config.json
fi
[ -n "\${REGISTRY_AUTH_FILE:-}" ] && auth_file podman env "$REGISTRY_AUTH_FILE"
[ -n "\${XDG_RUNTIME_DIR:-}" ] && [ -e "$XDG_RUNTIME_DIR/containers/auth.json" ] && auth_file podman current-user "$XDG_RUNTIME_DIR/containers/auth.json"
if [ -e "$HOME/.config/containers/auth.json" ] || [ "$P_INSTALLED" = 1 ]; then auth_file podman current-user "$HOME/.config/containers/auth.json"; fi

# --- the document ---------------------------------------------------------------------------------
WSL=0
{ [ -n "\${WSL_DISTRO_NAME:-}" ] || grep -qi microsoft /proc/version 2>/dev/null; } && WSL=1
CLOUD_SHELL=0
case "\${AZUREPS_HOST_ENVIRONMENT:-}" in cloud-shell*) CLOUD_SHELL=1 ;; esac
[ -n "\${ACC_CLOUD:-}" ] && CLOUD_SHELL=1
SUDO=0
[ -n "\${SUDO_USER:-}" ] && SUDO=1
have curl || note curl-missing
have openssl || note openssl-missing
have dig || have nslookup || note no-dns-tool

PROXY_VARS=
PROXY_CREDS=
for v in HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy NO_PROXY no_proxy; do
  value=\${!v:-}
  [ -n "$value" ] || continue
  [ -n "$PROXY_VARS" ] && PROXY_VARS="$PROXY_VARS,"
  case "$v" in
    NO_PROXY | no_proxy) PROXY_VARS="$PROXY_VARS$(jstr "$v"):$(jstr "$value")" ;;
    *)
      PROXY_VARS="$PROXY_VARS$(jstr "$v"):$(jstr "$(strip_userinfo "$value")")"
      has_userinfo "$value" && PROXY_CREDS="$PROXY_CREDS$v
"
      ;;
  esac
done
value=

OUT=$RD_TMP/out.json
{
  printf '{"schema":"registry-doctor/client-evidence@1",\n'
  printf '"script":{"version":%s,"generatedAt":%s,"startedAt":%s,"finishedAt":%s,"timeoutSeconds":%s,"caFile":%s},\n' \
    "$(jstr "$RD_VERSION")" "$(jstr "$RD_GENERATED_AT")" "$(jstr "$RD_STARTED_AT")" "$(jstr "$(now_iso)")" "$(jint "$RD_TIMEOUT")" "$(jbool "$([ -n "$RD_CACERT" ] && echo 1)")"
  printf '"target":{"input":%s,"host":%s,"port":%s,"scheme":%s,"loginServer":%s,"repository":%s,"reference":%s,"platform":%s,"provider":%s,"authKeys":{"docker":%s,"podman":%s}},\n' \
    "$(jstr "$RD_INPUT")" "$(jstr "$RD_HOST")" "$(jint "$RD_PORT")" "$(jstr "$RD_SCHEME")" "$(jstr "$RD_LOGIN_SERVER")" "$(jsn "$RD_REPOSITORY")" "$(jsn "$RD_REFERENCE")" \
    "$(jstr "$RD_PLATFORM")" "$(jstr "$RD_PROVIDER")" "$(jstr "$RD_DOCKER_KEY")" "$(jstr "$RD_PODMAN_KEY")"
  printf '"machine":{"os":%s,"release":%s,"arch":%s,"wsl":%s,"cloudShell":%s,"isRoot":%s,"sudo":%s,"bash":%s},\n' \
    "$(jstr "$(uname -s 2>/dev/null)")" "$(jstr "$(uname -r 2>/dev/null)")" "$(jstr "$(uname -m 2>/dev/null)")" "$(jbool $WSL)" "$(jbool $CLOUD_SHELL)" "$(jbool $IS_ROOT)" "$(jbool $SUDO)" "$(jstr "\${BASH_VERSION:-}")"
  printf '"tools":{"curl":%s,"openssl":%s,"getent":%s,"dig":%s,"nslookup":%s,"perl":%s,"timeout":%s,"containerd":%s},\n' \
    "$(jsn "$CURL_V")" "$(jsn "$OPENSSL_V")" "$(have getent && echo true || echo false)" "$(have dig && echo true || echo false)" \
    "$(have nslookup && echo true || echo false)" "$(have perl && echo true || echo false)" "$({ have timeout || have gtimeout; } && echo true || echo false)" \
    "$({ have crictl || have ctr || have nerdctl; } && echo true || echo false)"
  printf '"env":{"proxy":{%s},"proxyCredentials":%s,"dockerCommand":%s,"dockerHost":%s,"dockerConfig":%s,"caVariables":%s},\n' \
    "$PROXY_VARS" "$(printf '%s' "$PROXY_CREDS" | jarr)" "$(jsn "\${DOCKER_COMMAND:-}")" "$(jsn "$(strip_userinfo "\${DOCKER_HOST:-}")")" \
    "$(jsn "$(tilde "\${DOCKER_CONFIG:-}")")" "$(printf '%s' "$RD_CA_VARS" | jarr)"
  printf '"hops":[\n'
  cat "$RD_HOPS"
  printf '],\n'
  printf '"registry":{"challenge":'
  if [ -n "$CH_RAW" ]; then
    printf '{"scheme":%s,"realm":%s,"service":%s,"raw":%s}' "$(jsn "$CH_SCHEME")" "$(jsn "$CH_REALM")" "$(jsn "$CH_SERVICE")" "$(printf '%s\n' "$CH_RAW" | jarr)"
  else
    printf 'null'
  fi
  printf ',\n"token":%s,\n"manifest":%s,\n"blob":%s},\n' "$TOKEN_JSON" "$MANIFEST_JSON" "$BLOB_JSON"
  printf '"docker":{"installed":%s,"version":%s,"isPodman":%s,"daemon":{"state":%s,"serverVersion":%s,"operatingSystem":%s,"httpProxy":%s,"httpsProxy":%s,"noProxy":%s,"error":%s},"certsD":%s},\n' \
    "$(jbool $D_INSTALLED)" "$(jsn "$D_VERSION")" "$(jbool $D_PODMAN)" "$(jstr "$D_STATE")" "$(jsn "$D_SERVER")" "$(jsn "$D_OS")" "$(jsn "$D_HTTP")" "$(jsn "$D_HTTPS")" "$(jsn "$D_NO")" "$(jsn "$D_ERR")" \
    "$(printf '%s' "$CERTS_D" | jarr)"
  printf '"podman":{"installed":%s,"version":%s},\n' "$(jbool $P_INSTALLED)" "$(jsn "$P_VERSION")"
  printf '"az":{"installed":%s,"version":%s,"cloud":%s,"acrSuffix":%s},\n' "$(jbool $AZ_INSTALLED)" "$(jsn "$AZ_VERSION")" "$(jsn "$AZ_CLOUD")" "$(jsn "$AZ_SUFFIX")"
  printf '"auth":{"files":['
  cat "$AUTH"
  printf ']},\n'
  printf '"notes":%s,\n' "$(jarr <"$RD_NOTES" 2>/dev/null || printf '[]')"
  printf '"complete":true}\n'
} >"$OUT"
cat "$OUT"
progress "done. Copy everything from the first { to the last } into Registry Doctor's evidence page."
exit 0
`;
