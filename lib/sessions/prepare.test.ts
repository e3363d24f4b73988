import { describe, expect, it } from "vitest";
import { SessionError } from "./errors";
import { MAX_EVIDENCE_BYTES } from "./evidence";
import { prepareEvent } from "./prepare";
import { StoredSessionEventBodySchema } from "./schema";
import { scrubJson } from "./scrub";
import { ClientEvidenceSchema } from "@/lib/evidence/schema";
import { clientEvidence, reportWithSecrets, SECRET_PASTE, SECRETS } from "./testing/fixtures";

const hasNoSecret = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe("what the store keeps of an event", () => {
  it("redacts a paste and stores it with its matches", () => {
    const stored = prepareEvent({ kind: "paste", text: SECRET_PASTE });
    hasNoSecret(stored);
    if (stored.kind !== "paste") throw new Error("kind changed");
    expect(stored.text).toContain("[REDACTED]");
    expect(stored.redactions).toBeGreaterThanOrEqual(3);
    expect(stored.matches?.length).toBeGreaterThan(0);
    expect(stored.matches?.[0]).toMatchObject({ causeId: expect.any(String), href: expect.stringMatching(/^\/diagnosis\//) });
    expect(StoredSessionEventBodySchema.parse(stored)).toEqual(stored);
  });

  it("drops credential-like keys from a check report and redacts its texts", () => {
    const stored = prepareEvent({ kind: "check", report: reportWithSecrets() });
    hasNoSecret(stored);
    if (stored.kind !== "check") throw new Error("kind changed");
    const evidence = stored.report.steps[0]?.evidence ?? {};
    expect(evidence).not.toHaveProperty("authorization");
    expect(evidence.headers).toEqual({});
    // Descriptions and flags are not credentials.
    expect(evidence.token).toEqual({ expiresIn: 300, scope: "repository:app:pull" });
    expect(evidence.credentialsSent).toBe(true);
    expect(stored.report.steps[0]?.summary).toContain("http://alice:[REDACTED]@proxy:3128");
  });

  it("redacts notes, diagnosis notes and registries typed with a password", () => {
    hasNoSecret(prepareEvent({ kind: "note", text: "customer ran docker login -u bob -p Sup3rS3cret! myregistry.azurecr.io" }));
    hasNoSecret(prepareEvent({ kind: "diagnosis", causeId: "dns-name-not-found", note: "proxy http://alice:pr0xyPa55@proxy:3128" }));
    expect(prepareEvent({ kind: "registry", registry: "https://bob:Sup3rS3cret!@myregistry.azurecr.io" })).toEqual({
      kind: "registry",
      registry: "https://bob:[REDACTED]@myregistry.azurecr.io",
    });
    expect(prepareEvent({ kind: "registry", registry: "bob:Sup3rS3cret!@myregistry.azurecr.io" })).toEqual({
      kind: "registry",
      registry: "[REDACTED]@myregistry.azurecr.io",
    });
    expect(prepareEvent({ kind: "registry", registry: "myregistry.azurecr.io:5000" })).toEqual({
      kind: "registry",
      registry: "myregistry.azurecr.io:5000",
    });
  });

  it("keeps an evidence document only as the script's schema, strings redacted", () => {
    const stored = prepareEvent({ kind: "evidence", document: clientEvidence() });
    hasNoSecret(stored);
    if (stored.kind !== "evidence") throw new Error("kind changed");
    const document = ClientEvidenceSchema.parse(stored.document);
    expect(document.hops[0]?.request?.error).toBe("CONNECT tunnel failed via http://alice:[REDACTED]@proxy:3128, response 407");
    expect(document.registry).toEqual(clientEvidence().registry); // what carries no secret is kept as it was
    // Pasted as the text the script printed, with a shell prompt around it.
    const asText = prepareEvent({
      kind: "evidence",
      document: `$ bash registry-doctor-evidence.sh\n${JSON.stringify(clientEvidence())}\n$ `,
    });
    expect(asText).toEqual(stored);
  });

  it("refuses evidence that is not the script's output, cut off, another version, or over 256 KiB", () => {
    const refuse = (document: unknown) => {
      try {
        prepareEvent({ kind: "evidence", document });
      } catch (error) {
        expect(error).toBeInstanceOf(SessionError);
        expect((error as SessionError).message).toMatch(/^[A-Z].*\.$/s);
        return error as SessionError;
      }
      throw new Error("accepted");
    };
    const wrong = refuse({ ...clientEvidence(), hops: [] });
    expect(wrong.status).toBe(400);
    expect(wrong.fields[0]?.field).toBe("document.hops");
    const full = JSON.stringify(clientEvidence());
    expect(refuse(full.slice(0, full.length / 2)).status).toBe(400); // cut off
    expect(refuse({ ...clientEvidence(), schema: "registry-doctor/client-evidence@9" }).status).toBe(400);
    expect(refuse("Error response from daemon: unauthorized").status).toBe(400);
    expect(refuse(undefined).status).toBe(400);
    expect(refuse({ ...clientEvidence(), notes: ["x".repeat(MAX_EVIDENCE_BYTES)] }).status).toBe(413);
  });

  it("keeps what is not a secret", () => {
    expect(scrubJson({ hasToken: true, status: 401, realm: "https://auth.example/token", list: [1, "a"] })).toEqual({
      hasToken: true,
      status: 401,
      realm: "https://auth.example/token",
      list: [1, "a"],
    });
    expect(scrubJson({ password: "hunter2", Cookie: "a=b", "client-secret": "x", accessToken: "y", auth: "z", passwordSet: true })).toEqual(
      {
        passwordSet: true,
      },
    );
  });
});
