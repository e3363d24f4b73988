import { describe, expect, it } from "vitest";
import { CAUSE_IDS, type CauseId } from "@/lib/catalogue/ids";
import { MAX_INPUT_CHARS, matchErrorText, normalizeForMatching, type MatchResult } from "./match";
import { redactSecrets } from "./redact";
import { SIGNATURES, patternProblems } from "./signatures";

const ids = (result: MatchResult): CauseId[] => result.matches.map((m) => m.causeId);
const top = (text: string): CauseId | undefined => matchErrorText(text).matches[0]?.causeId;
const explain = (result: MatchResult): string => JSON.stringify(result.matches.map((m) => [m.causeId, m.score, m.signatureId]));

describe("the signature table", () => {
  it("has between 120 and 200 signatures, each id once", () => {
    expect(SIGNATURES.length).toBeGreaterThanOrEqual(120);
    expect(SIGNATURES.length).toBeLessThanOrEqual(200);
    expect(new Set(SIGNATURES.map((s) => s.id)).size).toBe(SIGNATURES.length);
  });

  it("uses only declared cause ids", () => {
    for (const sig of SIGNATURES) for (const c of sig.causes) expect(CAUSE_IDS).toContain(c.causeId);
  });

  it("has only bounded, non-nested repetition in its patterns", () => {
    for (const sig of SIGNATURES) expect(patternProblems(sig.pattern), sig.id).toEqual([]);
  });

  it("lints patterns that could backtrack", () => {
    expect(patternProblems(String.raw`a.*b`)).not.toEqual([]);
    expect(patternProblems(String.raw`(?:a{1,50}){1,50}`)).not.toEqual([]);
    expect(patternProblems(String.raw`(x+)+y`)).not.toEqual([]);
    expect(patternProblems(String.raw`a{2,}`)).not.toEqual([]);
    expect(patternProblems(String.raw`(?:\.\d{1,3}){3}`)).toEqual([]);
    expect(patternProblems(String.raw`[.*+]{1,5}`)).toEqual([]);
    expect(patternProblems("(unclosed")).not.toEqual([]);
  });

  it.each(SIGNATURES.flatMap((sig) => sig.examples.map((example) => [sig.id, example] as const)))(
    "%s matches its own example: %s",
    (id, example) => {
      const sig = SIGNATURES.find((s) => s.id === id)!;
      const result = matchErrorText(example);
      if (sig.role === "noise") {
        expect(result.ignored.map((i) => i.why)).toContain(sig.why);
      } else {
        expect(result.matches[0]?.signatureId, explain(result)).toBe(id);
        expect(result.matches[0]?.causeId).toBe(sig.causes[0]?.causeId);
      }
    },
  );
});

// registry-probing.md §3: the strings real clients print, with the cause each row names first.
const CLIENT_STRINGS: [row: string, text: string, expected: CauseId, alsoOffered?: CauseId[]][] = [
  ["1", "dial tcp: lookup myregistry.azurecr.io on 10.0.0.10:53: no such host", "dns-name-not-found"],
  ["2", "lookup myregistry.azurecr.io on 10.0.0.10:53: server misbehaving", "dns-resolver-failed"],
  ["3", "lookup myregistry.azurecr.io on 10.0.0.10:53: read udp 10.0.0.4:5353->10.0.0.10:53: i/o timeout", "dns-resolver-failed"],
  ["4", 'Get "https://myregistry.azurecr.io/v2/": context deadline exceeded', "network-timeout", ["dns-resolver-failed"]],
  [
    "5",
    "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
    "network-timeout",
    ["docker-proxy-not-configured"],
  ],
  ["5b", 'Get "https://r.example/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', "network-timeout"],
  ["6", "dial tcp 20.62.1.2:443: i/o timeout", "network-timeout"],
  ["6b", "dial tcp 10.1.2.4:443: i/o timeout", "private-endpoint-no-route", ["dns-private-address"]],
  ["7", "dial tcp 192.0.2.10:443: connect: connection refused", "network-connection-refused"],
  ["8", "net/http: TLS handshake timeout", "network-timeout"],
  ["9", "proxyconnect tcp: EOF", "proxy-refused"],
  ["10", "proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused", "proxy-unreachable"],
  ["11", "proxyconnect tcp: dial tcp: lookup proxy.corp on 127.0.0.11:53: server misbehaving", "proxy-unreachable"],
  ["12", 'Get "https://myregistry.azurecr.io/v2/": Proxy Authentication Required', "proxy-auth-required"],
  ["12b", 'Get "https://myregistry.azurecr.io/v2/": Forbidden', "proxy-refused"],
  ["13", 'Error response from daemon: Get "https://registry-1.docker.io/v2/": EOF', "proxy-refused", ["tls-handshake-failed"]],
  [
    "14",
    'Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": EOF',
    "auth-endpoint-unreachable",
  ],
  [
    "15",
    "Error response from daemon: login attempt to https://myregistry.azurecr.io/v2/ failed with status: 403 Forbidden",
    "proxy-refused",
    ["registry-ip-denied"],
  ],
  ["16", "x509: certificate signed by unknown authority", "tls-untrusted-certificate"],
  [
    "16b",
    'Get "https://r.example/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    "tls-untrusted-certificate",
  ],
  [
    "17",
    "x509: certificate has expired or is not yet valid: current time 2025-03-01T10:00:00Z is after 2025-02-28T23:59:59Z",
    "tls-certificate-expired",
  ],
  [
    "17b",
    "x509: certificate has expired or is not yet valid: current time 2019-01-01T00:00:00Z is before 2024-06-01T00:00:00Z",
    "clock-skew",
  ],
  ["18", "x509: certificate is valid for *.azurecr.io, not myregistry.privatelink.azurecr.io", "tls-hostname-mismatch"],
  ["19a", "x509: certificate is not valid for any names, but wanted to match registry.local", "tls-hostname-mismatch"],
  ["19b", "x509: cannot validate certificate for 10.0.0.8 because it doesn't contain any IP SANs", "tls-hostname-mismatch"],
  ["19c", "x509: certificate relies on legacy Common Name field, use SANs instead", "tls-hostname-mismatch"],
  ["20", "http: server gave HTTP response to HTTPS client", "tls-handshake-failed"],
  ["21", "tls: first record does not look like a TLS handshake", "tls-handshake-failed"],
  [
    "22",
    'Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/ab/abc/data?verify=1": remote error: tls: access denied',
    "data-endpoint-unreachable",
  ],
  [
    "23",
    `error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: "<!DOCTYPE html>"`,
    "proxy-refused",
    ["not-a-registry"],
  ],
  ["24", "received unexpected HTTP status: 521", "not-a-registry"],
  ["25", "unauthorized: authentication required", "credentials-required", ["credentials-invalid"]],
  [
    "25b",
    "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
    "credentials-invalid",
    ["credentials-required"],
  ],
  ["26", "unauthorized: incorrect username or password", "credentials-invalid"],
  ["27", "unable to retrieve auth token: invalid username/password: unauthorized: authentication required", "credentials-invalid"],
  [
    "28",
    "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication",
    "credentials-required",
    ["redhat-credentials-invalid"],
  ],
  [
    "29",
    "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://myacr.azurecr.io/oauth2/token?scope=repository%3Aapp%3Apull&service=myacr.azurecr.io: 401 Unauthorized",
    "credentials-required",
    ["aks-acr-not-attached", "image-pull-secret-missing"],
  ],
  [
    "30",
    "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
    "credentials-invalid",
    ["aks-acr-not-attached"],
  ],
  ["31", "failed to fetch anonymous token: unexpected status: 403 Forbidden", "registry-ip-denied", ["private-dns-zone-not-linked"]],
  ["32", "no basic auth credentials", "credentials-required"],
  [
    "33",
    "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    "registry-ip-denied",
  ],
  [
    "34",
    "CONNECTIVITY_REFRESH_TOKEN_ERROR Access to registry 'myregistry.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
    "aad-token-refresh-failed",
  ],
  ["35", "unauthorized: Application not registered with AAD", "aad-application-not-registered"],
  ["36", "denied: requested access to the resource is denied", "access-denied", ["repository-not-found", "credentials-required"]],
  [
    "37",
    "pull access denied for myapp, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    "repository-not-found",
    ["credentials-required", "access-denied"],
  ],
  [
    "38",
    "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    "repository-not-found",
    ["credentials-required", "access-denied"],
  ],
  ["39", "denied: Your authorization token has expired. Reauthenticate and try again.", "credentials-expired"],
  ["40", "denied: permission_denied: read_package", "access-denied"],
  ["41", 'manifest unknown: manifest tagged by "v2" is not found', "tag-not-found"],
  ["42", "manifest for myregistry.azurecr.io/app:v9 not found: manifest unknown: manifest unknown", "tag-not-found"],
  ["43", "reading manifest v9 in quay.io/org/app: manifest unknown", "tag-not-found"],
  ["44", "repository myregistry.azurecr.io/app not found: name unknown: repository name not known to registry", "repository-not-found"],
  ["44b", "name unknown: Repo not found", "repository-not-found"],
  [
    "45",
    'failed to resolve reference "myacr.azurecr.io/app:v1": myacr.azurecr.io/app:v1: not found',
    "tag-not-found",
    ["repository-not-found"],
  ],
  [
    "46",
    "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
    "rate-limited",
  ],
  ["47", "too many requests to registry", "rate-limited"],
  [
    "48a",
    "error pulling image configuration: download failed after attempts=6: dial tcp 20.150.1.2:443: i/o timeout",
    "data-endpoint-unreachable",
  ],
  [
    "48b",
    'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://myacct.blob.core.windows.net/x/y?sig=abc": EOF',
    "data-endpoint-unreachable",
  ],
  [
    "48c",
    'parsing image configuration: Get "https://cdn02.quay.io/sha256/ab/abc": dial tcp 3.1.2.3:443: i/o timeout',
    "redhat-hosts-not-allowed",
    ["data-endpoint-unreachable"],
  ],
  ["49", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", "docker-daemon-not-running"],
  ["50a", "no matching manifest for linux/arm64/v8 in the manifest list entries", "platform-not-available"],
  ["50b", "no match for platform in manifest: not found", "platform-not-available"],
];

describe("client strings from registry-probing.md §3", () => {
  it.each(CLIENT_STRINGS)("row %s: %s", (_, text, expected, alsoOffered = []) => {
    const result = matchErrorText(text);
    expect(result.matches[0]?.causeId, explain(result)).toBe(expected);
    for (const other of alsoOffered) expect(ids(result), explain(result)).toContain(other);
  });
});

describe("realistic output from each client", () => {
  it("docker pull refused by the ACR firewall", () => {
    const result = matchErrorText(
      [
        "$ docker pull contoso.azurecr.io/team/app:1.4",
        'Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \\u002720.1.2.3\\u0027 is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}',
      ].join("\n"),
    );
    expect(result.matches[0]?.causeId).toBe("registry-ip-denied");
    expect(result.matches[0]?.fragment).toContain("not allowed access");
  });

  it("docker login to ACR with a wrong service-principal secret", () => {
    const result = matchErrorText(
      [
        "$ docker login myregistry.azurecr.io --username 11111111-2222-3333-4444-555555555555 --password-stdin",
        'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      ].join("\n"),
    );
    expect(result.matches[0]?.causeId).toBe("credentials-invalid");
    expect(ids(result)).toContain("credentials-expired");
    expect(result.matches[0]?.tellApart).toBeTruthy();
  });

  it("podman login to registry.redhat.io with a bad token", () => {
    const result = matchErrorText(
      "$ podman login registry.redhat.io -u '12345678|ci-bot'\nPassword:\nError: logging into \"registry.redhat.io\": invalid username/password",
    );
    expect(result.matches[0]?.causeId).toBe("redhat-credentials-invalid");
    expect(ids(result)).toContain("redhat-token-name-format");
  });

  it("skopeo inspect behind a TLS-inspecting proxy", () => {
    const result = matchErrorText(
      'FATA[0000] Error parsing image name "docker://quay.io/org/app:1.0": pinging container registry quay.io: Get "https://quay.io/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    );
    expect(result.matches[0]?.causeId).toBe("tls-untrusted-certificate");
    expect(ids(result)).toContain("tls-incomplete-chain");
  });

  it("kubectl describe pod on AKS: anonymous token refused", () => {
    const result = matchErrorText(`Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  2m                 default-scheduler  Successfully assigned default/web-7d9 to aks-nodepool1-123-vmss000000
  Normal   Pulling    40s (x4 over 2m)   kubelet            Pulling image "contoso.azurecr.io/web:1.2"
  Warning  Failed     40s (x4 over 2m)   kubelet            Failed to pull image "contoso.azurecr.io/web:1.2": rpc error: code = Unknown desc = failed to pull and unpack image "contoso.azurecr.io/web:1.2": failed to resolve reference "contoso.azurecr.io/web:1.2": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://contoso.azurecr.io/oauth2/token?scope=repository%3Aweb%3Apull&service=contoso.azurecr.io: 401 Unauthorized
  Warning  Failed     40s (x4 over 2m)   kubelet            Error: ErrImagePull
  Normal   BackOff    12s (x6 over 2m)   kubelet            Back-off pulling image "contoso.azurecr.io/web:1.2"
  Warning  Failed     12s (x6 over 2m)   kubelet            Error: ImagePullBackOff`);
    expect(result.matches[0]?.causeId).toBe("credentials-required");
    expect(ids(result)).toEqual(expect.arrayContaining(["aks-acr-not-attached", "image-pull-secret-missing"]));
    // The generic kubelet lines are not offered as causes of their own.
    expect(result.matches.map((m) => m.signatureId)).not.toContain("kubelet-pull-failed-wrapper");
  });

  it("kubelet events with a TLS handshake timeout through an NVA", () => {
    const result = matchErrorText(
      ` Warning  Failed     5s (x2 over 39s)   kubelet            Failed to pull image "test.azurecr.io/test-api:v1.1.3": failed to pull and unpack image "test.azurecr.io/test-api:v1.1.3": failed to resolve reference "test.azurecr.io/test-api:v1.1.3": failed to do request: Head "https://test.azurecr.io/v2/test-api/manifests/v1.1.3": net/http: TLS handshake timeout\n Warning  Failed     5s (x2 over 39s)   kubelet            Error: ErrImagePull`,
    );
    expect(result.matches[0]?.causeId).toBe("network-timeout");
    expect(ids(result)).toContain("nsg-or-firewall-blocks-outbound");
  });

  it("kubelet: wrong architecture first, then the anonymous 401", () => {
    const result = matchErrorText(
      'Failed to pull image "acr.azurecr.io/app:1": [rpc error: code = NotFound desc = failed to pull and unpack image "acr.azurecr.io/app:1": no match for platform in manifest: not found, failed to pull and unpack image "acr.azurecr.io/app:1": failed to resolve reference "acr.azurecr.io/app:1": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://acr.azurecr.io/oauth2/token?scope=repository%3Aapp%3Apull&service=acr.azurecr.io: 401 Unauthorized]',
    );
    expect(ids(result).slice(0, 2)).toEqual(["platform-not-available", "credentials-required"]);
  });

  it("crictl pull refused by the registry's network rules", () => {
    const result = matchErrorText(
      'E0301 10:00:00.123456    4321 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"contoso.azurecr.io/app:1\\": failed to resolve reference \\"contoso.azurecr.io/app:1\\": failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden"',
    );
    expect(result.matches[0]?.causeId).toBe("registry-ip-denied");
    expect(ids(result)).toContain("private-dns-zone-not-linked");
  });

  it("helm registry login with an --expose-token token but no username", () => {
    const result = matchErrorText(
      'Error: authenticating to "myacr.azurecr.io": GET "https://myacr.azurecr.io/v2/": GET "https://myacr.azurecr.io/oauth2/token?service=myacr.azurecr.io": response status code 401: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information. CorrelationId: b65a8fc5-6038-4ca3-aa92-46b2b6976849',
    );
    expect(result.matches[0]?.causeId).toBe("expose-token-wrong-username");
    expect(ids(result)).toContain("credentials-invalid");
  });

  it("curl -v through a proxy that wants a login", () => {
    const result = matchErrorText(`* Uses proxy env variable HTTPS_PROXY == 'http://proxy.corp:8080'
*   Trying 192.168.2.100:8080...
* Connected to proxy.corp (192.168.2.100) port 8080 (#0)
* CONNECT tunnel: HTTP/1.1 negotiated
* Establish HTTP proxy tunnel to registry.redhat.io:443
> CONNECT registry.redhat.io:443 HTTP/1.1
> Host: registry.redhat.io:443
> User-Agent: curl/8.5.0
>
< HTTP/1.1 407 Proxy Authentication Required
< Proxy-Authenticate: Basic realm="corp"
* CONNECT tunnel failed, response 407
curl: (56) CONNECT tunnel failed, response 407`);
    expect(result.matches[0]?.causeId).toBe("proxy-auth-required");
    expect(result.matches[0]?.score).toBeGreaterThan(0.9);
  });

  it("curl to Red Hat SSO with wrong credentials (seed 004's test)", () => {
    const result = matchErrorText(
      `$ curl -Lv -u jdoe:Wr0ngPass "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"\n< HTTP/1.1 401 Unauthorized\n{"errors":[{"code":"UNAUTHORIZED","message":"Invalid username or password","detail":[{"type":"repository","name":"rhel","actions":["pull"]}]}]}`,
    );
    expect(result.matches[0]?.causeId).toBe("redhat-credentials-invalid");
    expect(result.redactedText).not.toContain("Wr0ngPass");
    expect(result.redactions).toBe(1);
  });

  it("az acr login on a machine without Docker", () => {
    const result = matchErrorText(`$ az acr login -n contoso
You may want to use 'az acr login -n contoso --expose-token' to get an access token, which does not require Docker to be installed.
2024-06-25 22:23:18.198144 An error occurred: DOCKER_COMMAND_ERROR
permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.45/containers/json": dial unix /var/run/docker.sock: connect: permission denied`);
    expect(result.matches[0]?.causeId).toBe("docker-daemon-not-running");
    expect(ids(result)).toContain("podman-needs-docker-command");
  });

  it("az acr check-health pasted whole: real failures ranked, Helm/Notary ignored", () => {
    const result = matchErrorText(`$ az acr check-health --name contoso --ignore-errors --yes
Docker daemon status: available
Docker version: 'Docker version 24.0.7, build afdd53b, platform linux/amd64'
Docker pull of 'mcr.microsoft.com/mcr/hello-world:latest' : OK
Azure CLI version: 2.61.0
DNS lookup to contoso.azurecr.io at IP 20.62.128.1 : OK
2024-05-01 10:00:00.000001 An error occurred: CONNECTIVITY_FORBIDDEN_ERROR
Looks like you don't have access to registry 'contoso.azurecr.io'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name contoso'. Details: https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_forbidden_error
2024-05-01 10:00:01.000001 An error occurred: HELM_COMMAND_ERROR
Please verify if Helm is installed.
2024-05-01 10:00:01.000002 An error occurred: NOTARY_COMMAND_ERROR
Please verify if notary is installed.
Please refer to https://aka.ms/acr/health-check for more information.`);
    expect(result.matches[0]?.causeId).toBe("registry-ip-denied");
    expect(ids(result)).not.toContain("check-health-helm-notary-noise");
    expect(result.ignored.map((i) => i.fragment)).toEqual([
      "HELM_COMMAND_ERROR\nPlease verify if Helm is installed.",
      "NOTARY_COMMAND_ERROR\nPlease verify if notary is installed.",
    ]);
  });

  it("az acr check-health with only Helm/Notary errors: says they are harmless", () => {
    const result = matchErrorText(`DNS lookup to contoso.azurecr.io at IP 20.62.128.1 : OK
Challenge endpoint https://contoso.azurecr.io/v2/ : OK
Fetch refresh token for registry 'contoso.azurecr.io' : OK
Fetch access token for registry 'contoso.azurecr.io' : OK
An error occurred: HELM_VERSION_ERROR
An error occurred while retrieving Helm version. Please make sure that you have the latest Azure CLI version, and that you are using the recommended Helm version.
An error occurred: NOTARY_VERSION_ERROR
An error occurred while retrieving notary version. Please make sure that you have the latest Azure CLI version, and that you are using the recommended notary version.`);
    expect(ids(result)).toEqual(["check-health-helm-notary-noise"]);
    expect(result.ignored).toHaveLength(2);
  });

  it("nothing known in the text: no matches", () => {
    const result = matchErrorText("everything is fine, thank you");
    expect(result.matches).toEqual([]);
    expect(result.ignored).toEqual([]);
  });
});

describe("the first failure is the cause", () => {
  const aad401 = [
    "Unable to get AAD authorization tokens with message: 2024-05-01 10:00:00.000001 An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR",
    "Access to registry 'contoso.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
  ].join("\n");
  const adminDisabled = "Unable to get admin user credentials with message: Admin user is disabled.";

  it("az acr login: the admin-user fallback ranks below the Entra ID failure before it", () => {
    const result = matchErrorText(`${aad401}\n${adminDisabled}`);
    expect(ids(result)[0]).toBe("aad-token-refresh-failed");
    expect(ids(result)).toContain("admin-user-disabled");
    expect(ids(result).indexOf("admin-user-disabled")).toBeGreaterThan(0);
  });

  it("the admin-user line alone points to admin-user-disabled", () => {
    expect(top(adminDisabled)).toBe("admin-user-disabled");
  });

  it("CONNECTIVITY_REFRESH_TOKEN_ERROR: 401 → the identity, 403 → the firewall first and the identity second", () => {
    expect(top(aad401)).toBe("aad-token-refresh-failed");
    const result = matchErrorText(aad401.replace("401", "403"));
    expect(ids(result).slice(0, 2)).toEqual(["registry-ip-denied", "aad-token-refresh-failed"]);
  });

  it("two unrelated failures: whichever comes first ranks first", () => {
    const daemon = "An error occurred: DOCKER_DAEMON_ERROR\nPlease verify if Docker daemon is running, or try restarting it.";
    const dns = "An error occurred: CONNECTIVITY_DNS_ERROR\nFailed to reach DNS for registry 'contoso.azurecr.io'.";
    expect(top(`${daemon}\n${dns}`)).toBe("docker-daemon-not-running");
    expect(top(`${dns}\n${daemon}`)).toBe("dns-name-not-found");
  });
});

describe("one text, several causes", () => {
  it.each([
    ["a bare 403", "< HTTP/1.1 403 Forbidden"],
    ["denied", "denied: requested access to the resource is denied"],
    ["login attempt 403", "Error response from daemon: login attempt failed with status: 403 Forbidden"],
    ["Could not connect", "Could not connect to the registry login server 'contoso.azurecr.io'."],
    ["DOCKER_COMMAND_ERROR", "An error occurred: DOCKER_COMMAND_ERROR"],
  ])("%s returns at least two ranked causes, each with a way to tell them apart", (_, text) => {
    const result = matchErrorText(text);
    expect(result.matches.length).toBeGreaterThanOrEqual(2);
    for (const match of result.matches) expect(match.tellApart, match.causeId).toBeTruthy();
    const scores = result.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("a specific text beats a generic one, even when the generic comes first", () => {
    const result = matchErrorText(`< HTTP/1.1 403 Forbidden
< Content-Type: application/json
{"errors":[{"code":"DENIED","message":"client with IP '198.51.100.4' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}`);
    expect(result.matches[0]?.causeId).toBe("registry-ip-denied");
    expect(result.matches[0]?.signatureId).toBe("acr-ip-not-allowed");
    expect(result.matches.map((m) => m.signatureId)).not.toContain("http-403");
  });

  it("one entry per cause, scores rounded to two decimals within 0..1", () => {
    const result = matchErrorText(
      "denied: requested access to the resource is denied\nunauthorized: authentication required\nmanifest unknown\nname unknown: Repo not found",
    );
    expect(new Set(ids(result)).size).toBe(result.matches.length);
    for (const m of result.matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(Math.round(m.score * 100) / 100).toBe(m.score);
    }
  });
});

describe("secrets are removed before anything is matched or shown", () => {
  const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlc2lnbmF0dXJl";

  it("a bearer token in the input appears nowhere in the result", () => {
    const input = `> GET /v2/ HTTP/1.1\n> Authorization: Bearer ${token}\n< HTTP/1.1 401 Unauthorized\nunauthorized: authentication required`;
    const result = matchErrorText(input);
    expect(JSON.stringify(result)).not.toContain(token);
    expect(result.redactions).toBe(1);
    expect(result.matches[0]?.causeId).toBe("credentials-required");
  });

  it("a fragment that contained a secret shows it redacted", () => {
    const result = matchErrorText(
      'Get "https://contoso.eastus.data.azurecr.io/docker/registry/v2/blobs/sha256/ab/abc/data?se=2024-05-01T10%3A00Z&sig=S3cr3tSig%3D": dial tcp 10.1.0.7:443: i/o timeout',
    );
    expect(result.matches[0]?.causeId).toBe("data-endpoint-unreachable");
    expect(result.matches[0]?.fragment).toContain("sig=[REDACTED]");
    expect(JSON.stringify(result)).not.toContain("S3cr3tSig");
  });

  it("offsets point into the redacted text", () => {
    const input = `docker login -u admin -p hunter2 contoso.azurecr.io\nError response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required`;
    const result = matchErrorText(input);
    expect(result.redactedText).toBe(redactSecrets(input).text);
    for (const m of result.matches) expect(result.redactedText.slice(m.start, m.end)).toBe(m.fragment);
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });
});

describe("normalisation of what varies between terminals", () => {
  it("colour codes, CRLF, \\u0027 and curly quotes, wrapped lines and timestamps", () => {
    const input =
      "\x1b[31m2024-05-01T10:00:00.123Z\x1b[0m Error response from daemon: Get \u201chttps://contoso.azurecr.io/v2/\u201d: denied: client with IP \u2018203.0.113.7\u2019 is not\r\n   allowed access. Refer https://aka.ms/acr/firewall to grant access.";
    const result = matchErrorText(input);
    expect(result.matches[0]?.causeId).toBe("registry-ip-denied");
    const m = result.matches[0]!;
    expect(input.slice(m.start, m.end)).toBe(m.fragment);
    expect(m.fragment).toMatch(/^client with IP/);
    expect(m.fragment).toMatch(/allowed access$/);
  });

  it('JSON-escaped log lines (containerd logs with \\" and \\u0027)', () => {
    const result = matchErrorText(
      'time="2024-05-01T10:00:00Z" level=error msg="PullImage \\"contoso.azurecr.io/app:1\\" failed" error="failed to resolve reference \\"contoso.azurecr.io/app:1\\": contoso.azurecr.io/app:1: not found"',
    );
    expect(result.matches[0]?.causeId).toBe("tag-not-found");
  });

  it("the normalised text keeps a map back to every original character", () => {
    const original = "a\r\n\tb \u2019c\u2019 \\u0027d\\u0027";
    const n = normalizeForMatching(original);
    expect(n.text).toBe("a b 'c' 'd'");
    expect(n.from).toHaveLength(n.text.length);
    expect(original.slice(n.from[8], n.to[8])).toBe("\\u0027");
  });

  it("host names, addresses, tags and placeholders vary freely", () => {
    for (const host of ["contoso.azurecr.io", "<acr-name>.azurecr.io", "registry.example.com:5000", "[2001:db8::1]:443", "10.0.0.4"]) {
      expect(top(`Get "https://${host}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`), host).toBe("dns-name-not-found");
    }
  });
});

describe("bounded work", () => {
  /** The literal text a pattern starts with, so an adversarial input can repeat it. */
  function literalPrefix(pattern: string): string {
    const first = pattern.split("|")[0] ?? "";
    let out = "";
    for (let i = 0; i < first.length; i++) {
      const c = first[i]!;
      if (c === "\\") {
        const next = first[i + 1] ?? "";
        if (/[.()[\]{}?*+|/\\"'-]/.test(next)) {
          out += next;
          i++;
          continue;
        }
        break;
      }
      if (/[()[\]{}?*+|^$.]/.test(c)) break;
      out += c;
    }
    return out;
  }

  const KIB64 = 64 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(KIB64 / unit.length)).slice(0, KIB64);

  it("matches a 64 KiB adversarial paste in well under a second", () => {
    const inputs = [
      fill("a"),
      fill("a "),
      fill(":"),
      fill('"'),
      fill("\n"),
      fill("\x1b[31m"),
      fill("\\u0027"),
      fill('Get "https://a/v2/'),
      fill("dial tcp: lookup "),
      fill("lookup a on "),
      fill('failed to resolve reference "'),
      fill("CONNECTIVITY_REFRESH_TOKEN_ERROR "),
      fill("The push refers to repository "),
      fill("registry.access.redhat.com "),
      fill("cdn01.quay.io/"),
      fill("x.blob.core.windows.net/"),
      fill("2024-05-01T10:00:00Z "),
      fill(SIGNATURES.flatMap((s) => s.examples).join("\n") + "\n"),
    ];
    let worst = 0;
    const started = performance.now();
    for (const input of inputs) {
      const t = performance.now();
      matchErrorText(input);
      worst = Math.max(worst, performance.now() - t);
    }
    expect(worst).toBeLessThan(1000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("stays fast when each pattern's own opening words are repeated", () => {
    let worst = 0;
    let worstId = "";
    for (const sig of SIGNATURES) {
      const prefix = literalPrefix(sig.pattern);
      if (prefix.length < 3) continue;
      const input = fill(`${prefix} ${"x".repeat(30)} `);
      const t = performance.now();
      matchErrorText(input);
      const took = performance.now() - t;
      if (took > worst) [worst, worstId] = [took, sig.id];
    }
    expect(worst, worstId).toBeLessThan(1000);
  }, 60_000); // one full 64 KiB match per signature

  it("reads at most 64 KiB", () => {
    const input = "x".repeat(MAX_INPUT_CHARS) + "\nunauthorized: Application not registered with AAD";
    const result = matchErrorText(input);
    expect(result.matches).toEqual([]);
    expect(result.redactedText.length).toBe(MAX_INPUT_CHARS);
  });
});
