// Shared test data: the secrets the "secret search" tests hide in every kind of event, and a live
// check report shaped like the engine's (with credential-like keys it must never carry).
import type { ClientEvidence } from "@/lib/evidence/schema";
import { withChange } from "@/lib/evidence/test-documents";
import type { Report } from "@/lib/probe/schema";

export const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
export const SECRETS = [JWT, "Sup3rS3cret!", "pr0xyPa55"] as const;

export const SECRET_PASTE = [
  "$ docker login -u bob -p Sup3rS3cret! myregistry.azurecr.io",
  'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": dial tcp: lookup myregistry.azurecr.io: no such host',
  "> GET /v2/ HTTP/1.1",
  `> Authorization: Bearer ${JWT}`,
  "HTTPS_PROXY=http://alice:pr0xyPa55@proxy:3128",
  "proxyconnect tcp: dial tcp: lookup proxy: no such host (via http://alice:pr0xyPa55@proxy:3128)",
].join("\n");

export function reportWithSecrets(): Report {
  return {
    target: { host: "myregistry.azurecr.io", port: 443, scheme: "https", platform: "linux/amd64" },
    provider: "acr",
    steps: [
      {
        hop: "api",
        host: "myregistry.azurecr.io",
        id: "proxy",
        status: "fail",
        ms: 12,
        summary: "The proxy http://alice:pr0xyPa55@proxy:3128 refused the tunnel.",
        message: { key: "step.proxy.refused", params: { proxy: "http://alice:pr0xyPa55@proxy:3128" } },
        evidence: {
          authorization: `Bearer ${JWT}`,
          headers: { "Proxy-Authorization": "Basic YWxpY2U6cHIweHlQYTU1", password: "Sup3rS3cret!" },
          token: { expiresIn: 300, scope: "repository:app:pull" },
          credentialsSent: true,
        },
      },
    ],
    findings: [],
    warnings: [],
    verdict: "problem",
    vantage: { kind: "server", name: "doctor-1", version: "0.1.0" },
  };
}

/** An evidence document as the script prints it (lib/evidence's own test document), with secrets where a buggy script might leak them. */
export function clientEvidence(): ClientEvidence {
  return withChange((doc) => {
    const api = doc.hops[0];
    if (api?.request) {
      api.request.error = "CONNECT tunnel failed via http://alice:pr0xyPa55@proxy:3128, response 407";
      api.request.body = `{"errors":[{"code":"UNAUTHORIZED"}],"token":"${JWT}"}`;
    }
    doc.notes.push("docker login -u bob -p Sup3rS3cret! was in the shell history");
  });
}
