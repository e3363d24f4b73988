// The paste: the document inside terminal noise, a BOM, CRLF and a terminal's line wrap is read;
// a cut-off, foreign or damaged paste gets one sentence saying what to do.
import { describe, expect, it } from "vitest";
import { MAX_EVIDENCE_CHARS, parseEvidence } from "./parse";
import { healthyAcr } from "./test-documents";

/** The document as the script prints it: one section a line. */
function printed(doc: object = healthyAcr()): string {
  return `{${Object.entries(doc)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(",\n")}}\n`;
}

const expectError = (text: string, kind: string, pattern: RegExp) => {
  const result = parseEvidence(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.kind).toBe(kind);
    expect(result.error.message).toMatch(pattern);
  }
  return result;
};

describe("parseEvidence reads", () => {
  it("the document alone", () => {
    const result = parseEvidence(printed());
    expect(result.ok && result.document.target.loginServer).toBe("myreg.azurecr.io");
  });

  it("the document inside a terminal session, with a BOM and CRLF line ends", () => {
    const session = [
      "\uFEFFuser@host:~$ bash registry-doctor-evidence.sh",
      "registry-doctor: collecting evidence for myreg.azurecr.io (each network step gives up after 8-16 s).",
      "registry-doctor: resolving myreg.azurecr.io",
      printed().trimEnd(),
      "registry-doctor: done. Copy everything from the first { to the last } into Registry Doctor's evidence page.",
      "user@host:~$ ",
    ].join("\r\n");
    const result = parseEvidence(session);
    expect(result.ok).toBe(true);
  });

  it("a line the terminal wrapped inside a string", () => {
    const text = printed().replace('"Ubuntu 24.04 LTS"', '"Ubuntu 24.04\n LTS"');
    const result = parseEvidence(text);
    expect(result.ok && result.document.docker.daemon.operatingSystem).toBe("Ubuntu 24.04 LTS");
  });

  it("the last document when the script ran twice", () => {
    const second = healthyAcr();
    second.machine.arch = "aarch64";
    const result = parseEvidence(`${printed()}\n$ bash again.sh\n${printed(second)}`);
    expect(result.ok && result.document.machine.arch).toBe("aarch64");
  });

  it("long header values and certificate name lists, cut to size instead of refused", () => {
    const doc = healthyAcr();
    const tls = doc.hops[0]?.tls;
    if (tls?.leaf) tls.leaf.sans = Array.from({ length: 500 }, (_, index) => `DNS:host${index}.example.com`);
    const result = parseEvidence(printed(doc));
    expect(result.ok && result.document.hops[0]?.tls?.leaf?.sans.length).toBe(200);
  });
});

describe("parseEvidence explains", () => {
  it("an empty paste", () => {
    expectError("  \n\t", "empty", /Paste the script's output first/);
  });

  it("output cut off, naming where", () => {
    const text = printed();
    const cut = text.slice(0, text.indexOf('\n"docker":') + 40);
    expectError(cut, "truncated", /^The output is cut off after "docker"; paste all of it/);
    expectError(text.slice(0, 60), "truncated", /cut off after "script"/);
  });

  it("a document that parses but lacks its last field", () => {
    const partial: Partial<ReturnType<typeof healthyAcr>> = healthyAcr();
    delete partial.complete;
    expectError(printed(partial), "truncated", /cut off after "notes"/);
  });

  it("a Docker config.json, without echoing it", () => {
    const result = expectError(
      '{"auths":{"myreg.azurecr.io":{"auth":"dXNlcjpwYXNz"}}}',
      "not-evidence",
      /^This is not the script's output: .*auth file.*credentials/,
    );
    if (!result.ok) expect(result.error.message).not.toContain("dXNlcjpwYXNz");
  });

  it("a live-check report, an error message, and progress lines without the document", () => {
    expectError('{"target":{},"steps":[],"findings":[],"vantage":{"kind":"server"}}', "not-evidence", /live-check report/);
    expectError('Error response from daemon: Get "https://myreg.azurecr.io/v2/": unauthorized', "not-evidence", /error message/);
    expectError("registry-doctor: collecting evidence for x\nregistry-doctor: done.", "not-evidence", /progress lines/);
    expectError("hello", "not-evidence", /^This is not the script's output/);
  });

  it("a document of another kind or version", () => {
    expectError('{"schema":"something/else@3","x":1}', "not-evidence", /"something\/else@3" document/);
    expectError(
      printed({ ...healthyAcr(), schema: "registry-doctor/client-evidence@2" }),
      "other-version",
      /another version of the script \(2\)/,
    );
  });

  it("damaged JSON, with the line", () => {
    const text = printed().replace(',\n"podman"', '\n"podman"');
    expectError(text, "invalid", /damaged near line 10/);
    expectError(printed().replace('"complete":true', '"complete":tru e'), "invalid", /^The output is damaged: it is not valid JSON/);
  });

  it("a field of the wrong shape, field by field", () => {
    const doc = healthyAcr() as unknown as { target: { port: unknown } };
    doc.target.port = "443";
    const result = expectError(printed(doc), "invalid", /target\.port/);
    if (!result.ok) expect(result.error.problems[0]).toMatchObject({ field: "target.port" });
  });

  it("a paste far larger than any output", () => {
    expectError("x".repeat(MAX_EVIDENCE_CHARS + 1), "too-large", /KiB/);
  });
});
