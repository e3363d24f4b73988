import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/probe/schema";
import { answersToCause } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import type { SessionEvent, SessionState } from "./schema";
import { escapeMarkdown, inlineCode, renderTranscriptMarkdown, transcriptJson, TranscriptSchema, utcStamp } from "./transcript";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlc2lnbmF0dXJl";
const PATH = answersToCause(TREE, "registry-ip-denied") ?? [];

const report: Report = {
  target: { host: "contoso.azurecr.io", port: 443, scheme: "https", repository: "team/app", reference: "1.4", platform: "linux/amd64" },
  provider: "acr",
  steps: [
    {
      hop: "api",
      host: "contoso.azurecr.io",
      id: "dns",
      status: "pass",
      ms: 12.4,
      summary: "contoso.azurecr.io resolves to 20.1.2.3.",
      message: { key: "dns.ok", params: {} },
      evidence: {},
    },
    {
      hop: "api",
      host: "contoso.azurecr.io",
      id: "api",
      status: "fail",
      ms: 88,
      summary: "The registry refused this client's address (403 DENIED).",
      message: { key: "api.denied", params: {} },
      evidence: {},
    },
  ],
  findings: [
    {
      causeId: "registry-ip-denied",
      confidence: "certain",
      summary: "The registry's firewall does not allow this address.",
      message: { key: "f", params: {} },
      evidence: [],
    },
  ],
  warnings: [],
  verdict: "problem",
  vantage: { kind: "server", name: "rd-web-1", version: "0.1.0", seenAs: "198.51.100.7" },
};

let nextId = 0;
function event(at: string, author: SessionEvent["author"], body: SessionEvent["event"]): SessionEvent {
  nextId += 1;
  return { id: nextId, at, author, event: body };
}

const events: SessionEvent[] = [
  event("2025-03-01T09:30:00.000Z", "engineer", { kind: "registry", registry: "contoso.azurecr.io" }),
  event("2025-03-01T09:31:05.250Z", "customer", { kind: "wizard", answers: PATH.slice(0, 1) }),
  event("2025-03-01T09:32:00.000Z", "customer", {
    kind: "paste",
    // As if the store had let a secret through: the renderer hides it again.
    text: `> Authorization: Bearer ${TOKEN}\nError response from daemon: Get "https://contoso.azurecr.io/v2/": denied: client with IP '20.1.2.3' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`,
  }),
  event("2025-03-01T09:33:00.000Z", "engineer", { kind: "check", report }),
  event("2025-03-01T09:34:00.000Z", "engineer", {
    kind: "note",
    text: "Ran `az acr show` for them\n# not a heading\n1. not a list\npassword=hunter2secret <b>bold</b>",
  }),
  event("2025-03-01T09:35:00.000Z", "customer", { kind: "wizard", answers: PATH }),
  event("2025-03-01T09:36:00.000Z", "engineer", {
    kind: "diagnosis",
    causeId: "registry-ip-denied",
    note: "Office egress IP is not in the allow list.",
  }),
  event("2025-03-01T09:40:00.000Z", "engineer", { kind: "end" }),
];

const state: SessionState = {
  code: "K7F-3QX-M2D",
  createdAt: "2025-03-01T09:29:00.000Z",
  expiresAt: "2025-03-08T09:40:00.000Z",
  endedAt: "2025-03-01T09:40:00.000Z",
  registry: "contoso.azurecr.io",
  wizard: { answers: PATH },
  events,
  lastEventId: events.length,
};

const context = {
  appVersion: "0.1.0",
  treeVersion: TREE.version,
  link: "https://doctor.example/s/K7F-3QX-M2D",
  generatedAt: new Date("2025-03-01T09:41:00.123Z"),
};

describe("the session transcript", () => {
  const markdown = renderTranscriptMarkdown(state, context);

  it("has every section, the link and the versions", () => {
    expect(markdown.startsWith("## Registry Doctor session K7F-3QX-M2D: ")).toBe(true);
    for (const heading of [
      "### Diagnosis",
      "#### Ruled out",
      "### Answers given",
      "### Timeline (UTC)",
      "### Fix: ",
      "### Check that it worked",
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain("`registry-ip-denied`");
    expect(markdown).toContain("`contoso.azurecr.io`");
    expect(markdown).toContain(context.link);
    expect(markdown).toContain(`Registry Doctor 0.1.0 · decision tree ${TREE.version}`);
    expect(markdown).toContain("settled on by the engineer at 2025-03-01T09:36:00Z");
  });

  it("lists the events in order, each with its UTC time to the second", () => {
    const stamps = [...markdown.matchAll(/^\d+\. `([^`]+)` \*\*(engineer|customer)\*\*/gm)].map((m) => [m[1], m[2]]);
    expect(stamps).toEqual(events.map((e) => [utcStamp(e.at), e.author]));
    for (const [stamp] of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(markdown).toContain("_Registry Doctor 0.1.0 · tree version 1 · 2025-03-01T09:41:00Z (UTC)_");
  });

  it("shows each check's vantage point and steps, and each paste's match", () => {
    expect(markdown).toContain("Ran from the Registry Doctor server `rd-web-1`, version 0.1.0; the registry saw it as `198.51.100.7`.");
    expect(markdown).toMatch(/- Registry `api` failed \(88 ms, `contoso\.azurecr\.io`\)/);
    expect(markdown).toMatch(/Points to .*\(`registry-ip-denied`\) \(match \d+%\)/);
  });

  it("names the alternatives it ruled out, and why", () => {
    const json = transcriptJson(state, context);
    expect(json.diagnosis?.cause.id).toBe("registry-ip-denied");
    expect(json.diagnosis?.alternatives.every((alt) => alt.cause.id !== "registry-ip-denied" && alt.why.length > 0)).toBe(true);
  });

  it("carries no secret-like strings", () => {
    expect(markdown).not.toContain(TOKEN);
    expect(markdown).not.toContain("hunter2secret");
    expect(markdown).toContain("[REDACTED]");
    expect(JSON.stringify(transcriptJson(state, context))).not.toMatch(/hunter2secret|eyJhbGciOiJSUzI1NiJ9\.eyJ/);
  });

  it("escapes what people typed, so a note cannot become a heading, a list, code or HTML", () => {
    expect(markdown).toContain("> Ran \\`az acr show\\` for them");
    expect(markdown).toContain("> \\# not a heading");
    expect(markdown).toContain("> 1\\. not a list");
    expect(markdown).toContain("\\<b\\>bold\\</b\\>");
    expect(markdown).not.toMatch(/^#+ not a heading/m);
  });

  it("puts pasted text in a fence nothing inside can close", () => {
    const withFence = {
      ...state,
      events: [event("2025-03-01T09:50:00Z", "customer", { kind: "paste", text: "before\n```\n# after" })],
      lastEventId: nextId,
    };
    const md = renderTranscriptMarkdown(withFence, context);
    expect(md).toContain("   ````text\n   before\n   ```\n   # after\n   ````");
  });

  it("is a valid JSON transcript, times in UTC", () => {
    const json = transcriptJson(state, context);
    expect(TranscriptSchema.safeParse(json).success).toBe(true);
    expect(json.timeline.map((entry) => entry.kind)).toEqual(events.map((e) => e.event.kind));
    expect(json.session.endedAt).toBe("2025-03-01T09:40:00Z");
    expect(json.app.version).toBe("0.1.0");
    expect(json.tree.version).toBe(TREE.version);
    const check = json.timeline.find((entry) => entry.kind === "check");
    expect(check && check.kind === "check" ? check.vantage.name : undefined).toBe("rd-web-1");
  });

  it("reads sensibly for a session with nothing in it yet", () => {
    const empty: SessionState = {
      code: "ABC-DEF-GHJ",
      createdAt: state.createdAt,
      expiresAt: state.expiresAt,
      wizard: { answers: [] },
      events: [],
      lastEventId: 0,
    };
    const md = renderTranscriptMarkdown(empty, context);
    expect(md).toContain("no diagnosis yet");
    expect(md).toContain("(none yet)");
    expect(md).toContain("(nothing happened)");
    expect(md).not.toContain("### Fix");
  });
});

describe("Markdown helpers", () => {
  it("escape inline text and line starts", () => {
    expect(escapeMarkdown("# head")).toBe("\\# head");
    expect(escapeMarkdown("a *b* [c](d)")).toBe("a \\*b\\* \\[c\\](d)");
    expect(escapeMarkdown("two\nlines")).toBe("two lines");
  });
  it("make inline code that survives backticks", () => {
    expect(inlineCode("plain")).toBe("`plain`");
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`x`")).toBe("`` `x` ``");
  });
});
