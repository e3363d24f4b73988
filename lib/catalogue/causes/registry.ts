// Registry-API causes (what the registry itself answers: /v2/, the token realm, manifests, limits,
// platforms) and the Red Hat registry causes from seed 004 (redhat-registry-auth), corrected by
// seed-notes.md and research/registry-probing.md (realm now on registry.redhat.io, layers from
// cdn*.quay.io, token user `<account_number>|<token_name>`, python3/jq instead of python2).
// Content only: no logic. Every command template uses the placeholders of ../template.ts.
import type { CauseInput } from "../schema";

/** Red Hat's published credential test URL (seed 004). */
const RH_SSO_AUTH =
  "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull";
/** The same realm as registry.redhat.io advertises it today. */
const RH_REALM_AUTH =
  "https://registry.redhat.io/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull";
const RH_LOGIN_MESSAGE =
  "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication";
const RH_INVALID_JSON =
  '{"errors":[{"code":"UNAUTHORIZED","message":"Invalid username or password","detail":[{"type":"repository","name":"rhel","actions":["pull"]}]}]}';
const RH_TOKEN_JSON = '{"token":"<access_token>","access_token":"<access_token>","expires_in":300,"issued_at":"<date>T<time>Z"}';

export const registryCauses: CauseInput[] = [
  // ───────────────────────────── registry-api ─────────────────────────────
  {
    id: "not-a-registry",
    group: "registry-api",
    title: "The address answers, but not with a container registry API",
    summary:
      "Something answers at this address, but GET /v2/ returns a web page, a CDN or firewall error or an odd status instead of a registry's 200 or 401 challenge.",
    explanation: [
      "Every Docker/OCI registry answers `GET https://<host>/v2/` with 200 (open registry) or 401 with a `WWW-Authenticate` header that says where to get a token. Every login and pull starts with this request. When something else answers (a website's HTML page, a CDN or web-application-firewall block page, a load balancer's 502/503, Cloudflare's 521 \"origin down\"), the client cannot go on, and often prints a confusing parse error because it tried to read the HTML page as a JSON error.",
      "Typical reasons: the name points at the wrong thing (a product website, the web UI of Harbor/GitLab/Nexus instead of its registry host or port, a portal URL pasted instead of the login server); a reverse proxy or Kubernetes ingress in front of a self-hosted registry does not forward `/v2/`; the origin behind a CDN is down; a corporate web filter or WAF intercepts the request. On Azure, `az acr check-health` and `az acr login` report this as CONNECTIVITY_CHALLENGE_ERROR; that code has also been seen when the registry's public network access was disabled (Azure/acr#533), so check the registry's networking before you conclude the service is broken.",
      "The `Docker-Distribution-Api-Version: registry/2.0` header is optional in the OCI specification: when it is present it is good evidence of a registry, but its absence alone proves nothing.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "`docker login` or `docker pull` fails with `error parsing HTTP <status> response body: invalid character '<' looking for beginning of value` followed by HTML.",
      "The error shows an unexpected HTTP status such as 404, 502, 503 or 521 although the host name resolves and TLS works.",
      "Opening `https://<host>/v2/` in a browser shows a web page, a login form or a block page instead of `{}` or a small JSON error.",
      "`az acr check-health` or `az acr login` reports CONNECTIVITY_CHALLENGE_ERROR: \"Registry '<acr-name>.azurecr.io' did not issue a challenge.\"",
    ],
    errorTexts: [
      `error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: "<!DOCTYPE html>..."`,
      `error parsing HTTP 404 response body: invalid character '<' looking for beginning of value: "<html>..."`,
      "received unexpected HTTP status: 521",
      "received unexpected HTTP status: 502 Bad Gateway",
      "received unexpected HTTP status: 503 Service Unavailable",
      "Error response from daemon: login attempt to https://<host>/v2/ failed with status: 404 Not Found",
      "pinging container registry <host>: invalid status code from registry 404 (Not Found)",
      "An error occurred: CONNECTIVITY_CHALLENGE_ERROR",
      "Registry '<acr-name>.azurecr.io' did not issue a challenge.",
      "An error occurred: CONNECTIVITY_WWW_AUTHENTICATE_ERROR",
    ],
    confirm: [
      {
        text: "Ask the address for the registry API root and read the status line and headers. A registry answers 200, or 401 with a WWW-Authenticate challenge.",
        commands: [
          {
            client: "curl",
            run: "curl -sv https://{loginServer}/v2/ -o /dev/null 2>&1 | grep -Ei '^< (HTTP|www-authenticate|docker-distribution-api-version|content-type|server)'",
          },
          {
            client: "curl",
            run: "curl -s https://{loginServer}/v2/ | head -c 300; echo",
            note: "the first bytes of the body: JSON from a registry, HTML from anything else",
          },
        ],
        good: '< HTTP/2 401\n< www-authenticate: Bearer realm="https://<login-server>/oauth2/token",service="<login-server>"\n< docker-distribution-api-version: registry/2.0\n(or HTTP 200 with the body {})',
        bad: "< HTTP/2 404 (or 403, 502, 503, 521)\n< content-type: text/html\n< server: cloudflare (or nginx, AkamaiGHost, a proxy's name)\nand a body that starts with <!DOCTYPE html> or <html>",
      },
      {
        text: "Check that you used the registry's login server and port, not the address of a web UI or a website. For ACR, compare with the login server the resource reports.",
        where: "Azure portal → your registry → Overview → Login server",
        commands: [
          { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
          { client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" },
        ],
        good: "<login-server>\nChallenge endpoint https://<login-server>/v2/ : OK",
        bad: "An error occurred: CONNECTIVITY_CHALLENGE_ERROR\nRegistry '<login-server>' did not issue a challenge.",
      },
      {
        text: "Ask the same question through the client you use, with its debug output, to see which URL it called and what came back.",
        commands: [
          { client: "skopeo", run: "skopeo --debug inspect docker://{image} 2>&1 | grep -Ei 'ping|status|GET'" },
          { client: "podman", run: "podman --log-level=debug pull {image} 2>&1 | grep -Ei 'ping|status'" },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: "Ping https://<login-server>/v2/ status 401",
        bad: "Ping https://<login-server>/v2/ status 404 (or 502/503/521), or an error about '<' in the response body",
      },
    ],
    fixes: [
      {
        title: "Use the registry's real login server",
        when: "The name is a website, a web UI or a portal URL, or lacks the registry's port",
        steps: [
          {
            text: "Use the host (and port) the registry documents for `docker login`: for ACR `<registry>.azurecr.io` (lowercase, with its cloud's suffix); for Harbor the hostname in `external_url`; for GitLab the registry host (often `registry.<gitlab-host>` or `<gitlab-host>:5050`); for Docker Hub `docker.io`. Do not include `https://` or a path.",
            commands: [
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Route /v2/ to the registry in the proxy or ingress in front of it",
        when: "You run the registry yourself behind nginx, HAProxy, a Kubernetes ingress or a CDN",
        steps: [
          {
            text: "Forward every path under `/v2/` (and the token path, e.g. Harbor's `/service/token`) to the registry unchanged, allow large request bodies for pushes, and pass `Host` and `X-Forwarded-Proto`. Then check the origin directly from the proxy host.",
            where: "your reverse proxy / ingress configuration",
            commands: [
              {
                client: "shell",
                run: "curl -sv http://127.0.0.1:5000/v2/ -o /dev/null",
                note: "run on the proxy or registry host; adjust the upstream address and port",
              },
              { client: "kubernetes", run: "kubectl describe ingress -A | grep -B2 -A8 '{loginServer}'" },
            ],
            good: "HTTP/1.1 200 OK or 401 Unauthorized from the upstream registry",
          },
        ],
      },
      {
        title: "Get the front door fixed or let the request through",
        when: "A CDN reports its origin down (502/521) or a WAF/web filter returns its own 403 page",
        steps: [
          {
            text: "A 5xx from a CDN means the registry behind it is down or unreachable from the CDN: check the provider's status page or the registry's hosting. A filter's 403 page means your network intercepts the request: ask the network team to allow the registry host (and its token and blob hosts) without content inspection.",
          },
        ],
      },
    ],
    verify: [
      {
        text: "The API root now answers like a registry and login works.",
        commands: [
          { client: "curl", run: "curl -s -o /dev/null -w '%{http_code}\\n' https://{loginServer}/v2/" },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: '401 (or 200), then "Login Succeeded"',
      },
    ],
    related: ["registry-ip-denied", "proxy-refused", "registry-server-error", "registry-name-wrong-form", "tls-handshake-failed"],
    tellApart: [
      {
        cause: "registry-ip-denied",
        how: "ACR's network refusal is a 403 with a JSON body naming your IP (\"client with IP '<ip>' is not allowed access\"); a 403 with an HTML body comes from something in front of the registry.",
      },
      {
        cause: "proxy-refused",
        how: "Repeat the curl with `--noproxy '*'` from a network without the proxy: if /v2/ then answers 401, the HTML page came from your proxy, not from the registry's side.",
      },
      {
        cause: "registry-server-error",
        how: "A registry's own 5xx usually has a JSON body (`UNAVAILABLE`) and registry headers; a CDN's 502/521 page is HTML with the CDN's `server` header.",
      },
    ],
    cannotSee: [
      "A web filter or WAF on your network that rewrites answers only for you; the check sees what the registry's side returns to the server.",
    ],
    sources: [
      { seed: "acr-auth-errors", section: "Initial troubleshooting (az acr check-health)" },
      {
        title: "Health check error reference: CONNECTIVITY_CHALLENGE_ERROR",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
      { title: "OCI distribution spec: end-1 GET /v2/", url: "https://github.com/opencontainers/distribution-spec/blob/main/spec.md" },
      { title: "Azure/acr#533: challenge error seen with public access disabled", url: "https://github.com/Azure/acr/issues/533" },
      { title: "goharbor/harbor#20773: unexpected HTTP status 521", url: "https://github.com/goharbor/harbor/issues/20773" },
    ],
  },
  {
    id: "auth-endpoint-unreachable",
    group: "registry-api",
    title: "The registry answers, but its token service cannot be reached",
    summary:
      "GET /v2/ works, but the token service named in the registry's challenge (often another host, such as auth.docker.io) is blocked, times out or drops the connection.",
    explanation: [
      'Most registries do not check passwords themselves. `/v2/` answers 401 with `WWW-Authenticate: Bearer realm="…"`, and the client must fetch a token from that realm before it may read anything, even for a public image. The realm is often a different host: `auth.docker.io` for Docker Hub, `sso.redhat.com` in older Red Hat setups, the GitLab host for a GitLab registry, a path such as Harbor\'s `/service/token` that a proxy may treat differently.',
      'A firewall, proxy allow-list or security appliance that lets the registry host through but not the realm host makes every login and pull fail after the first request. The error then names the realm URL, not the registry, which is easy to misread as "the registry is down".',
    ],
    appliesTo: ["any"],
    symptoms: [
      "The error message contains a URL with `/token`, `/auth` or `/service/token` on a host other than the one you pull from.",
      "`curl https://<registry>/v2/` returns 401 quickly, yet login or pull fails with EOF, a timeout or a connection reset.",
      "Only Docker Hub fails behind the corporate proxy, while registries that serve their token from the same host work.",
    ],
    errorTexts: [
      `Get "https://auth.docker.io/token?scope=repository%3Alibrary%2F<name>%3Apull&service=registry.docker.io": EOF`,
      `Get "https://auth.docker.io/token?<query>": EOF`,
      `Get "https://auth.docker.io/token?<query>": dial tcp <ip-address>:443: i/o timeout`,
      `Get "https://auth.docker.io/token?<query>": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
      `Get "https://auth.docker.io/token?<query>": read tcp <ip-address>:<port>-><ip-address>:443: read: connection reset by peer`,
      `failed to authorize: failed to fetch anonymous token: Get "https://<realm-host>/<path>?<query>": dial tcp <ip-address>:443: i/o timeout`,
      `failed to authorize: failed to fetch oauth token: Post "https://<realm-host>/<path>": dial tcp <ip-address>:443: i/o timeout`,
    ],
    confirm: [
      {
        text: "Read the realm the registry advertises. If its host differs from the registry host, that second host must be reachable too.",
        commands: [{ client: "curl", run: "curl -sI https://{loginServer}/v2/ | grep -i www-authenticate" }],
        good: 'www-authenticate: Bearer realm="https://auth.docker.io/token",service="registry.docker.io"\n(for Docker Hub ask registry-1.docker.io; ACR, GHCR, Quay and registry.redhat.io name a realm on their own host)',
      },
      {
        text: "Ask the realm for an anonymous token, from the machine that fails (through its proxy, if it uses one). Copy the realm and service values from the previous step; Docker Hub is shown as the example.",
        commands: [
          {
            client: "curl",
            run: "curl -sv \"https://auth.docker.io/token?service=registry.docker.io&scope=repository:library/alpine:pull\" -o /dev/null 2>&1 | grep -E '^(\\*|<) '",
          },
          { client: "shell", run: "getent hosts auth.docker.io" },
        ],
        good: "< HTTP/1.1 200 OK (a JSON token comes back; an anonymous 401 on a private registry also proves the host is reachable)",
        bad: "curl: (28) Connection timed out, curl: (7) Failed to connect, curl: (35) a TLS error, curl: (56) Received HTTP code 403 from proxy after CONNECT, or no address from getent",
      },
      {
        text: "From Kubernetes nodes, run the same request from a pod or a node shell, because nodes often have another egress path than your workstation.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl run realm-test --rm -it --restart=Never --image=curlimages/curl -- curl -sv https://auth.docker.io/token -o /dev/null",
            note: "the test image itself comes from Docker Hub; use an image from a registry the nodes can reach if that fails",
          },
          { client: "openshift", run: "oc debug node/<node-name> -- chroot /host curl -sv https://auth.docker.io/token -o /dev/null" },
        ],
      },
    ],
    fixes: [
      {
        title: "Allow the token host through the firewall or proxy",
        steps: [
          {
            text: "Add the realm host to the allow-list next to the registry host (by name, TCP 443). For Docker Hub that is registry-1.docker.io, auth.docker.io and the blob CDN hosts (production.cloudflare.docker.com); for Red Hat see the Red Hat host list; for a self-hosted registry, the host in its `realm`.",
            where: "your firewall / proxy allow-list (ask your network team)",
          },
          {
            text: "If the daemon or runtime goes through a proxy, make sure the realm host is not listed in NO_PROXY (then it would bypass the proxy and be dropped).",
            commands: [
              { client: "docker", run: "docker info --format '{{.HTTPSProxy}} | {{.NoProxy}}'" },
              { client: "containerd", run: "systemctl show --property=Environment containerd" },
              { client: "shell", run: "env | grep -i _proxy" },
            ],
          },
        ],
      },
      {
        title: "Pull through a mirror that your network can reach",
        when: "The token host cannot be opened (for example, only an internal registry is allowed)",
        steps: [
          {
            text: "Use a pull-through cache or mirror inside your network (ACR artifact cache, Harbor proxy cache, registry:2 in proxy mode) and pull from it instead.",
            commands: [
              { client: "az", run: "az acr cache create -r {registryName} -n dockerhub-alpine -s docker.io/library/alpine -t alpine" },
              { client: "docker", run: "docker pull {loginServer}/alpine:latest" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "A token can be fetched and the pull completes.",
        commands: [
          {
            client: "curl",
            run: "curl -s -o /dev/null -w '%{http_code}\\n' \"https://auth.docker.io/token?service=registry.docker.io&scope=repository:library/alpine:pull\"",
          },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "200, then the pull completes",
      },
    ],
    related: [
      "client-firewall-blocks-endpoints",
      "proxy-refused",
      "docker-proxy-not-configured",
      "token-realm-misconfigured",
      "data-endpoint-unreachable",
      "redhat-hosts-not-allowed",
    ],
    tellApart: [
      {
        cause: "token-realm-misconfigured",
        how: "If the realm URL itself is wrong (http://, an internal name, a wrong port, a relative path), it is misconfigured on the registry's side; if it is a correct public URL that only your network cannot reach, it is this cause.",
      },
      {
        cause: "network-timeout",
        how: "`curl -sI https://<registry>/v2/` works here; with a general network timeout even /v2/ does not answer.",
      },
      {
        cause: "data-endpoint-unreachable",
        how: "Login works and the pull fails only while downloading layers (a blob or CDN host in the error), not while fetching a token.",
      },
    ],
    cannotSee: ["Your firewall's or proxy's allow-list: the check reaches the token host from the server's network, not from yours."],
    sources: [
      {
        title: "Token authentication specification",
        url: "https://github.com/distribution/distribution/blob/main/docs/content/spec/auth/token.md",
      },
      { title: "docker/hub-feedback#2389: auth.docker.io EOF behind a proxy", url: "https://github.com/docker/hub-feedback/issues/2389" },
      { title: "moby/moby#40578", url: "https://github.com/moby/moby/issues/40578" },
      { title: "Docker Desktop allow-list", url: "https://docs.docker.com/desktop/setup/allow-list/" },
    ],
  },
  {
    id: "token-realm-misconfigured",
    group: "registry-api",
    title: "The registry advertises a token address that cannot work",
    summary:
      "The registry's 401 challenge names a token realm on plain http, a wrong port, an internal or unresolvable name, or a relative path, so clients cannot get a token.",
    explanation: [
      "After `GET /v2/` the client goes wherever the registry's `WWW-Authenticate` realm points. The registry builds that URL from its own configuration, so a self-hosted registry behind a TLS-terminating proxy or load balancer often advertises the wrong thing: `http://` instead of `https://`, the internal port (`:8080`, `:8443`) instead of 443, an internal host name that clients cannot resolve, or a relative path that some clients cannot follow.",
      "The classic case is Harbor: its realm is `<external_url>/service/token`, so an `external_url` that does not match the address users type (for example `http://` behind an HTTPS proxy) breaks every login with a 401 or a refused connection. GitLab builds its realm from `external_url` in the same way; a plain distribution registry takes it from `auth.token.realm`.",
      "A realm on plain http that does work is not a failure, but it is a warning: your username and password are sent in clear text to the token service.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Login fails although the username and password are right, and the error shows a token URL with http://, an unexpected port or an internal host name.",
      "Login works from inside the network or on the registry host itself, and fails from everywhere else.",
      "Some clients work and others fail on the same registry (strict clients reject a relative or http realm).",
    ],
    errorTexts: [
      `Get "http://<host>/service/token?account=<user>&client_id=docker&offline_token=true&service=harbor-registry": dial tcp <ip-address>:80: connect: connection refused`,
      `Get "https://<host>:<port>/service/token?<query>": dial tcp <ip-address>:<port>: i/o timeout`,
      `Get "https://<internal-host>/<path>?<query>": dial tcp: lookup <internal-host> on <dns>:53: no such host`,
      `Get "/<path>?<query>": unsupported protocol scheme ""`,
      "unauthorized: authentication required",
    ],
    confirm: [
      {
        text: "Print the challenge and read the realm as the registry advertises it.",
        commands: [{ client: "curl", run: "curl -sI https://{loginServer}/v2/ | grep -i www-authenticate" }],
        good: 'www-authenticate: Bearer realm="https://<login-server>/service/token",service="harbor-registry" (https, the public name, the default port)',
        bad: 'realm="http://<login-server>/service/token", realm="https://<login-server>:8443/…", realm="https://registry.internal.local/…" or realm="/token"',
      },
      {
        text: "Resolve and open the realm's host and port from the machine that fails.",
        commands: [
          { client: "shell", run: "getent hosts <realm-host>" },
          {
            client: "curl",
            run: 'curl -sv "<realm-url>?service=<service>&scope=repository:{repository}:pull" -o /dev/null',
            note: "paste the realm and service exactly as printed in the previous step",
          },
        ],
        good: "an address, then HTTP 200 (token) or 401 (anonymous refused)",
        bad: 'no address, connection refused or a timeout on the realm\'s port, or curl: (1) Protocol "…" not supported',
      },
    ],
    fixes: [
      {
        title: "Harbor: set external_url to the address users type",
        when: "Harbor behind a TLS-terminating proxy or load balancer",
        steps: [
          {
            text: "Set `external_url` to the public https URL (no internal port), re-run `./prepare`, and restart Harbor. Make the proxy pass `X-Forwarded-Proto: https`.",
            where: "harbor.yml (external_url)",
            commands: [
              { client: "shell", run: "grep -n '^external_url\\|^hostname' harbor.yml" },
              {
                client: "shell",
                run: "sudo ./prepare && sudo docker compose down && sudo docker compose up -d",
                note: "run in the Harbor installer directory",
              },
            ],
          },
        ],
      },
      {
        title: "GitLab or a plain distribution registry: fix the realm setting",
        steps: [
          {
            text: "GitLab: `external_url` in /etc/gitlab/gitlab.rb must be the public https URL; run `sudo gitlab-ctl reconfigure`. Distribution (registry:2): set `auth.token.realm` (or `REGISTRY_AUTH_TOKEN_REALM`) to an absolute https URL that clients can resolve and reach, then restart the registry.",
            where: "/etc/gitlab/gitlab.rb, or the registry's config.yml",
            commands: [
              { client: "shell", run: "sudo gitlab-ctl reconfigure" },
              { client: "docker", run: "docker restart registry" },
            ],
          },
        ],
      },
      {
        title: "Until the registry is fixed: let clients reach the advertised realm",
        when: "You cannot change the registry now",
        steps: [
          {
            text: "If the realm is an internal name, add it to the client's DNS or /etc/hosts; if it is an internal port, open that port. Treat this as a stopgap: fix the realm itself.",
            where: "/etc/hosts",
          },
        ],
      },
    ],
    verify: [
      {
        text: "The realm is an absolute https URL on a reachable host, and login works from outside the registry's network.",
        commands: [
          { client: "curl", run: "curl -sI https://{loginServer}/v2/ | grep -i www-authenticate" },
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman login {loginServer}" },
        ],
        good: 'realm="https://<login-server>/…", then "Login Succeeded"',
      },
    ],
    related: ["auth-endpoint-unreachable", "credentials-invalid", "dns-name-not-found", "network-connection-refused"],
    tellApart: [
      {
        cause: "auth-endpoint-unreachable",
        how: "The realm is a correct public https URL that only your network blocks → unreachable; the realm itself is http, internal, on a wrong port or relative → misconfigured.",
      },
      {
        cause: "credentials-invalid",
        how: "Send the same credentials straight to the realm with `curl -u`: a 401 from a reachable realm means wrong credentials; a connection error means the realm is the problem.",
      },
    ],
    cannotSee: ["The registry's own configuration (harbor.yml, gitlab.rb, config.yml); the check sees only the realm it advertises."],
    sources: [
      { title: "goharbor/harbor#3114: http realm behind an HTTPS proxy", url: "https://github.com/goharbor/harbor/issues/3114" },
      { title: "goharbor/harbor#20028: realm on the wrong port", url: "https://github.com/goharbor/harbor/issues/20028" },
      {
        title: "Token authentication specification",
        url: "https://github.com/distribution/distribution/blob/main/docs/content/spec/auth/token.md",
      },
    ],
  },
  {
    id: "repository-not-found",
    group: "registry-api",
    title: "The repository does not exist in this registry",
    summary:
      "The registry says it has no repository by this name (NAME_UNKNOWN, a 404). Without login, most registries answer 401 for a missing repository too.",
    explanation: [
      'An image reference is `<registry>/<repository>:<tag>`. When the repository part does not exist, the registry answers `NAME_UNKNOWN` ("repository name not known to registry") or a plain 404. Common slips: a typo, the wrong namespace or project (`team/app` vs `app`; Harbor needs the project, Docker Hub official images live under `library/`), upper-case letters (repository names must be lowercase), or the image pushed to another registry than the one you pull from.',
      "Registries hide private names on purpose. Without credentials, most of them answer a missing repository exactly like a private one: 401 `unauthorized` or `denied: requested access to the resource is denied`. ACR, containerd and kubelet try an anonymous token first, so a wrong name often shows up as a 401. Only an authenticated request that lists repositories or returns NAME_UNKNOWN proves the repository is missing.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'The pull fails with "not found", "name unknown" or "repository does not exist".',
      "Docker says the repository \"does not exist or may require 'docker login'\": either cause is possible until you test with credentials.",
      "The registry's web page or `az acr repository list` does not show the repository you expect.",
      'A Kubernetes pod stays in ErrImagePull / ImagePullBackOff with a "not found" event.',
    ],
    errorTexts: [
      "repository <name> not found: name unknown: repository name not known to registry",
      "name unknown: repository name not known to registry",
      "name unknown: Repo not found",
      "reading manifest <tag> in <registry>/<repository>: name unknown: repository name not known to registry",
      `Failed to pull image "<image>": rpc error: code = NotFound desc = failed to pull and unpack image "<image>": failed to resolve reference "<image>": <image>: not found`,
      "pull access denied for <name>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
      "no such manifest: <image>",
    ],
    confirm: [
      {
        text: "List the repositories you can see (this needs credentials on most registries).",
        where: "Azure portal → your registry → Services → Repositories",
        commands: [
          { client: "az", run: "az acr repository list -n {registryName} -o table" },
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
          { client: "podman", run: "podman search --list-tags {loginServer}/{repository}" },
          {
            client: "shell",
            run: "crane ls {loginServer}/{repository}",
            note: "crane (go-containerregistry); `crane catalog {loginServer}` lists all repositories where the registry allows it",
          },
        ],
        good: 'the repository is listed, or {"Repository": "<login-server>/<repository>", "Tags": [...]}',
        bad: 'the repository is missing from the list, or NAME_UNKNOWN / "repository name not known to registry" / a 404',
      },
      {
        text: "Ask for the image's manifest with the same credentials the failing client uses.",
        commands: [
          { client: "docker", run: "docker manifest inspect {image}" },
          { client: "containerd", run: "crictl pull {image}" },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> | grep -A3 -i 'failed to pull'" },
        ],
        bad: 'no such manifest: <image>, or "… failed to resolve reference … : not found"',
      },
      {
        text: "Compare the reference character by character with what was pushed: registry host, namespace/project, repository, all lowercase. Docker Hub official images are `library/<name>`; Harbor references need the project (`harbor.example.com/<project>/<repo>`).",
      },
    ],
    fixes: [
      {
        title: "Correct the image reference",
        steps: [
          {
            text: "Fix the repository path in the command, Dockerfile `FROM`, Compose file, Helm values or Kubernetes manifest, then pull again.",
            commands: [
              { client: "docker", run: "docker pull {loginServer}/{repository}:{tag}" },
              { client: "podman", run: "podman pull {loginServer}/{repository}:{tag}" },
              { client: "kubernetes", run: "kubectl set image deployment/<deployment> <container>={loginServer}/{repository}:{tag}" },
              { client: "openshift", run: "oc set image deployment/<deployment> <container>={loginServer}/{repository}:{tag}" },
            ],
          },
        ],
      },
      {
        title: "Push or import the image into this registry",
        when: "The image exists elsewhere (another registry, a build that pushed to a different place)",
        steps: [
          {
            text: "Push the image, or let ACR import it directly from the source registry.",
            commands: [
              {
                client: "docker",
                run: "docker tag <local-image> {loginServer}/{repository}:{tag} && docker push {loginServer}/{repository}:{tag}",
              },
              {
                client: "az",
                run: "az acr import --name {registryName} --source <source-registry>/<source-repository>:<tag> --image {repository}:{tag}",
              },
              {
                client: "skopeo",
                run: "skopeo copy docker://<source-registry>/<source-repository>:<tag> docker://{loginServer}/{repository}:{tag}",
              },
            ],
          },
        ],
      },
      {
        title: "Log in, then look again",
        when: "The only evidence is an anonymous 401 or 'may require docker login'",
        steps: [
          {
            text: "Log in with an identity that may read the registry and repeat the listing. If the repository then appears, the problem was access, not existence.",
            commands: [
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The repository is listed and the pull starts downloading layers.",
        commands: [
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: 'a tag list, then "Pulling fs layer" / "Download complete"',
      },
    ],
    related: ["tag-not-found", "credentials-required", "access-denied", "registry-name-wrong-form", "abac-catalog-lister-missing"],
    tellApart: [
      {
        cause: "credentials-required",
        how: "Log in and repeat: if the authenticated request lists the repository, it exists and you simply were not logged in; if it still says NAME_UNKNOWN, it does not exist. An anonymous 401 alone cannot tell them apart.",
      },
      {
        cause: "access-denied",
        how: "Authenticated, a missing repository gives NAME_UNKNOWN or 404; a repository you may not read gives DENIED / insufficient_scope (403 or 401).",
      },
      {
        cause: "tag-not-found",
        how: "`skopeo list-tags docker://<login-server>/<repository>` works → the repository exists and only the tag is missing.",
      },
    ],
    cannotSee: [
      'Private repositories: without your credentials the check gets the same 401 for "missing" and "private" and reports both possibilities.',
    ],
    sources: [
      {
        title: "AKS image pull: Cause 2, image not found",
        url: "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster",
      },
      { title: "OCI distribution spec: error codes", url: "https://github.com/opencontainers/distribution-spec/blob/main/spec.md" },
      { title: "moby/moby#29038: not found vs not authorized", url: "https://github.com/moby/moby/issues/29038" },
      { title: "containers/podman#7780: name unknown: Repo not found", url: "https://github.com/containers/podman/issues/7780" },
    ],
  },
  {
    id: "tag-not-found",
    group: "registry-api",
    title: "The repository exists, but not this tag or digest",
    summary:
      "The registry has the repository but no manifest for this tag or digest (MANIFEST_UNKNOWN). Often the tag was never pushed, was deleted, or 'latest' is implied.",
    explanation: [
      "The registry found the repository but has no manifest under the tag or digest you asked for, and answers `MANIFEST_UNKNOWN`. Frequent reasons: a typo or wrong case (tags are case-sensitive); no tag given, so the client asks for `latest`, which the pipeline never pushes; the tag was deleted, overwritten or removed by a retention or purge policy; the build pushed to another repository; or a pinned digest belongs to an image that was deleted.",
      'ACR words the answer `manifest tagged by "<tag>" is not found`; Docker prints `manifest for <name>:<tag> not found`; podman and skopeo print `reading manifest <tag> in <registry>/<repo>: manifest unknown`.',
    ],
    appliesTo: ["any"],
    symptoms: [
      'The pull fails with "manifest unknown" or "not found" for one tag, while other tags of the same repository pull fine.',
      "A pull without a tag fails, while a pull with a version tag works (the implied tag is `latest`).",
      "An image that used to pull is gone after a cleanup job or a retention policy ran.",
    ],
    errorTexts: [
      "manifest for <name>:<tag> not found: manifest unknown: manifest unknown",
      `manifest unknown: manifest tagged by "<tag>" is not found`,
      `Manifest for <acr-name>.azurecr.io/v2/<repository>/manifests/<tag> not found: manifest unknown: manifest tagged by "<tag>" is not found.`,
      "reading manifest <tag> in <registry>/<repository>: manifest unknown",
      "manifest unknown: manifest unknown",
      `Failed to pull image "<image>": rpc error: code = NotFound desc = failed to pull and unpack image "<image>": failed to resolve reference "<image>": <image>: not found`,
      "no such manifest: <image>",
      "Tag '<tag>' not found. Did you mean '<other-tag>'?",
    ],
    confirm: [
      {
        text: "List the tags the repository really has, and look for the one you asked for (tags are case-sensitive).",
        where: "Azure portal → your registry → Services → Repositories → your repository",
        commands: [
          { client: "az", run: "az acr repository show-tags -n {registryName} --repository {repository} -o table" },
          {
            client: "az",
            run: "az acr repository show-tags -n {registryName} --repository {repository} --orderby time_desc --top 10 -o table",
            note: "the most recently pushed tags first",
          },
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
          { client: "podman", run: "podman search --list-tags {loginServer}/{repository}" },
          { client: "shell", run: "crane ls {loginServer}/{repository}", note: "crane (go-containerregistry)" },
        ],
        good: "<tag> is in the list",
        bad: "<tag> is missing (and, when no tag was given, `latest` is missing)",
      },
      {
        text: "Ask for this exact manifest with the client that fails.",
        commands: [
          { client: "docker", run: "docker manifest inspect {image}" },
          { client: "skopeo", run: "skopeo inspect docker://{image}" },
          { client: "containerd", run: "crictl pull {image}" },
          {
            client: "helm",
            run: "helm show chart oci://{loginServer}/{repository} --version {tag}",
            note: "for Helm charts stored as OCI artifacts",
          },
        ],
        good: "a manifest (JSON) or the chart's metadata",
        bad: "no such manifest / manifest unknown / … : not found",
      },
      {
        text: "On ACR, check whether a retention policy or a purge task removes tags or untagged manifests.",
        commands: [
          { client: "az", run: "az acr config retention show -r {registryName}" },
          { client: "az", run: "az acr task list -r {registryName} -o table" },
        ],
      },
    ],
    fixes: [
      {
        title: "Use a tag that exists",
        steps: [
          {
            text: "Pull an existing tag, and always write the tag explicitly in Dockerfiles, manifests and Helm values. Pin a digest (`@sha256:…`) when you need an exact image.",
            commands: [
              { client: "docker", run: "docker pull {loginServer}/{repository}:<existing-tag>" },
              { client: "podman", run: "podman pull {loginServer}/{repository}:<existing-tag>" },
              {
                client: "kubernetes",
                run: "kubectl set image deployment/<deployment> <container>={loginServer}/{repository}:<existing-tag>",
              },
              { client: "openshift", run: "oc set image deployment/<deployment> <container>={loginServer}/{repository}:<existing-tag>" },
            ],
          },
        ],
      },
      {
        title: "Push the missing tag",
        when: "The tag should exist (for example `latest`, or a release tag the pipeline forgot)",
        steps: [
          {
            text: "Add the tag to an existing image in the registry, or push it again.",
            commands: [
              {
                client: "az",
                run: "az acr import --name {registryName} --source {loginServer}/{repository}:<existing-tag> --image {repository}:{tag} --force",
              },
              { client: "docker", run: "docker tag <local-image> {image} && docker push {image}" },
              { client: "shell", run: "crane tag {loginServer}/{repository}:<existing-tag> {tag}" },
            ],
          },
        ],
      },
      {
        title: "Stop the cleanup from removing images in use",
        when: "A retention policy, purge task or lifecycle rule deleted it",
        steps: [
          {
            text: "Adjust the policy or the purge filter, or lock tags you deploy from.",
            commands: [
              {
                client: "az",
                run: "az acr repository update -n {registryName} --image {repository}:{tag} --delete-enabled false --write-enabled false",
                note: "locks this tag against delete and overwrite",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The manifest resolves and the pull completes.",
        commands: [
          { client: "skopeo", run: "skopeo inspect docker://{image} --format '{{.Digest}}'" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "sha256:<digest>, then the pull completes",
      },
    ],
    related: ["repository-not-found", "platform-not-available", "access-denied", "credentials-required"],
    tellApart: [
      {
        cause: "repository-not-found",
        how: "If listing the repository's tags works, the repository exists and only the tag is missing; if listing fails with NAME_UNKNOWN, the repository is missing.",
      },
      {
        cause: "platform-not-available",
        how: 'The tag exists but `docker manifest inspect <image>` shows an index without your OS/architecture; the error then says "no matching manifest for <os/arch>", not "manifest unknown".',
      },
    ],
    cannotSee: [
      "Tags in a private repository when no credentials were given; the check then cannot tell a missing tag from a refused one.",
    ],
    sources: [
      {
        title: 'Manifest unknown: manifest tagged by "<tag>" is not found',
        url: "https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/manifest-tag-not-found",
      },
      {
        title: "AKS image pull: Cause 2, image not found",
        url: "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster",
      },
      { title: "OCI distribution spec: MANIFEST_UNKNOWN", url: "https://github.com/opencontainers/distribution-spec/blob/main/spec.md" },
    ],
  },
  {
    id: "rate-limited",
    group: "registry-api",
    title: "The registry is limiting how many requests you may make",
    summary:
      "The registry answered 429 Too Many Requests. On Docker Hub anonymous pulls are counted per source IP; logging in, a pull-through cache or fewer pulls fix it.",
    explanation: [
      "Registries limit how fast clients may pull. Docker Hub counts manifest pulls in a time window: anonymous pulls per source IP address (so a whole office, CI fleet or Kubernetes cluster behind one NAT address shares one small allowance), authenticated pulls per account, with higher or no limits on paid plans. When the allowance is spent, it answers 429 with `toomanyrequests: You have reached your pull rate limit…`. A plain 429 without that text is Docker Hub's separate abuse limit. The published numbers have changed over the years, so read the `ratelimit-limit` and `ratelimit-remaining` headers instead of trusting a remembered figure.",
      "Other registries throttle too: ACR returns 429 when requests exceed what the registry's service tier allows (`az acr check-health` names it CONNECTIVITY_TOOMANYREQUESTS_ERROR), and GHCR, Quay, ECR and GAR have their own limits. Kubernetes makes it worse: `imagePullPolicy: Always`, many replicas and restarts pull the same image again and again, and a pull secret that is missing or not attached leaves every node pulling anonymously.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Pulls from Docker Hub fail during busy hours or in CI while they work at home or later.",
      "Pods go to ErrImagePull / ImagePullBackOff with `429 Too Many Requests` in the events.",
      "Pushes or pulls to an ACR registry fail intermittently with 429 under heavy parallel load.",
    ],
    errorTexts: [
      "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
      "toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
      "Error response from daemon: error from registry: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
      `Failed to pull image "<image>": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/<repository>:<tag>": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/<repository>/manifests/sha256:<digest>: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
      "too many requests to registry",
      "toomanyrequests: too many requests",
      "429 Too Many Requests",
      "An error occurred: CONNECTIVITY_TOOMANYREQUESTS_ERROR",
    ],
    confirm: [
      {
        text: "Docker Hub: read your remaining allowance with a HEAD request, which does not count as a pull. Run it on the machine (or node) that pulls, because anonymous limits are per source IP.",
        commands: [
          {
            client: "curl",
            run: 'TOKEN=$(curl -s "https://auth.docker.io/token?service=registry.docker.io&scope=repository:ratelimitpreview/test:pull" | jq -r .token) && curl -s --head -H "Authorization: Bearer $TOKEN" https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest | grep -i ratelimit',
            note: "anonymous allowance of this machine's IP address",
          },
          {
            client: "curl",
            run: 'TOKEN=$(curl -s -u "$DOCKERHUB_USER:$DOCKERHUB_TOKEN" "https://auth.docker.io/token?service=registry.docker.io&scope=repository:ratelimitpreview/test:pull" | jq -r .token) && curl -s --head -H "Authorization: Bearer $TOKEN" https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest | grep -i ratelimit',
            note: "allowance of your Docker account (set DOCKERHUB_USER and an access token first)",
          },
        ],
        good: "ratelimit-limit: <n>;w=<seconds>\nratelimit-remaining: <m>;w=<seconds> (m above 0), or no ratelimit headers at all (no limit applies)",
        bad: "ratelimit-remaining: 0;w=<seconds>\ndocker-ratelimit-source: <your public IP>",
      },
      {
        text: "Kubernetes: find which pods hit the limit and whether they pull with credentials.",
        commands: [
          { client: "kubernetes", run: "kubectl get events -A --field-selector reason=Failed | grep -i 'too many requests'" },
          { client: "kubernetes", run: "kubectl get pod <pod-name> -o jsonpath='{.spec.imagePullSecrets}'" },
          { client: "openshift", run: "oc get events -A --field-selector reason=Failed | grep -i 'too many requests'" },
        ],
        bad: "429 events, and an empty imagePullSecrets (the nodes pull anonymously)",
      },
      {
        text: "ACR: check for throttling in the health check and in the registry's metrics.",
        where: "Azure portal → your registry → Monitoring → Metrics (Successful/Total pull count)",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        bad: "An error occurred: CONNECTIVITY_TOOMANYREQUESTS_ERROR",
      },
    ],
    fixes: [
      {
        title: "Authenticate every pull",
        when: "Anonymous pulls from Docker Hub (or another registry that gives logged-in users more)",
        steps: [
          {
            text: "Log in with a Docker account (use an access token, not your password). On Kubernetes, create a pull secret and attach it to the service account, so every pod uses it.",
            commands: [
              { client: "docker", run: 'echo "$DOCKERHUB_TOKEN" | docker login docker.io -u "$DOCKERHUB_USER" --password-stdin' },
              { client: "podman", run: 'echo "$DOCKERHUB_TOKEN" | podman login docker.io -u "$DOCKERHUB_USER" --password-stdin' },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry dockerhub --docker-server=https://index.docker.io/v1/ --docker-username="$DOCKERHUB_USER" --docker-password="$DOCKERHUB_TOKEN"',
              },
              {
                client: "kubernetes",
                run: 'kubectl patch serviceaccount default -p \'{"imagePullSecrets": [{"name": "dockerhub"}]}\'',
                note: "replaces the service account's existing list; add other secrets to it if it had any",
              },
              {
                client: "openshift",
                run: 'oc create secret docker-registry dockerhub --docker-server=docker.io --docker-username="$DOCKERHUB_USER" --docker-password="$DOCKERHUB_TOKEN" && oc secrets link default dockerhub --for=pull',
              },
            ],
          },
        ],
      },
      {
        title: "Pull through a cache or mirror",
        when: "Many machines or nodes pull the same public images",
        steps: [
          {
            text: "Put a pull-through cache in front of Docker Hub (ACR artifact cache with a credential set, Harbor proxy cache, registry:2 in proxy mode) and pull from it.",
            commands: [
              {
                client: "az",
                run: "az acr cache create -r {registryName} -n dockerhub-nginx -s docker.io/library/nginx -t nginx -c <credential-set>",
                note: "create the credential set first with `az acr credential-set create`; Key Vault holds the Docker Hub user and token",
              },
              { client: "docker", run: "docker pull {loginServer}/nginx:latest" },
            ],
          },
          {
            text: "Or point the runtime at a mirror for docker.io, so image references stay unchanged.",
            where: "/etc/docker/daemon.json · /etc/containers/registries.conf · /etc/containerd/certs.d/docker.io/hosts.toml",
            commands: [
              {
                client: "docker",
                run: 'sudo sh -c \'echo "{\\"registry-mirrors\\": [\\"https://mirror.example.com\\"]}" > /etc/docker/daemon.json\' && sudo systemctl restart docker',
                note: "merge by hand if daemon.json already has settings; Docker uses mirrors only for Docker Hub",
              },
              {
                client: "podman",
                run: 'printf \'[[registry]]\\nlocation = "docker.io"\\n[[registry.mirror]]\\nlocation = "mirror.example.com"\\n\' | sudo tee /etc/containers/registries.conf.d/docker-mirror.conf',
              },
              {
                client: "containerd",
                run: 'sudo mkdir -p /etc/containerd/certs.d/docker.io && printf \'server = "https://registry-1.docker.io"\\n\\n[host."https://mirror.example.com"]\\n  capabilities = ["pull", "resolve"]\\n\' | sudo tee /etc/containerd/certs.d/docker.io/hosts.toml',
                note: 'needs config_path = "/etc/containerd/certs.d" in containerd\'s registry config',
              },
            ],
          },
        ],
      },
      {
        title: "Pull less often",
        steps: [
          {
            text: "Use `imagePullPolicy: IfNotPresent` with versioned tags, cache base images in CI, and avoid re-pulling on every job. On ACR, spread heavy parallel pulls or move to a tier with higher limits.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl patch deployment <deployment> --type=json -p \'[{"op":"replace","path":"/spec/template/spec/containers/0/imagePullPolicy","value":"IfNotPresent"}]\'',
              },
              { client: "az", run: "az acr update -n {registryName} --sku Premium", note: "only if ACR itself throttles you" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pulls succeed and the remaining allowance is above zero (or no limit headers appear for your account).",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "kubernetes", run: "kubectl get pods -A | grep -E 'ErrImagePull|ImagePullBackOff'" },
        ],
        good: "the pull completes; no pods left in ImagePullBackOff",
      },
    ],
    related: ["image-pull-secret-missing", "credential-key-mismatch", "registry-server-error"],
    tellApart: [
      {
        cause: "registry-server-error",
        how: "429 means you asked too often and will pass after the window; 5xx means the registry is failing for everyone — check its status page.",
      },
      {
        cause: "image-pull-secret-missing",
        how: "If `ratelimit-remaining` is 0 for the node's IP but fine for your account, the nodes are pulling anonymously: the pull secret is missing or not attached.",
      },
    ],
    cannotSee: [
      "Your own allowance: anonymous limits count per source IP, and the server's figure is not yours. Run the HEAD recipe from your machine or node.",
    ],
    sources: [
      { title: "Docker Hub usage and pull limits", url: "https://docs.docker.com/docker-hub/usage/pulls/" },
      { title: "ACR artifact cache", url: "https://learn.microsoft.com/azure/container-registry/artifact-cache-overview" },
      { title: "ACR service tiers and throttling", url: "https://learn.microsoft.com/azure/container-registry/container-registry-skus" },
      {
        title: "Health check error reference",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
    ],
  },
  {
    id: "registry-server-error",
    group: "registry-api",
    title: "The registry or its token service is failing on its side",
    summary:
      "The registry answered 5xx (500, 502, 503) or UNAVAILABLE. Nothing on your side is wrong; check the provider's status, retry with backoff, or fix your own registry's backend.",
    explanation: [
      "A 5xx status or the `UNAVAILABLE` error code means the registry (or its token service) could not handle a request it understood. For a hosted registry this is an outage or an overloaded region: it usually passes, and the provider's status page says so.",
      "For a registry you run yourself (registry:2, Harbor, Nexus, GitLab), a 500 almost always has a reason in the registry's own log: its storage is full or not writable (permissions, SELinux), its object-store credentials expired, or its database is down.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'Pulls or pushes fail with `received unexpected HTTP status: 500 Internal Server Error` or 503, sometimes only for some layers ("Retrying in N seconds").',
      "The same command works minutes later, or from another region.",
      "Everyone using the registry is affected at the same time.",
    ],
    errorTexts: [
      "received unexpected HTTP status: 500 Internal Server Error",
      "received unexpected HTTP status: 503 Service Unavailable",
      "received unexpected HTTP status: 502 Bad Gateway",
      "unavailable: service unavailable",
      "unexpected status from HEAD request to https://<registry>/v2/<repository>/manifests/<tag>: 503 Service Unavailable",
      "unexpected status from GET request to https://<registry>/v2/<repository>/blobs/sha256:<digest>: 500 Internal Server Error",
      "reading manifest <tag> in <registry>/<repository>: received unexpected HTTP status: 503 Service Unavailable",
    ],
    confirm: [
      {
        text: "Repeat the request a few times and read the status and body.",
        commands: [
          { client: "curl", run: "for i in 1 2 3; do curl -s -o /dev/null -w '%{http_code}\\n' https://{loginServer}/v2/; sleep 5; done" },
          { client: "skopeo", run: "skopeo --debug inspect docker://{image} 2>&1 | grep -Ei 'status|error'" },
        ],
        good: "401 or 200 each time",
        bad: '500, 502 or 503, or a body with "UNAVAILABLE"',
      },
      {
        text: "Check the provider's status page for the region you use (Azure status / Resource Health for ACR, status.docker.com, githubstatus.com, status.quay.io, status.redhat.com).",
        where: "Azure portal → your registry → Help → Resource health",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
      },
      {
        text: "Self-hosted: read the registry's log at the time of the failure.",
        commands: [
          { client: "docker", run: "docker logs --since 15m registry 2>&1 | grep -i error" },
          { client: "kubernetes", run: "kubectl logs -n <namespace> deploy/<registry-deployment> --since=15m | grep -i error" },
          {
            client: "shell",
            run: "df -h /var/lib/registry && sudo ausearch -m avc -ts recent | tail",
            note: "disk space and SELinux denials on the registry host",
          },
        ],
        bad: 'err.detail="filesystem: mkdir /var/lib/registry/docker: permission denied", "no space left on device", or storage-driver errors',
      },
    ],
    fixes: [
      {
        title: "Wait and retry with backoff",
        when: "A hosted registry (ACR, Docker Hub, GHCR, Quay, Red Hat) reports an incident or the error comes and goes",
        steps: [
          {
            text: "Retry with increasing pauses; in CI, add a retry step. Most clients already retry layer downloads. On ACR with geo-replication, a regional endpoint may route you to a healthy replica.",
            commands: [
              { client: "shell", run: "for i in 1 2 3 4 5; do docker pull {image} && break; sleep $((i*20)); done" },
              { client: "podman", run: "podman pull --retry 5 --retry-delay 20s {image}" },
            ],
          },
        ],
      },
      {
        title: "Fix the backend of your own registry",
        when: "You run the registry",
        steps: [
          {
            text: "Fix what the log names: free or grow storage, correct the storage directory's owner or SELinux label, renew object-storage credentials, restart the database, then restart the registry.",
            commands: [
              {
                client: "shell",
                run: "sudo chcon -Rt container_file_t /var/lib/registry",
                note: "when SELinux denies a registry container its storage directory",
              },
              { client: "docker", run: "docker restart registry" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The API and the pull answer normally again.",
        commands: [
          { client: "curl", run: "curl -s -o /dev/null -w '%{http_code}\\n' https://{loginServer}/v2/" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "401 or 200, and the pull completes",
      },
    ],
    related: ["rate-limited", "not-a-registry", "data-endpoint-unreachable"],
    tellApart: [
      {
        cause: "not-a-registry",
        how: "A 502/503/521 with an HTML body and a CDN or proxy `server` header comes from a front door, not from the registry; a registry's own error has a JSON body.",
      },
      {
        cause: "rate-limited",
        how: "429 with `toomanyrequests` is a limit on you; 5xx is a failure on their side.",
      },
    ],
    cannotSee: ["The registry's internal logs and the provider's backend; the check sees only the status it answers."],
    sources: [
      { title: "OCI distribution spec: error codes", url: "https://github.com/opencontainers/distribution-spec/blob/main/spec.md" },
      {
        title: "Check the health of an Azure container registry",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-check-health",
      },
    ],
  },
  {
    id: "platform-not-available",
    group: "registry-api",
    title: "The image has no build for this machine's OS or CPU architecture",
    summary:
      "The tag exists, but its image index has no manifest for your platform (for example linux/arm64 or windows/amd64), so the runtime has nothing it can run.",
    explanation: [
      'A multi-platform tag points to an image index that lists one manifest per OS and CPU architecture (linux/amd64, linux/arm64/v8, windows/amd64, …). The client picks the entry for the machine it runs on. If there is none, Docker says "no matching manifest for <os/arch> in the manifest list entries", containerd "no match for platform in manifest", podman "no image found in manifest list / image index for architecture …". Typical cases: an image built only for amd64 on an arm64 node (Apple Silicon, Graviton, Ampere), an arm64-only image built on a Mac and deployed to amd64 nodes, or a Linux image scheduled on a Windows node (and the reverse).',
      'When the tag is a single-platform image rather than an index, the pull may succeed and the container then fails to start with `exec format error`. On AKS, a platform mismatch can even surface as a 401, because kubelet also tries an anonymous token (Microsoft documents this as "401 due to incompatible architecture").',
    ],
    appliesTo: ["any"],
    symptoms: [
      "The pull fails on one kind of machine (arm64 laptop, Graviton/Ampere nodes, Windows nodes) and works on another.",
      "Pods fail only on some node pools.",
      "The pull works, but the container exits at once with `exec format error`.",
    ],
    errorTexts: [
      "no matching manifest for <os>/<arch> in the manifest list entries",
      "no matching manifest for linux/arm64/v8 in the manifest list entries",
      "no match for platform in manifest: not found",
      `Failed to pull image "<image>": rpc error: code = NotFound desc = failed to pull and unpack image "<image>": no match for platform in manifest: not found`,
      `no image found in manifest list for architecture "<arch>", variant "<variant>", OS "<os>"`,
      `no image found in image index for architecture "<arch>", variant "<variant>", OS "<os>"`,
      'choosing an image from manifest list docker://<image>: no image found in manifest list for architecture <arch>, variant "<variant>", OS <os>',
      "exec format error",
      "exec /canipull: exec format error",
      "WARNING: The requested image's platform (<os>/<arch>) does not match the detected host platform (<os>/<arch>) and no specific platform was requested",
    ],
    confirm: [
      {
        text: "List the platforms the tag offers.",
        commands: [
          { client: "docker", run: "docker buildx imagetools inspect {image}" },
          {
            client: "docker",
            run: 'docker manifest inspect {image} | jq -r \'.manifests[]?.platform | "\\(.os)/\\(.architecture)\\(if .variant then "/" + .variant else "" end)"\'',
          },
          {
            client: "skopeo",
            run: "skopeo inspect --raw docker://{image} | jq -r '.manifests[]?.platform | \"\\(.os)/\\(.architecture)\"'",
          },
          { client: "podman", run: "podman manifest inspect {image} | jq -r '.manifests[]?.platform | \"\\(.os)/\\(.architecture)\"'" },
        ],
        good: "a list that includes your platform, e.g. linux/amd64 and linux/arm64/v8",
        bad: "your platform is missing from the list, or nothing is printed (a single-platform image: `skopeo inspect --config docker://<image> | jq -r .architecture` shows which one)",
      },
      {
        text: "Find the platform of the machine or nodes that fail.",
        commands: [
          { client: "shell", run: "uname -sm" },
          { client: "docker", run: "docker version --format '{{.Server.Os}}/{{.Server.Arch}}'" },
          { client: "kubernetes", run: "kubectl get nodes -L kubernetes.io/os -L kubernetes.io/arch" },
          { client: "openshift", run: "oc get nodes -L kubernetes.io/os -L kubernetes.io/arch" },
        ],
      },
    ],
    fixes: [
      {
        title: "Build and push a multi-platform image",
        when: "You own the image",
        steps: [
          {
            text: "Build for every platform you run on and push one index under the tag.",
            commands: [
              { client: "docker", run: "docker buildx build --platform linux/amd64,linux/arm64 -t {image} --push ." },
              {
                client: "podman",
                run: "podman build --platform linux/amd64,linux/arm64 --manifest {image} . && podman manifest push --all {image} docker://{image}",
              },
              {
                client: "az",
                run: "az acr build --registry {registryName} --image {repository}:{tag} --platform linux/arm64 .",
                note: "ACR Tasks builds one platform per run; combine the results into an index",
              },
            ],
          },
        ],
      },
      {
        title: "Run it on nodes of the matching platform",
        when: "The image exists only for one platform and you cannot rebuild it",
        steps: [
          {
            text: "Schedule the pod on matching nodes with a nodeSelector.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl patch deployment <deployment> -p \'{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux","kubernetes.io/arch":"amd64"}}}}}\'',
              },
              {
                client: "openshift",
                run: 'oc patch deployment <deployment> -p \'{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/os":"linux","kubernetes.io/arch":"amd64"}}}}}\'',
              },
            ],
          },
        ],
      },
      {
        title: "Pull another platform explicitly (emulation)",
        when: "On a workstation, when slower emulated execution is acceptable",
        steps: [
          {
            text: "Ask for the platform that exists; running it needs QEMU/binfmt emulation (Docker Desktop and Podman machine include it).",
            commands: [
              { client: "docker", run: "docker pull --platform linux/amd64 {image}" },
              { client: "podman", run: "podman pull --platform linux/amd64 {image}" },
              { client: "containerd", run: "sudo ctr -n k8s.io images pull --platform linux/amd64 {image}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Your platform is listed, and the pull and the container start work.",
        commands: [
          { client: "docker", run: "docker buildx imagetools inspect {image} | grep -i platform" },
          { client: "kubernetes", run: "kubectl rollout status deployment/<deployment>" },
        ],
        good: 'Platform: linux/amd64 … Platform: linux/arm64; "successfully rolled out"',
      },
    ],
    related: ["tag-not-found", "credentials-required", "aks-acr-not-attached"],
    tellApart: [
      {
        cause: "tag-not-found",
        how: '`docker manifest inspect <image>` returns an index → the tag exists and only your platform is missing; "no such manifest" → the tag itself is missing.',
      },
      {
        cause: "credentials-required",
        how: 'On AKS the kubelet event can show both "no match for platform in manifest" and a 401 from the anonymous token attempt: if the platform text is there, fix the platform first.',
      },
    ],
    cannotSee: ["Your nodes' or machine's platform: the check resolves `linux/amd64` unless you tell it which platform you run."],
    sources: [
      {
        title: "AKS image pull: Cause 1b (incompatible architecture) and Cause 5 (no match for platform)",
        url: "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster",
      },
      { title: "Docker: multi-platform builds", url: "https://docs.docker.com/build/building/multi-platform/" },
      { title: "OCI image index specification", url: "https://github.com/opencontainers/image-spec/blob/main/image-index.md" },
    ],
  },

  // ───────────────────────────── red-hat ─────────────────────────────
  {
    id: "redhat-old-registry-migration",
    group: "red-hat",
    title: "The image moved to registry.redhat.io, which needs a Red Hat login",
    summary:
      "Red Hat moved its images from the anonymous registry.access.redhat.com to registry.redhat.io, which requires a Red Hat account or a registry service account token.",
    explanation: [
      "Red Hat's supported container images moved from the old registry, registry.access.redhat.com (no login needed), to registry.redhat.io, which requires authentication: your Red Hat Customer Portal (or Red Hat Developer) login, or a registry service account token. Third-party certified images are on registry.connect.redhat.com, which also requires login. Most images exist on both the old and the new registry, but some — in particular those that need a subscription — are only on registry.redhat.io.",
      'Scripts, Dockerfiles (`FROM`), Kubernetes manifests, OpenShift image streams and templates written before the move either still use the old host (and find no image there) or were switched to registry.redhat.io without anyone adding credentials. Both end in the same message: "Please login to the Red Hat Registry using your Customer Portal credentials". Podman prints "invalid username/password" in front of it even when no credentials were sent at all.',
      "Personal Customer Portal credentials are fine on your own workstation. For servers, CI and clusters, Red Hat recommends a registry service account, whose token does not change when a person's password does; for OpenShift production clusters tokens are the supported method.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      'A Red Hat image pull that works in old instructions now fails with the "Please login to the Red Hat Registry" message.',
      'Podman, trying short names, reports three errors: "name unknown: Repo not found" on registry.access.redhat.com, "unauthorized" on registry.redhat.io, and "requested access to the resource is denied" on docker.io.',
      'An OpenShift image stream shows ImportSuccess False with "unauthorized: Please login to the Red Hat Registry…".',
      "Pods using registry.redhat.io images stay in ImagePullBackOff.",
    ],
    errorTexts: [
      RH_LOGIN_MESSAGE,
      `Error: initializing source docker://registry.redhat.io/<repository>:<tag>: unable to retrieve auth token: invalid username/password: ${RH_LOGIN_MESSAGE}`,
      `Error: unable to copy from source docker://registry.redhat.io/<repository>:<tag>: initializing source docker://registry.redhat.io/<repository>:<tag>: unable to retrieve auth token: invalid username/password: ${RH_LOGIN_MESSAGE}`,
      `initializing source docker://registry.connect.redhat.com/<repository>:<tag>: unable to retrieve auth token: invalid username/password: ${RH_LOGIN_MESSAGE}`,
      "initializing source docker://registry.access.redhat.com/<repository>:<tag>: reading manifest <tag> in registry.access.redhat.com/<repository>: name unknown: Repo not found",
      `Internal error occurred: Get https://registry.redhat.io/v2/<repository>/manifests/<tag>: ${RH_LOGIN_MESSAGE}`,
    ],
    confirm: [
      {
        text: "Find which Red Hat registry your image references use.",
        commands: [
          {
            client: "shell",
            run: "grep -rnE 'registry\\.(access\\.)?redhat\\.io|registry\\.access\\.redhat\\.com|registry\\.connect\\.redhat\\.com' --include='*file' --include='*.y*ml' --include='*.json' .",
          },
          {
            client: "kubernetes",
            run: "kubectl get pods -A -o custom-columns=NAMESPACE:.metadata.namespace,POD:.metadata.name,IMAGES:.spec.containers[*].image | grep redhat",
          },
          {
            client: "openshift",
            run: "oc get is -A -o custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,FROM:.spec.tags[*].from.name | grep redhat",
          },
        ],
      },
      {
        text: "Check whether the image also exists on the anonymous registry. No login is needed for this test.",
        commands: [
          {
            client: "skopeo",
            run: "skopeo inspect --no-creds docker://registry.access.redhat.com/{repository}:{tag} --format '{{.Name}} {{.Digest}}'",
          },
          {
            client: "skopeo",
            run: "skopeo inspect --no-creds docker://registry.redhat.io/{repository}:{tag}",
            note: "expected to fail with the login message: registry.redhat.io never serves anonymous pulls",
          },
        ],
        good: "registry.access.redhat.com/<repository> sha256:<digest> (the image is available anonymously)",
        bad: "name unknown: Repo not found / manifest unknown on registry.access.redhat.com (the image is only on registry.redhat.io)",
      },
      {
        text: "Check whether the client that fails has credentials stored for registry.redhat.io.",
        where: "~/.docker/config.json · ${XDG_RUNTIME_DIR}/containers/auth.json · the openshift-config/pull-secret secret",
        commands: [
          { client: "podman", run: "podman login --get-login registry.redhat.io" },
          { client: "docker", run: "jq -r '.auths | keys[]' ~/.docker/config.json" },
          {
            client: "openshift",
            run: "oc get secret/pull-secret -n openshift-config -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq -r '.auths | keys[]'",
          },
          { client: "kubernetes", run: "kubectl get pod <pod-name> -o jsonpath='{.spec.imagePullSecrets}'" },
        ],
        good: "your username (podman), or registry.redhat.io among the keys",
        bad: "Error: not logged into registry.redhat.io, or no registry.redhat.io key",
      },
    ],
    fixes: [
      {
        title: "Log in to registry.redhat.io",
        when: "Your own workstation, with your Red Hat account",
        steps: [
          {
            text: "Log in with the Red Hat login you use on access.redhat.com (the same credentials work for registry.connect.redhat.com). The client prompts for the password.",
            commands: [
              { client: "podman", run: "podman login registry.redhat.io" },
              { client: "docker", run: "docker login registry.redhat.io" },
              { client: "skopeo", run: "skopeo login registry.redhat.io" },
              { client: "shell", run: "buildah login registry.redhat.io" },
            ],
            good: "Login Succeeded!",
          },
        ],
      },
      {
        title: "Use a registry service account token on servers, CI and clusters",
        when: "Shared systems, pipelines, Kubernetes or OpenShift",
        steps: [
          {
            text: "Create a registry service account and copy its username (`<account_number>|<token_name>`) and token.",
            where: "https://access.redhat.com/terms-based-registry/ → New Service Account",
          },
          {
            text: "Log in with the token from variables (quote the username: `|` is a shell pipe), or create a pull secret.",
            commands: [
              {
                client: "podman",
                run: "RH_TOKEN_USER='<account_number>|<token_name>'; printf '%s' \"$RH_TOKEN_SECRET\" | podman login --username \"$RH_TOKEN_USER\" --password-stdin registry.redhat.io",
              },
              {
                client: "docker",
                run: 'printf \'%s\' "$RH_TOKEN_SECRET" | docker login --username "$RH_TOKEN_USER" --password-stdin registry.redhat.io',
              },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry redhat-pull --docker-server=registry.redhat.io --docker-username="$RH_TOKEN_USER" --docker-password="$RH_TOKEN_SECRET" && kubectl patch serviceaccount default -p \'{"imagePullSecrets": [{"name": "redhat-pull"}]}\'',
              },
              {
                client: "openshift",
                run: 'oc create secret docker-registry redhat-pull --docker-server=registry.redhat.io --docker-username="$RH_TOKEN_USER" --docker-password="$RH_TOKEN_SECRET" && oc secrets link default redhat-pull --for=pull',
                note: "one namespace; for the whole cluster update the global pull secret below",
              },
            ],
          },
          {
            text: "OpenShift: add registry.redhat.io to the cluster's global pull secret (nodes and the openshift namespace's image streams use it).",
            commands: [
              {
                client: "openshift",
                run: "oc get secret/pull-secret -n openshift-config --template='{{index .data \".dockerconfigjson\" | base64decode}}' > pull-secret.json",
              },
              {
                client: "openshift",
                run: 'oc registry login --registry=registry.redhat.io --auth-basic="$RH_TOKEN_USER:$RH_TOKEN_SECRET" --to=pull-secret.json',
              },
              {
                client: "openshift",
                run: "oc set data secret/pull-secret -n openshift-config --from-file=.dockerconfigjson=pull-secret.json && rm pull-secret.json",
              },
            ],
          },
        ],
      },
      {
        title: "Pull from the anonymous registry instead",
        when: "The image is available on registry.access.redhat.com (UBI base images, for example)",
        steps: [
          {
            text: "Change the reference to the anonymous registry; no login is needed.",
            commands: [
              { client: "podman", run: "podman pull registry.access.redhat.com/{repository}:{tag}" },
              { client: "docker", run: "docker pull registry.access.redhat.com/{repository}:{tag}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The image's manifest can be read with your stored credentials, and the pull completes.",
        commands: [
          { client: "skopeo", run: "skopeo inspect docker://registry.redhat.io/{repository}:{tag} --format '{{.Digest}}'" },
          { client: "podman", run: "podman pull registry.redhat.io/{repository}:{tag}" },
          { client: "openshift", run: "oc import-image <imagestream>:<tag> -n <namespace>" },
        ],
        good: 'sha256:<digest>, then "Writing manifest to image destination"',
      },
    ],
    related: [
      "redhat-credentials-invalid",
      "redhat-token-name-format",
      "credentials-required",
      "image-pull-secret-missing",
      "repository-not-found",
    ],
    tellApart: [
      {
        cause: "redhat-credentials-invalid",
        how: '`podman login --get-login registry.redhat.io` prints a username → credentials are being sent and are wrong; "not logged into" → none are stored (this cause). Podman says "invalid username/password" in both cases.',
      },
      {
        cause: "repository-not-found",
        how: '"name unknown: Repo not found" on registry.access.redhat.com while registry.redhat.io answers "Please login" → the image exists only on the new registry.',
      },
    ],
    cannotSee: ["Which credentials your client, node or cluster has stored for registry.redhat.io."],
    sources: [
      { seed: "redhat-registry-auth", section: "Introduction (move to registry.redhat.io)" },
      { title: "Red Hat Container Registry Authentication", url: "https://access.redhat.com/RegistryAuthentication" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
      { title: "Registry service accounts", url: "https://access.redhat.com/terms-based-registry/" },
      {
        title: "OpenShift: updating the global cluster pull secret",
        url: "https://docs.openshift.com/container-platform/latest/openshift_images/managing_images/using-image-pull-secrets.html",
      },
      { title: "containers/podman#7780: three errors from short-name resolution", url: "https://github.com/containers/podman/issues/7780" },
    ],
  },
  {
    id: "redhat-credentials-invalid",
    group: "red-hat",
    title: "Red Hat registry rejects the username or password",
    summary:
      'registry.redhat.io\'s token service answers 401 "Invalid username or password". Test the credentials with curl: 200 means good, 401 wrong, anything else a network problem.',
    explanation: [
      'registry.redhat.io checks credentials at its token service, Red Hat\'s SSO (the realm `…/auth/realms/rhcc/protocol/redhat-docker-v2/auth`, today served from registry.redhat.io itself and backed by sso.redhat.com). With a wrong Customer Portal password, a deleted or regenerated service account token, a token used with the wrong username, or a token secret that was cut or altered while pasting, the token service answers HTTP 401 with `Invalid username or password`, and podman, docker and OpenShift report "unauthorized".',
      "Red Hat's own test sends the credentials straight to the token service with curl, which takes every container tool out of the picture: HTTP 200 with a JSON token means the credentials are good; 401 means they are wrong; any other response or error points to the network (firewall, proxy) rather than to the credentials.",
      "If you sign in to the Customer Portal through your company's single sign-on, you may have no Red Hat password that works here; a registry service account token avoids the question.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      "`podman login registry.redhat.io` or `docker login registry.redhat.io` fails although you typed what you believe is the right password.",
      "A login or pull secret that worked before fails after a password change or after a service account token was regenerated or deleted.",
      'The curl test of the token endpoint returns 401 with "Invalid username or password".',
    ],
    errorTexts: [
      RH_INVALID_JSON,
      `Error: logging into "registry.redhat.io": invalid username/password`,
      `Error: error logging into "registry.redhat.io": invalid username/password`,
      `Error response from daemon: Get "https://registry.redhat.io/v2/": ${RH_LOGIN_MESSAGE}`,
      `unable to retrieve auth token: invalid username/password: ${RH_LOGIN_MESSAGE}`,
      "< HTTP/1.1 401 Unauthorized",
    ],
    confirm: [
      {
        text: "Test your Customer Portal username and password directly against Red Hat's token endpoint. Leave the password out of the command: curl then asks for it. Note that `curl -v` prints an `Authorization: Basic …` line, which is your password in base64: remove it before sharing the output.",
        commands: [
          {
            client: "curl",
            run: `curl -Lv -u "$RH_USER" "${RH_SSO_AUTH}"`,
            note: "RH_USER is your Red Hat login; curl prompts for the password",
          },
          {
            client: "curl",
            run: `curl -Lv -u "$RH_USER" "${RH_REALM_AUTH}"`,
            note: "the same test against the realm registry.redhat.io advertises today",
          },
        ],
        good: `< HTTP/1.1 200 OK\n${RH_TOKEN_JSON}`,
        bad: `< HTTP/1.1 401 Unauthorized\n${RH_INVALID_JSON}`,
      },
      {
        text: "Test a registry service account token the same way, from shell variables: TOKENID is the token's username `<account_number>|<token_name>`, SECRET the long token value.",
        commands: [
          { client: "curl", run: `curl -s -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}" | python3 -m json.tool` },
          { client: "curl", run: `curl -s -o /dev/null -w '%{http_code}\\n' -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}"` },
        ],
        good: '200, and JSON with "access_token", "expires_in": 300, "issued_at", "token"',
        bad: '401 and "Invalid username or password"',
      },
      {
        text: "Any other answer (a timeout, a connection error, a proxy error, an HTML page, a status other than 200 or 401) is not about the credentials: it points to a firewall, proxy or other network problem.",
        bad: "curl: (6), (7), (28), (35), (56) or (60), or HTTP 403/407/5xx",
      },
      {
        text: "When the token endpoint gives 200, prove that the token also opens the registry. The token lives 300 seconds: fetch it and use it at once.",
        commands: [
          {
            client: "curl",
            run: `ACCESS_TOKEN=$(curl -s -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}" | jq -r .access_token) && curl -Lv -H "Authorization: Bearer $ACCESS_TOKEN" https://registry.redhat.io/v2/`,
          },
        ],
        good: "< HTTP/1.1 200 OK and the body {} — the token is valid and, above all, this system can reach the registry endpoint",
        bad: "401 (token not accepted) or a connection error (the registry host is blocked)",
      },
    ],
    fixes: [
      {
        title: "Customer Portal credentials: check them with a fresh login",
        when: "You log in with your personal Red Hat account",
        steps: [
          {
            text: "Log in freshly to the Red Hat Customer Portal in a private browser window with exactly the username and password you use for the registry. If that fails, reset the password there. Then log in to the registry again.",
            where: "https://access.redhat.com (log out first, or use a private window)",
            commands: [
              { client: "podman", run: "podman logout registry.redhat.io; podman login registry.redhat.io" },
              { client: "docker", run: "docker logout registry.redhat.io; docker login registry.redhat.io" },
            ],
          },
        ],
      },
      {
        title: "Service account token: use the exact ID and token value",
        when: "You log in with a registry service account",
        steps: [
          {
            text: "Open the service account and copy its username and token again. Check that the account still exists and the token was not regenerated (a regenerated token invalidates the old one).",
            where: "https://access.redhat.com/terms-based-registry/ → your service account → Token Information",
          },
          {
            text: "Log in from variables, not by pasting into a prompt.",
            commands: [
              { client: "podman", run: 'printf \'%s\' "$SECRET" | podman login --username "$TOKENID" --password-stdin registry.redhat.io' },
              { client: "docker", run: 'printf \'%s\' "$SECRET" | docker login --username "$TOKENID" --password-stdin registry.redhat.io' },
              { client: "skopeo", run: 'printf \'%s\' "$SECRET" | skopeo login --username "$TOKENID" --password-stdin registry.redhat.io' },
            ],
          },
        ],
      },
      {
        title: "Replace the stored credentials everywhere they are used",
        steps: [
          {
            text: "Pull secrets keep the old value until you replace them.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry redhat-pull --docker-server=registry.redhat.io --docker-username="$TOKENID" --docker-password="$SECRET" --dry-run=client -o yaml | kubectl apply -f -',
              },
              {
                client: "openshift",
                run: 'oc get secret/pull-secret -n openshift-config --template=\'{{index .data ".dockerconfigjson" | base64decode}}\' > pull-secret.json && oc registry login --registry=registry.redhat.io --auth-basic="$TOKENID:$SECRET" --to=pull-secret.json && oc set data secret/pull-secret -n openshift-config --from-file=.dockerconfigjson=pull-secret.json && rm pull-secret.json',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The token test answers 200, and a pull works.",
        commands: [
          { client: "curl", run: `curl -s -o /dev/null -w '%{http_code}\\n' -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}"` },
          { client: "podman", run: "podman pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        good: '200, then "Writing manifest to image destination"',
      },
    ],
    related: [
      "redhat-token-name-format",
      "redhat-secret-mangled",
      "redhat-old-registry-migration",
      "redhat-hosts-not-allowed",
      "redhat-proxy-not-used",
      "credentials-invalid",
    ],
    tellApart: [
      {
        cause: "redhat-token-name-format",
        how: "With a token, print the username you send (`printf '%s\\n' \"$TOKENID\"`): it must be `<account_number>|<token_name>`, account number first.",
      },
      {
        cause: "redhat-secret-mangled",
        how: "If the same token works with curl from variables but fails when typed or pasted at a prompt, the pasted secret was altered.",
      },
      {
        cause: "redhat-hosts-not-allowed",
        how: "The curl test returns something other than 200 or 401 (timeout, connection refused, proxy 403): that is the network, not the credentials.",
      },
    ],
    cannotSee: [
      "Your Red Hat credentials: the check never stores them and cannot test them unless you give them, and it cannot see your Customer Portal account or service accounts.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Testing authentication" },
      { seed: "redhat-registry-auth", section: "Testing the registry with the access token" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
      { title: "Red Hat Container Registry Authentication", url: "https://access.redhat.com/RegistryAuthentication" },
    ],
  },
  {
    id: "redhat-token-name-format",
    group: "red-hat",
    title: "The Red Hat service account username is in the wrong form",
    summary:
      "A registry service account logs in as `<account_number>|<token_name>`, account number first, the whole string quoted in shells. Anything else gets 401.",
    explanation: [
      'Red Hat registry service accounts have a username made of your account (organization) number, a vertical bar and the name you gave the token, for example `12345678|ci-puller`. The Japanese version of Red Hat\'s article describes the parts the wrong way round; the account number comes first. Using only the token name, only the number, the parts swapped, or your personal login together with the token all give 401 "Invalid username or password".',
      "The `|` is the pipe character in bash, zsh, PowerShell and cmd. Written without quotes, `podman login -u 12345678|ci-puller …` runs two commands: podman receives only the number, and the shell tries to run `ci-puller` as a program.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      "Login with a service account token fails, while the same account's Customer Portal login works.",
      'The shell prints "command not found" with your token name when you run the login command.',
      "Podman or docker asks for a password even though you passed one, or logs in a user that is only a number.",
    ],
    errorTexts: [
      "bash: <token_name>: command not found",
      "zsh: command not found: <token_name>",
      RH_INVALID_JSON,
      `Error: logging into "registry.redhat.io": invalid username/password`,
      `Error response from daemon: Get "https://registry.redhat.io/v2/": ${RH_LOGIN_MESSAGE}`,
    ],
    confirm: [
      {
        text: "Read the exact username of the service account.",
        where: "https://access.redhat.com/terms-based-registry/ → your service account → Token Information → Username",
      },
      {
        text: "Compare it with the username your client stored.",
        commands: [
          { client: "podman", run: "podman login --get-login registry.redhat.io" },
          {
            client: "docker",
            run: "jq -r '.auths[\"registry.redhat.io\"].auth' ~/.docker/config.json | base64 -d | cut -d: -f1",
            note: "prints only the username; with a credsStore, `docker-credential-<helper> list` shows the stored usernames (no secrets)",
          },
          {
            client: "kubernetes",
            run: 'kubectl get secret redhat-pull -o jsonpath=\'{.data.\\.dockerconfigjson}\' | base64 -d | jq -r \'.auths["registry.redhat.io"].username // (.auths["registry.redhat.io"].auth | @base64d | split(":")[0])\'',
          },
          {
            client: "openshift",
            run: "oc get secret/pull-secret -n openshift-config -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq -r '.auths[\"registry.redhat.io\"].auth | @base64d | split(\":\")[0]'",
          },
        ],
        good: "<account_number>|<token_name>, exactly as on the Token Information page",
        bad: "only the token name, only the number, <token_name>|<account_number>, or your personal login",
      },
      {
        text: "Test the username and token with curl, quoted.",
        commands: [
          {
            client: "curl",
            run: `TOKENID='<account_number>|<token_name>'; curl -s -o /dev/null -w '%{http_code}\\n' -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}"`,
          },
        ],
        good: "200",
        bad: "401",
      },
    ],
    fixes: [
      {
        title: "Log in with the full, quoted username",
        steps: [
          {
            text: "Put the username in single quotes (or a variable) and pass the token on standard input.",
            commands: [
              {
                client: "podman",
                run: "podman login --username='<account_number>|<token_name>' --password-stdin registry.redhat.io <<< \"$SECRET\"",
              },
              {
                client: "docker",
                run: "docker login --username '<account_number>|<token_name>' --password-stdin registry.redhat.io <<< \"$SECRET\"",
              },
              {
                client: "skopeo",
                run: "skopeo login --username '<account_number>|<token_name>' --password-stdin registry.redhat.io <<< \"$SECRET\"",
              },
              {
                client: "powershell",
                run: "$env:SECRET | podman login --username '<account_number>|<token_name>' --password-stdin registry.redhat.io",
                note: "PowerShell: single quotes keep the | literal",
              },
            ],
            good: "Login Succeeded!",
          },
        ],
      },
      {
        title: "Recreate pull secrets with the right username",
        when: "Kubernetes or OpenShift pulls with a service account",
        steps: [
          {
            text: 'Recreate the secret from variables, or download the ready-made secret from the service account page (tabs "OpenShift Secret" / "Kubernetes Secret") and apply it.',
            where: "https://access.redhat.com/terms-based-registry/ → your service account → OpenShift Secret",
            commands: [
              {
                client: "kubernetes",
                run: "kubectl create secret docker-registry redhat-pull --docker-server=registry.redhat.io --docker-username='<account_number>|<token_name>' --docker-password=\"$SECRET\" --dry-run=client -o yaml | kubectl apply -f -",
              },
              {
                client: "openshift",
                run: "oc apply -f <downloaded-secret>.yaml -n <namespace> && oc secrets link default <secret-name> --for=pull",
              },
              {
                client: "openshift",
                run: 'oc registry login --registry=registry.redhat.io --auth-basic="$TOKENID:$SECRET" --to=pull-secret.json',
                note: "for the global pull secret: fetch it to pull-secret.json first and `oc set data` it back (see the token-invalid page)",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The stored username has both parts and a pull works.",
        commands: [
          { client: "podman", run: "podman login --get-login registry.redhat.io && podman pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        good: "<account_number>|<token_name>, then the pull completes",
      },
    ],
    related: ["redhat-credentials-invalid", "redhat-secret-mangled", "username-convention-mismatch"],
    tellApart: [
      {
        cause: "redhat-secret-mangled",
        how: "The username shown by `podman login --get-login registry.redhat.io` is right but the login still fails → suspect the token value.",
      },
      {
        cause: "redhat-credentials-invalid",
        how: "With a correct username and token copied fresh, a 401 means the service account or token was deleted or regenerated.",
      },
    ],
    cannotSee: ["The username your client or cluster has stored; the check sees only what you send it."],
    sources: [
      { seed: "redhat-registry-auth", section: "Testing authentication (token name format)" },
      { title: "Registry service accounts", url: "https://access.redhat.com/terms-based-registry/" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
    ],
  },
  {
    id: "redhat-secret-mangled",
    group: "red-hat",
    title: "The long Red Hat token was altered when pasted at a password prompt",
    summary:
      "A registry service account token is very long. Pasted into curl's or podman's hidden password prompt it can be cut or altered; pass it through a variable or --password-stdin.",
    explanation: [
      'The token of a Red Hat registry service account is a very long string. When you paste it into an interactive password prompt (curl\'s `Enter host password`, `podman login`, `docker login`), you cannot see what arrived: a terminal can cut over-long input, a copy from the web page can pick up line breaks or spaces where the page wrapped, and a second paste can append to the first. The registry then says "Invalid username or password" although the token itself is fine.',
      "Red Hat's own article warns that pasting the secret into curl's interactive password prompt may not enter it correctly. Passing it through a shell variable, a file or `--password-stdin` avoids the prompt altogether.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      'Login with a freshly copied token fails with "invalid username/password" while the username is certainly right.',
      "The same token works in one place (a script, a downloaded config file) and fails when you paste it at a prompt.",
    ],
    errorTexts: [
      RH_INVALID_JSON,
      `Error: logging into "registry.redhat.io": invalid username/password`,
      `Error response from daemon: Get "https://registry.redhat.io/v2/": ${RH_LOGIN_MESSAGE}`,
    ],
    confirm: [
      {
        text: "Save the token into a file with an editor (or download it from the service account page), load it into a variable with all whitespace removed, and check its length against the page.",
        commands: [
          { client: "shell", run: "SECRET=$(tr -d '[:space:]' < ~/rh-token-secret.txt); printf '%s' \"$SECRET\" | wc -c" },
          {
            client: "shell",
            run: "tr -dc '[:space:]' < ~/rh-token-secret.txt | wc -c",
            note: "whitespace in the saved copy (a trailing newline counts 1)",
          },
        ],
        good: "the length matches the token shown on the page",
      },
      {
        text: "Test the token from the variable, without any prompt.",
        commands: [{ client: "curl", run: `curl -s -o /dev/null -w '%{http_code}\\n' -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}"` }],
        good: "200 — the token is good; the earlier failure came from the pasted copy",
        bad: "401 — the token itself (or the username) is wrong: see the credentials and username pages",
      },
    ],
    fixes: [
      {
        title: "Pass the token on standard input",
        steps: [
          {
            text: "Log in from the file or variable; never paste the token at a prompt or on the command line (it would land in shell history).",
            commands: [
              {
                client: "podman",
                run: "tr -d '[:space:]' < ~/rh-token-secret.txt | podman login --username \"$TOKENID\" --password-stdin registry.redhat.io",
              },
              {
                client: "docker",
                run: "tr -d '[:space:]' < ~/rh-token-secret.txt | docker login --username \"$TOKENID\" --password-stdin registry.redhat.io",
              },
              {
                client: "skopeo",
                run: "tr -d '[:space:]' < ~/rh-token-secret.txt | skopeo login --username \"$TOKENID\" --password-stdin registry.redhat.io",
              },
              {
                client: "shell",
                run: "tr -d '[:space:]' < ~/rh-token-secret.txt | buildah login --username \"$TOKENID\" --password-stdin registry.redhat.io",
              },
              { client: "curl", run: `curl -u "$TOKENID:$SECRET" "${RH_SSO_AUTH}" | python3 -m json.tool` },
            ],
          },
          {
            text: "Delete the file when done, or keep it readable only by you.",
            commands: [{ client: "shell", run: "chmod 600 ~/rh-token-secret.txt  # or: shred -u ~/rh-token-secret.txt" }],
          },
        ],
      },
      {
        title: "Use the ready-made files from the service account page",
        when: "For machines and clusters",
        steps: [
          {
            text: 'Download the "Docker Configuration" (an auth file) or the "OpenShift Secret" / "Kubernetes Secret" YAML, which hold the token exactly.',
            where: "https://access.redhat.com/terms-based-registry/ → your service account",
            commands: [
              { client: "podman", run: "podman pull --authfile ./<downloaded-auth>.json registry.redhat.io/ubi9/ubi:latest" },
              { client: "kubernetes", run: "kubectl apply -f <downloaded-secret>.yaml -n <namespace>" },
              {
                client: "openshift",
                run: "oc apply -f <downloaded-secret>.yaml -n <namespace> && oc secrets link default <secret-name> --for=pull",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Login succeeds without a prompt, and a pull works.",
        commands: [
          { client: "podman", run: "podman pull registry.redhat.io/ubi9/ubi:latest" },
          { client: "docker", run: "docker pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        good: "Login Succeeded!, then the pull completes",
      },
    ],
    related: ["redhat-credentials-invalid", "redhat-token-name-format", "credentials-invalid"],
    tellApart: [
      {
        cause: "redhat-credentials-invalid",
        how: "The curl test from the variable returns 401 as well → the token or account is wrong, not the paste.",
      },
      {
        cause: "redhat-token-name-format",
        how: "Check the username first: `printf '%s\\n' \"$TOKENID\"` must print `<account_number>|<token_name>`.",
      },
    ],
    cannotSee: [
      "What arrived in your terminal's hidden prompt; only a test from a variable or file shows whether the token itself is good.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Testing authentication (pasting the secret into the prompt)" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
      { title: "Registry service accounts", url: "https://access.redhat.com/terms-based-registry/" },
    ],
  },
  {
    id: "redhat-hosts-not-allowed",
    group: "red-hat",
    title: "A firewall or proxy does not allow all hosts Red Hat pulls need",
    summary:
      "Pulls from registry.redhat.io need registry.redhat.io, sso.redhat.com and, since 2023, cdn.quay.io and cdn01–03.quay.io (layers). Blocking any of them breaks login or pull.",
    explanation: [
      "A pull from registry.redhat.io touches several hosts: registry.redhat.io (the API and, today, the token realm under `/auth/realms/rhcc/…`), sso.redhat.com (Red Hat's SSO, the host of the published credential test), and — since 2023 — the content delivery hosts `cdn.quay.io`, `cdn01.quay.io`, `cdn02.quay.io` and `cdn03.quay.io`, where image layers are downloaded after a redirect. Pulls from registry.access.redhat.com also need access.redhat.com, which hosts the image signatures clients check. Partner images from registry.connect.redhat.com may come from further storage hosts.",
      "Red Hat's original advice (2018) was to allow registry.redhat.io and sso.redhat.com through the proxy and firewall. An allow-list built on that advice alone now lets login and manifests through, but layer downloads fail with a connection error to a `cdn0N.quay.io` address.",
      "In the credential test, any answer other than HTTP 200 or 401 points to the network. If curl cannot connect to sso.redhat.com although no proxy is in use, a firewall on the system or in the network is probably actively blocking it: check with your network team that the connection is allowed.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      "Login works, but the pull stops while copying blobs, with a timeout or a connection error to `cdn01.quay.io`, `cdn02.quay.io` or `cdn03.quay.io`.",
      'The credential test with curl returns neither 200 nor 401: a timeout, "Failed to connect", a connection reset, or a proxy\'s 403.',
      "curl cannot connect to sso.redhat.com at all although no proxy is in use.",
      "OpenShift nodes fail to pull Red Hat images while a workstation on another network succeeds.",
    ],
    errorTexts: [
      `parsing image configuration: Get "https://cdn02.quay.io/sha256/<path>": dial tcp <ip-address>:443: i/o timeout`,
      `Get "https://cdn01.quay.io/<path>": dial tcp <ip-address>:443: i/o timeout`,
      `Get "https://cdn03.quay.io/<path>": EOF`,
      "curl: (7) Failed to connect to sso.redhat.com port 443: Connection refused",
      "curl: (7) Failed to connect to sso.redhat.com port 443 after <n> ms: Couldn't connect to server",
      "curl: (28) Connection timed out after <n> milliseconds",
      "curl: (56) Received HTTP code 403 from proxy after CONNECT",
      "curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to sso.redhat.com:443",
    ],
    confirm: [
      {
        text: "From the machine or node that fails (with its proxy settings), open every host a Red Hat pull needs. Any HTTP status means the host is reachable; 000 means it is not.",
        commands: [
          {
            client: "shell",
            run: "for h in registry.redhat.io sso.redhat.com cdn.quay.io cdn01.quay.io cdn02.quay.io cdn03.quay.io access.redhat.com; do printf '%-22s ' \"$h\"; curl -s -o /dev/null --max-time 10 -w '%{http_code}\\n' \"https://$h/\"; done",
          },
          {
            client: "openshift",
            run: "oc debug node/<node-name> -- chroot /host sh -c 'for h in registry.redhat.io sso.redhat.com cdn01.quay.io cdn02.quay.io cdn03.quay.io; do echo \"$h $(curl -s -o /dev/null --max-time 10 -w %{http_code} https://$h/)\"; done'",
            note: "the node uses the cluster-wide proxy settings, if any; add them with -x if curl does not pick them up",
          },
        ],
        good: "a 3-digit status (200, 301, 401, 403, 404…) for every host",
        bad: "000 for one or more hosts (typically the cdn*.quay.io hosts)",
      },
      {
        text: "Run Red Hat's credential test. Anything other than 200 or 401 is a network problem.",
        commands: [{ client: "curl", run: `curl -Lv -u "$RH_USER" "${RH_SSO_AUTH}" -o /dev/null` }],
        good: "< HTTP/1.1 200 OK (or 401 for wrong credentials: the network is fine)",
        bad: "no HTTP answer: Failed to connect, Connection timed out, Connection reset, or Received HTTP code 403 from proxy after CONNECT",
      },
      {
        text: "Without any proxy: if curl cannot connect to sso.redhat.com directly and your network has no proxy, a firewall is actively blocking it.",
        commands: [{ client: "curl", run: "curl -sv --noproxy '*' --max-time 10 https://sso.redhat.com/ -o /dev/null" }],
      },
      {
        text: "See which host a real pull stops at.",
        commands: [
          {
            client: "podman",
            run: "podman --log-level=debug pull registry.redhat.io/ubi9/ubi:latest 2>&1 | grep -Ei 'GET|redirect|error' | tail -20",
          },
          { client: "docker", run: "docker pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        bad: "the last lines name cdn0N.quay.io with a timeout or a reset",
      },
    ],
    fixes: [
      {
        title: "Allow every Red Hat registry host by name",
        steps: [
          {
            text: "Ask the network team to allow, by host name on TCP 443 (and through the proxy, if there is one): registry.redhat.io, sso.redhat.com, cdn.quay.io, cdn01.quay.io, cdn02.quay.io, cdn03.quay.io; also registry.access.redhat.com and access.redhat.com if you use the anonymous registry, and registry.connect.redhat.com for partner images. `*.quay.io` covers the CDN hosts; do not put `*.quay.io` on a deny list. Allow by name, not by IP: CDN addresses change.",
            where: "your firewall / web proxy allow-list (network team)",
          },
        ],
      },
      {
        title: "Mirror the images into a registry you can reach",
        when: "The hosts cannot be opened (disconnected or tightly restricted networks)",
        steps: [
          {
            text: "From a machine that may reach Red Hat, copy the images into an internal registry, and pull from there (OpenShift: oc-mirror and an ImageDigestMirrorSet).",
            commands: [
              {
                client: "skopeo",
                run: "skopeo copy --all docker://registry.redhat.io/{repository}:{tag} docker://<internal-registry>/{repository}:{tag}",
              },
              { client: "openshift", run: "oc mirror --help", note: "oc-mirror plugin for disconnected clusters" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Every host answers with an HTTP status, and a full pull completes (layers included).",
        commands: [
          { client: "podman", run: "podman pull registry.redhat.io/ubi9/ubi:latest" },
          { client: "docker", run: "docker pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        good: 'Copying blob … done, then "Writing manifest to image destination"',
      },
    ],
    related: [
      "redhat-proxy-not-used",
      "data-endpoint-unreachable",
      "auth-endpoint-unreachable",
      "client-firewall-blocks-endpoints",
      "proxy-refused",
      "redhat-credentials-invalid",
    ],
    tellApart: [
      {
        cause: "redhat-proxy-not-used",
        how: '`curl --proxy "$PROXY" https://cdn01.quay.io/` works but the pull fails → the tools are not using the proxy; the curl through the proxy fails as well (403, 000) → the host is not allowed.',
      },
      {
        cause: "redhat-credentials-invalid",
        how: 'The credential test returns 401 with "Invalid username or password": the network works and the credentials are wrong.',
      },
      {
        cause: "data-endpoint-unreachable",
        how: "This is the Red Hat form of it: the API works and the blob host (cdn0N.quay.io) is blocked.",
      },
    ],
    cannotSee: [
      "Your firewall's and proxy's allow-list, and your nodes' egress path: the check reaches these hosts from the server's network, not from yours.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Proxy/Firewall" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
      { title: "Firewall changes for Red Hat registries (cdn*.quay.io)", url: "https://access.redhat.com/node/7001746" },
      {
        title: "Container image registries changes, part 3",
        url: "https://connect.redhat.com/blog/container-image-registries-changes-part-3-consequences",
      },
      {
        title: "OpenShift: configuring your firewall",
        url: "https://docs.openshift.com/container-platform/latest/installing/install_config/configuring-firewall.html",
      },
    ],
  },
  {
    id: "redhat-proxy-not-used",
    group: "red-hat",
    title: "The system needs a web proxy, but the container tool is not using it",
    summary:
      "Your network reaches the internet only through an HTTP(S) proxy, and podman, docker, CRI-O or curl is not configured to use it, so connections to Red Hat time out.",
    explanation: [
      "Some systems can reach external sites such as registry.redhat.io only through a web (HTTP/HTTPS) proxy. Then two things must be true: the proxy (and firewall) allows registry.redhat.io and sso.redhat.com (and the cdn*.quay.io layer hosts), and the tools use the proxy — either through system-wide proxy settings or by configuring Docker directly.",
      "With system-wide settings (the `http_proxy`, `https_proxy` and `no_proxy` environment variables), docker, skopeo (used by atomic, podman and buildah) and curl pick them up automatically. Two catches: the Docker daemon is a system service and does not read your shell's variables, so it needs its own proxy configuration and a restart; and Kubernetes nodes (containerd, CRI-O) and OpenShift clusters have their own proxy settings.",
      "For testing, tell curl explicitly to use the proxy with `--proxy <proxy_address>:<proxy_port>`, and read `curl -v` to confirm the request really went through the proxy. If curl cannot connect to the proxy, or cannot tunnel through it to Red Hat, the problem is the proxy: check with your network team first.",
    ],
    appliesTo: ["redhat"],
    symptoms: [
      "Login or pull hangs and ends in a timeout; `curl https://registry.redhat.io/v2/` without `--proxy` times out too.",
      "The same curl command works when you add `--proxy`.",
      "podman works in your shell, but the Docker daemon, a systemd service or Kubernetes nodes time out.",
    ],
    errorTexts: [
      `Get "https://registry.redhat.io/v2/": dial tcp <ip-address>:443: i/o timeout`,
      `Get "https://registry.redhat.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
      `pinging container registry registry.redhat.io: Get "https://registry.redhat.io/v2/": dial tcp <ip-address>:443: i/o timeout`,
      `dial tcp: lookup registry.redhat.io on <dns>:53: no such host`,
      "curl: (6) Could not resolve host: sso.redhat.com",
      "curl: (5) Could not resolve proxy: <proxy-host>",
      "curl: (7) Failed to connect to <proxy-host> port <proxy-port>: Connection refused",
      "curl: (56) Received HTTP code 407 from proxy after CONNECT",
    ],
    confirm: [
      {
        text: "Check which proxy settings each tool sees.",
        where:
          "/etc/profile.d/ · /etc/environment · /etc/systemd/system/docker.service.d/http-proxy.conf · /etc/docker/daemon.json · /etc/containers/containers.conf",
        commands: [
          { client: "shell", run: "env | grep -i _proxy" },
          { client: "docker", run: "docker info | grep -i proxy" },
          { client: "containerd", run: "systemctl show --property=Environment containerd" },
          {
            client: "shell",
            run: "systemctl show --property=Environment crio",
            note: "CRI-O, the runtime on OpenShift and some Kubernetes nodes",
          },
          { client: "openshift", run: "oc get proxy/cluster -o jsonpath='{.spec}'" },
        ],
        good: "HTTPS proxy http://proxy.example.com:8080 (or your proxy) for every tool that pulls",
        bad: "no proxy shown for the daemon or runtime that fails, or registry.redhat.io / .redhat.com listed in no_proxy",
      },
      {
        text: "Run Red Hat's credential test explicitly through the proxy and read the verbose output: it must show a connection to the proxy and a successful tunnel.",
        commands: [
          {
            client: "curl",
            run: `PROXY=http://proxy.example.com:8080; curl -Lv --proxy "$PROXY" -u "$RH_USER" "${RH_SSO_AUTH}" -o /dev/null`,
          },
        ],
        good: "* About to connect() to proxy proxy.example.com port 8080 (#0)   (newer curl: * Trying 192.168.2.100:8080...)\n* Connected to proxy.example.com (192.168.2.100) port 8080 (#0)\n* Establish HTTP proxy tunnel to sso.redhat.com:443\n> CONNECT sso.redhat.com:443 HTTP/1.1\n> Host: sso.redhat.com:443\n< HTTP/1.1 200 Connection established\n…\n< HTTP/1.1 200 OK",
        bad: "curl: (7) Failed to connect to proxy.example.com port 8080, curl: (5) Could not resolve proxy, or Received HTTP code 403/407 from proxy after CONNECT — the proxy itself is the problem",
      },
      {
        text: "Compare with a direct attempt. Direct fails while the proxied test works → the tools need the proxy setting.",
        commands: [{ client: "curl", run: "curl -sv --noproxy '*' --max-time 10 https://registry.redhat.io/v2/ -o /dev/null" }],
        bad: "Connection timed out / Could not resolve host",
      },
    ],
    fixes: [
      {
        title: "Set the proxy system-wide (podman, skopeo, buildah, curl)",
        steps: [
          {
            text: "Export the proxy variables for all login shells, then open a new shell. Keep internal hosts in no_proxy, and do not put registry.redhat.io there.",
            where: "/etc/profile.d/proxy.sh",
            commands: [
              {
                client: "shell",
                run: "printf 'export http_proxy=http://proxy.example.com:8080\\nexport https_proxy=http://proxy.example.com:8080\\nexport no_proxy=localhost,127.0.0.1,.example.internal\\nexport HTTP_PROXY=$http_proxy HTTPS_PROXY=$https_proxy NO_PROXY=$no_proxy\\n' | sudo tee /etc/profile.d/proxy.sh",
              },
              {
                client: "podman",
                run: 'printf \'[engine]\\nenv = ["https_proxy=http://proxy.example.com:8080", "no_proxy=localhost,127.0.0.1"]\\n\' | sudo tee /etc/containers/containers.conf.d/proxy.conf',
                note: "for podman run from systemd units or other places that do not read the shell's variables",
              },
            ],
          },
        ],
      },
      {
        title: "Configure the Docker daemon for the proxy",
        when: "You use Docker Engine",
        steps: [
          {
            text: "Give the daemon its own proxy settings and restart it (Docker Desktop: Settings → Resources → Proxies).",
            where: '/etc/systemd/system/docker.service.d/http-proxy.conf (or "proxies" in /etc/docker/daemon.json, Docker Engine 23.0+)',
            commands: [
              {
                client: "docker",
                run: 'sudo mkdir -p /etc/systemd/system/docker.service.d && printf \'[Service]\\nEnvironment="HTTP_PROXY=http://proxy.example.com:8080" "HTTPS_PROXY=http://proxy.example.com:8080" "NO_PROXY=localhost,127.0.0.1"\\n\' | sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf && sudo systemctl daemon-reload && sudo systemctl restart docker',
              },
            ],
          },
        ],
      },
      {
        title: "Kubernetes nodes and OpenShift clusters",
        when: "Pods cannot pull Red Hat images",
        steps: [
          {
            text: "Give the node runtime the proxy (a systemd drop-in for containerd or CRI-O, then restart it). On OpenShift, set the cluster-wide proxy; the Machine Config Operator rolls it out to the nodes.",
            commands: [
              {
                client: "containerd",
                run: 'sudo mkdir -p /etc/systemd/system/containerd.service.d && printf \'[Service]\\nEnvironment="HTTPS_PROXY=http://proxy.example.com:8080" "NO_PROXY=localhost,127.0.0.1,10.0.0.0/8,.svc,.cluster.local"\\n\' | sudo tee /etc/systemd/system/containerd.service.d/http-proxy.conf && sudo systemctl daemon-reload && sudo systemctl restart containerd',
              },
              { client: "openshift", run: "oc edit proxy/cluster", note: "set spec.httpProxy, spec.httpsProxy and spec.noProxy" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "curl uses the proxy without `--proxy`, and the pull completes.",
        commands: [
          { client: "curl", run: "curl -sv https://registry.redhat.io/v2/ -o /dev/null 2>&1 | grep -Ei 'proxy|CONNECT|HTTP/'" },
          { client: "podman", run: "podman pull registry.redhat.io/ubi9/ubi:latest" },
          { client: "docker", run: "docker info | grep -i proxy && docker pull registry.redhat.io/ubi9/ubi:latest" },
        ],
        good: "* Uses proxy env variable https_proxy …, < HTTP/1.1 200 Connection established, < HTTP/1.1 401 Unauthorized (the registry answered); then the pull completes",
      },
    ],
    related: [
      "redhat-hosts-not-allowed",
      "docker-proxy-not-configured",
      "proxy-unreachable",
      "proxy-auth-required",
      "proxy-refused",
      "network-timeout",
    ],
    tellApart: [
      {
        cause: "redhat-hosts-not-allowed",
        how: 'The curl test through `--proxy` gets "200 Connection established" and then an HTTP answer → the proxy works and allows the host; a 403 from the proxy after CONNECT → the proxy does not allow the host.',
      },
      {
        cause: "docker-proxy-not-configured",
        how: "curl and podman in your shell work, only `docker pull` fails → the Docker daemon lacks the proxy (same fix as in this page's Docker option).",
      },
      {
        cause: "proxy-auth-required",
        how: 'curl reports "Received HTTP code 407 from proxy after CONNECT": the proxy is used but wants credentials.',
      },
    ],
    cannotSee: [
      "Whether your network requires a proxy, and your tools' proxy settings: the check runs elsewhere and uses only a proxy you give it.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Proxy/Firewall" },
      { title: "Troubleshooting authentication issues with registry.redhat.io", url: "https://access.redhat.com/articles/3560571" },
      { title: "Docker daemon proxy configuration", url: "https://docs.docker.com/engine/daemon/proxy/" },
      { title: "containers.conf(5): [engine] env", url: "https://github.com/containers/common/blob/main/docs/containers.conf.5.md" },
    ],
  },
];
