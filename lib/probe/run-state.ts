import "server-only";
// The state of one live check while it runs: the plan, the configuration, and what has been seen
// so far — steps, findings (in the order their evidence appeared, so the first failure leads),
// warnings and the client address the registry reported. Steps are built here, in one shape,
// so every step module says only what it saw.
import { redactSecrets } from "@/lib/matcher/redact";
import type { ProbeEnv } from "./env";
import type { ProbePlan } from "./plan";
import type { Confidence, Finding, Hop, ProbeWarning, StepId, StepResult, StepStatus } from "./schema";
import type { NetCauseId } from "./net/util";

export interface StepDraft {
  status: StepStatus;
  summary: string;
  key: string;
  params?: Record<string, string | number | boolean>;
  evidence?: Record<string, unknown>;
}

export interface Vantage {
  name: string;
  version: string;
}

export class ProbeRun {
  readonly steps: StepResult[] = [];
  readonly findings: Finding[] = [];
  readonly warnings: ProbeWarning[] = [];
  seenAs: string | undefined;
  /** What to close when the check ends: each hop's kept connection. */
  private readonly openHops = new Set<{ close(): void }>();

  constructor(
    readonly plan: ProbePlan,
    readonly env: ProbeEnv,
    readonly vantage: Vantage,
    /** The server's own environment, for HTTPS_PROXY / NO_PROXY. */
    readonly processEnv: Record<string, string | undefined>,
  ) {}

  get timeoutMs(): number {
    return this.env.timeoutMs;
  }

  /** Keep a hop's connection until the check ends: later steps may reuse it. */
  holdOpen(hop: { close(): void }): void {
    this.openHops.add(hop);
  }

  /** The check is over: close every kept connection (nothing may keep a CLI run alive). */
  closeConnections(): void {
    for (const hop of this.openHops) hop.close();
    this.openHops.clear();
  }

  step(hop: Hop, host: string, id: StepId, ms: number, draft: StepDraft): StepResult {
    const result: StepResult = {
      hop,
      host,
      id,
      status: draft.status,
      ms: Math.round(ms * 10) / 10,
      summary: draft.summary,
      message: { key: draft.key, params: draft.params ?? {} },
      evidence: draft.evidence ?? {},
    };
    this.steps.push(result);
    return result;
  }

  skip(hop: Hop, host: string, id: StepId, reason: string, key: string): StepResult {
    return this.step(hop, host, id, 0, { status: "skip", summary: reason, key });
  }

  /** Record a cause; a cause already found keeps its first (earliest) place and its higher confidence. */
  find(
    causeId: NetCauseId | Finding["causeId"],
    confidence: Confidence,
    summary: string,
    key: string,
    evidence: string[] = [],
    params: Record<string, string | number | boolean> = {},
  ) {
    const existing = this.findings.find((finding) => finding.causeId === causeId);
    if (existing) {
      if (rank(confidence) > rank(existing.confidence)) existing.confidence = confidence;
      return;
    }
    this.findings.push({ causeId, confidence, summary, message: { key, params }, evidence });
  }

  warn(key: string, summary: string, params: Record<string, string | number | boolean> = {}) {
    if (!this.warnings.some((warning) => warning.key === key)) this.warnings.push({ key, summary, params });
  }
}

const rank = (confidence: Confidence) => (confidence === "certain" ? 3 : confidence === "likely" ? 2 : 1);

/** A response body as evidence: short, text only, secrets removed. */
export function bodyExcerpt(body: Buffer, max = 300): string {
  const text = body
    .subarray(0, max)
    .toString("utf8")
    .replace(/[^\t\n\r\x20-\x7e\u00a0-\uffff]/g, "?");
  return redactSecrets(text).text + (body.length > max ? "…" : "");
}
