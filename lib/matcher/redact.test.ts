import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets } from "./redact";

const JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiYWNjZXNzIjpbXX0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU";

/** Redacts `input` and checks that `secret` is gone and `expected` is what is left. */
function expectRedacted(input: string, secret: string, expected: string, count = 1): void {
  const result = redactSecrets(input);
  expect(result.text).not.toContain(secret);
  expect(result.text).toBe(expected);
  expect(result.count).toBe(count);
}

describe("redactSecrets: each secret form is hidden", () => {
  it.each([
    [
      "> Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789",
      "abcdefghijklmnopqrstuvwxyz0123456789",
      `> Authorization: Bearer ${REDACTED}`,
    ],
    ["authorization: basic dXNlcjpzM2NyM3RwYXNzd29yZA==", "dXNlcjpzM2NyM3RwYXNzd29yZA==", `authorization: basic ${REDACTED}`],
    ["AUTHORIZATION: BEARER opaque-token-value-0123456789", "opaque-token-value-0123456789", `AUTHORIZATION: BEARER ${REDACTED}`],
    ["> Proxy-Authorization: Basic cHJveHk6cGFzc3dvcmQ=", "cHJveHk6cGFzc3dvcmQ=", `> Proxy-Authorization: Basic ${REDACTED}`],
    ['"Authorization": "Bearer abcdefghijklmnopqrstu"', "abcdefghijklmnopqrstu", `"Authorization": "Bearer ${REDACTED}"`],
  ])("Authorization header: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it("a bare JWT (an Entra ID or ACR token pasted from --expose-token)", () => {
    expectRedacted(`token is ${JWT} ok`, JWT, `token is ${REDACTED} ok`);
  });

  it("a bearer token outside a header", () => {
    expectRedacted(
      "using bearer 0123456789abcdefghijKLMNOP for the request",
      "0123456789abcdefghijKLMNOP",
      `using bearer ${REDACTED} for the request`,
    );
  });

  it.each([
    [
      'curl -Lv -u jdoe:s3cr3t-Pa55 "https://sso.redhat.com/auth"',
      "s3cr3t-Pa55",
      `curl -Lv -u jdoe:${REDACTED} "https://sso.redhat.com/auth"`,
    ],
    ["curl --user jdoe:hunter2 https://x.example", "hunter2", `curl --user jdoe:${REDACTED} https://x.example`],
    ["curl --user=jdoe:hunter2 https://x.example", "hunter2", `curl --user=jdoe:${REDACTED} https://x.example`],
    ["curl -u 'jdoe:pass with space' https://x", "pass with space", `curl -u 'jdoe:${REDACTED}' https://x`],
    [
      "skopeo inspect --creds 12345678|svc:tokenvalue123 docker://registry.redhat.io/rhel",
      "tokenvalue123",
      `skopeo inspect --creds 12345678|svc:${REDACTED} docker://registry.redhat.io/rhel`,
    ],
  ])("-u user:pass keeps the user: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it.each([
    [
      "docker login myregistry.azurecr.io -u myuser -p Sup3rS3cret!",
      "Sup3rS3cret!",
      `docker login myregistry.azurecr.io -u myuser -p ${REDACTED}`,
    ],
    ["podman login -u jdoe -p 'my secret' registry.redhat.io", "my secret", `podman login -u jdoe -p ${REDACTED} registry.redhat.io`],
    [
      "az login --service-principal -u 1111-2222 -p abc~DEF.ghi --tenant contoso",
      "abc~DEF.ghi",
      `az login --service-principal -u 1111-2222 -p ${REDACTED} --tenant contoso`,
    ],
    [
      "az acr login -n myregistry --username myregistry --password Xy9+abc/def=",
      "Xy9+abc/def=",
      `az acr login -n myregistry --username myregistry --password ${REDACTED}`,
    ],
    [
      "helm registry login r.example --username u --password=hunter2",
      "hunter2",
      `helm registry login r.example --username u --password=${REDACTED}`,
    ],
    [
      "kubectl create secret docker-registry regcred --docker-server=r.azurecr.io --docker-username=u --docker-password=s3cr3t --docker-email=a@b.c",
      "s3cr3t",
      `kubectl create secret docker-registry regcred --docker-server=r.azurecr.io --docker-username=u --docker-password=${REDACTED} --docker-email=a@b.c`,
    ],
    ["az ad sp create-for-rbac --client-secret 'Abc~123'", "Abc~123", `az ad sp create-for-rbac --client-secret ${REDACTED}`],
    [
      'echo "hunter2" | docker login r.example -u me --password-stdin',
      "hunter2",
      `echo ${REDACTED} | docker login r.example -u me --password-stdin`,
    ],
  ])("password flags: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it.each([
    [
      '{"auths":{"myregistry.azurecr.io":{"auth":"dXNlcjpwYXNzd29yZA=="}}}',
      "dXNlcjpwYXNzd29yZA==",
      `{"auths":{"myregistry.azurecr.io":{"auth":"${REDACTED}"}}}`,
    ],
    ['"identitytoken": "opaque-refresh-token"', "opaque-refresh-token", `"identitytoken": "${REDACTED}"`],
    ['{"password": "p@ss"}', "p@ss", `{"password": "${REDACTED}"}`],
    ['{"secret": "abc"}', "abc", `{"secret": "${REDACTED}"}`],
    ['{"refresh_token":"r-123"}', "r-123", `{"refresh_token":"${REDACTED}"}`],
    ['{"token":"t-123","expires_in":300}', "t-123", `{"token":"${REDACTED}","expires_in":300}`],
    ['{\\"auth\\":\\"dXNlcjpwYXNz\\"}', "dXNlcjpwYXNz", `{\\"auth\\":\\"${REDACTED}\\"}`],
    [
      '"passwords": [{"name": "password", "value": "AbCdEf123+/"}]',
      "AbCdEf123+/",
      `"passwords": [{"name": "password", "value": "${REDACTED}"}]`,
    ],
    [
      "  .dockerconfigjson: eyJhdXRocyI6eyJteXJlZy5henVyZWNyLmlvIjp7fX19",
      "eyJhdXRocyI6eyJteXJlZy5henVyZWNyLmlvIjp7fX19",
      `  .dockerconfigjson: ${REDACTED}`,
    ],
  ])("docker config JSON values: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it("access_token and token in one JSON response are two secrets", () => {
    const result = redactSecrets(`{"access_token":"${JWT}","token":"${JWT}","expires_in":300}`);
    expect(result.text).toBe(`{"access_token":"${REDACTED}","token":"${REDACTED}","expires_in":300}`);
    expect(result.count).toBe(2);
  });

  it("az acr login --expose-token output", () => {
    const input = `{\n  "accessToken": "${JWT}",\n  "loginServer": "myregistry.azurecr.io"\n}`;
    expectRedacted(input, JWT, `{\n  "accessToken": "${REDACTED}",\n  "loginServer": "myregistry.azurecr.io"\n}`);
  });

  it.each([
    ["HTTPS_PROXY=http://jdoe:pr0xyPass@proxy.corp:8080", "pr0xyPass", `HTTPS_PROXY=http://jdoe:${REDACTED}@proxy.corp:8080`],
    [
      'proxyconnect tcp: dial tcp: lookup proxy "http://svc:abc123@10.0.0.5:3128"',
      "abc123",
      `proxyconnect tcp: dial tcp: lookup proxy "http://svc:${REDACTED}@10.0.0.5:3128"`,
    ],
  ])("user:pass@ in URLs: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it.each([
    [
      'Get "https://acct.blob.core.windows.net/x/y?se=2024-01-01T00%3A00Z&sig=AbC%2Bdef%3D&sp=r": EOF',
      "AbC%2Bdef%3D",
      `Get "https://acct.blob.core.windows.net/x/y?se=${REDACTED}&sig=${REDACTED}&sp=r": EOF`,
      2,
    ],
    [
      "GET https://s3.amazonaws.com/b/k?X-Amz-Credential=AKIDEXAMPLE%2F20240101&X-Amz-Signature=deadbeef",
      "deadbeef",
      `GET https://s3.amazonaws.com/b/k?X-Amz-Credential=${REDACTED}&X-Amz-Signature=${REDACTED}`,
      2,
    ],
    [
      "https://cdn01.quay.io/sha256/ab/abc?token=opaqueValue123",
      "opaqueValue123",
      `https://cdn01.quay.io/sha256/ab/abc?token=${REDACTED}`,
      1,
    ],
  ])("signed query strings: %s", (input, secret, expected, count) => expectRedacted(input, secret, expected, count));

  it.each([
    ["export ACR_PASSWORD=hunter2", "hunter2", `export ACR_PASSWORD=${REDACTED}`],
    ["SECRET='abc def'", "abc def", `SECRET=${REDACTED}`],
    ["TOKEN=abc123 ./push.sh", "abc123", `TOKEN=${REDACTED} ./push.sh`],
    ['$env:REGISTRY_TOKEN = "abc123"', "abc123", `$env:REGISTRY_TOKEN = ${REDACTED}`],
    ["AZURE_CLIENT_SECRET=Abc~Def", "Abc~Def", `AZURE_CLIENT_SECRET=${REDACTED}`],
    [
      "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;EndpointSuffix=core.windows.net",
      "Zm9vYmFy==",
      `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`,
    ],
  ])("secret-named assignments: %s", (input, secret, expected) => expectRedacted(input, secret, expected));

  it("hides a whole long token, not just its first part", () => {
    const long = "A".repeat(3000) + ".tail";
    const result = redactSecrets(`az acr login -n r --username 00000000-0000-0000-0000-000000000000 --password ${long}`);
    expect(result.text).toBe(`az acr login -n r --username 00000000-0000-0000-0000-000000000000 --password ${REDACTED}`);
    const config = redactSecrets(`{"identitytoken": "${"b".repeat(5000)}"}`);
    expect(config.text).toBe(`{"identitytoken": "${REDACTED}"}`);
  });

  it("well-known token formats", () => {
    const pat = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
    expectRedacted(
      `echo ${pat} | docker login ghcr.io -u me --password-stdin`,
      pat,
      `echo ${REDACTED} | docker login ghcr.io -u me --password-stdin`,
    );
  });
});

describe("redactSecrets: ordinary error text is not mangled", () => {
  it.each([
    'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": dial tcp 20.62.128.1:443: i/o timeout',
    "dial tcp: lookup myregistry.azurecr.io on 127.0.0.53:53: no such host",
    "Error response from daemon: manifest for myregistry.azurecr.io/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef not found",
    "Digest: sha256:9b2a28eb47540823042a2ba401386845089bb7b62a9637d55816132c4c3c36eb",
    "x-ms-correlation-request-id: 3f1a2b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b",
    "Correlation ID: 0e3c1a7e-6c1b-4f3d-9a3e-2b1f0c9d8e7f.",
    "docker login myregistry.azurecr.cn --username 00000000-0000-0000-0000-000000000000 --password-stdin <<< $TOKEN",
    "echo $TOKEN | helm registry login myregistry.azurecr.cn --username 00000000-0000-0000-0000-000000000000 --password-stdin",
    "TOKEN=$(az acr login --name <acrName> --expose-token --output tsv --query accessToken)",
    'curl -u $TOKENID:$SECRET "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"',
    'curl -Lv -H "Authorization: Bearer $ACCESS_TOKEN" https://registry.redhat.io/v2/',
    'curl -Lv -u <username>:<password> "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"',
    '< Www-Authenticate: Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io",scope="registry:catalog:*",error="invalid_token"',
    'Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": EOF',
    "failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized",
    "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
    "docker run -p 8080:80 -u 1000 myregistry.azurecr.io/app:1.0",
    "mkdir -p /etc/docker/certs.d/myregistry:5000",
    "az acr login -n myregistry --expose-token",
    "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
    `{"errors":[{"code":"UNAUTHORIZED","message":"Invalid username or password","detail":[{"type":"repository","name":"rhel","actions":["pull"]}]}]}`,
    "DOCKER_COMMAND=podman az acr login --name myregistry",
    "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    "docker pull docker://quay.io/org/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    'proxyconnect tcp: dial tcp 10.0.0.5:3128: connect: connection refused (HTTPS_PROXY="http://proxy.corp:3128")',
  ])("leaves %s as it is", (input) => {
    const result = redactSecrets(input);
    expect(result.text).toBe(input);
    expect(result.count).toBe(0);
  });

  it("counts each secret once even when two rules could see it", () => {
    const result = redactSecrets(`> Authorization: Bearer ${JWT}\n{"accessToken": "${JWT}"}`);
    expect(result.count).toBe(2);
    expect(result.text).not.toContain("eyJ");
  });

  it("stays fast on a 64 KiB adversarial paste", () => {
    const nasty = [
      '"auth": "'.repeat(8000),
      "-u a:".repeat(12000),
      "http://a:".repeat(8000),
      "eyJaaaaaaaaaa.".repeat(5000),
      "PASSWORD".repeat(8000),
      "a".repeat(65536),
    ];
    const started = performance.now();
    for (const input of nasty) redactSecrets(input.slice(0, 65536));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
