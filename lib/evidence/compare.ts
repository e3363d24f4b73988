// The server's view and the customer's, side by side: one row per (hop, step) either report has,
// in the order a pull runs them, with a sentence on what the difference means — "reachable from
// the server, blocked from your machine: a firewall or proxy on your side". Pure and isomorphic,
// so the page can compare in the browser once both reports are there.
import { messages } from "@/lib/messages";
import { HOPS, STEP_IDS, type Hop, type Report, type StepId, type StepResult, type StepStatus } from "@/lib/probe/schema";

/** A step's status in one report, or `not-run` when that report has no such step. */
export type VantageStatus = StepStatus | "not-run";

export interface VantageRow {
  hop: Hop;
  step: StepId;
  server: VantageStatus;
  client: VantageStatus;
  /** What the pair means, as one sentence. */
  note: string;
}

const NETWORK_STEPS: ReadonlySet<StepId> = new Set(["dns", "proxy", "tcp", "tls"]);

function statusOf(step: StepResult | undefined): VantageStatus {
  return step ? step.status : "not-run";
}

/** A step that ran and did not fail (a warning still got through). */
const through = (status: VantageStatus) => status === "pass" || status === "warn";

function noteFor(step: StepId, server: StepResult | undefined, client: StepResult | undefined): string {
  const t = messages.evidence.compare;
  const s = statusOf(server);
  const c = statusOf(client);
  if (s === "not-run" || s === "skip") return t.clientOnly;
  if (c === "not-run" || c === "skip") return t.serverOnly;
  if (through(s) && through(c)) return t.bothPass;
  if (!through(s) && !through(c)) return t.bothFail;
  if (through(s)) {
    // Reachable from the server, not from the customer's machine: the difference is on their side.
    if (step === "dns") return t.clientDns;
    if (step === "proxy") return t.clientProxy;
    if (NETWORK_STEPS.has(step)) return t.clientBlocked;
    if (step === "token" || step === "manifest") return t.clientRefused;
    return t.clientBlockedLater;
  }
  // Blocked from the server, fine from the customer's machine.
  if (step === "dns" && server?.message.key === "step.dns.refused-by-guard") return t.serverGuard;
  if (NETWORK_STEPS.has(step) || step === "api") return t.serverBlocked;
  return t.serverRefused;
}

/** One row per (hop, step) in either report, in pull order; the notes say what differs and why. */
export function compareVantages(server: Report | undefined, client: Report): VantageRow[] {
  const key = (step: { hop: Hop; id: StepId }) => `${step.hop}:${step.id}`;
  const serverSteps = new Map((server?.steps ?? []).map((step) => [key(step), step]));
  const clientSteps = new Map(client.steps.map((step) => [key(step), step]));
  const rows: VantageRow[] = [];
  for (const hop of HOPS) {
    for (const id of STEP_IDS) {
      if (id === "parse") continue;
      const s = serverSteps.get(`${hop}:${id}`);
      const c = clientSteps.get(`${hop}:${id}`);
      // A step neither side ran says nothing about the difference between them.
      const ran = (step: StepResult | undefined) => step !== undefined && step.status !== "skip";
      if (!ran(s) && !ran(c)) continue;
      rows.push({
        hop,
        step: id,
        server: statusOf(s),
        client: statusOf(c),
        note: server ? noteFor(id, s, c) : messages.evidence.compare.noServer,
      });
    }
  }
  return rows;
}
