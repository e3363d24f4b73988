import "server-only";
// The live check as the route and the CLI use it: validate the request, plan it, run it, and log
// one line per check — the target and the verdict, never a credential. Both faces share this, so
// they cannot drift apart.
import { hostname } from "node:os";
import { fieldProblems, type FieldProblem } from "@/lib/validation";
import packageJson from "@/package.json";
import { loadProbeEnv, type ProbeEnv } from "./env";
import { planProbe } from "./plan";
import { runProbe } from "./runner";
import { ProbeRequestSchema, type Report, type StepResult } from "./schema";

export const PROBE_VERSION = packageJson.version;

export type PreparedCheck = { ok: true; run: () => AsyncGenerator<StepResult, Report> } | { ok: false; problems: FieldProblem[] };

export function prepareCheck(body: unknown, env: ProbeEnv = loadProbeEnv(), log: (line: string) => void = console.log): PreparedCheck {
  const parsed = ProbeRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error) };
  const planned = planProbe(parsed.data);
  if (!planned.ok) return { ok: false, problems: planned.problems };
  const plan = planned.plan;
  return {
    ok: true,
    run: async function* () {
      const started = performance.now();
      const report = yield* runProbe(plan, { env, vantage: { name: hostname(), version: PROBE_VERSION } });
      // One line per check for the operator: what was checked and how it went. No credentials,
      // no proxy userinfo, no tokens: the plan's secrets never reach this line.
      log(
        `live-check ${plan.target.scheme}://${plan.target.loginServer}${plan.target.repository ? `/${plan.target.repository}:${plan.target.reference}` : ""} ` +
          `auth=${plan.credentials ? "credentials" : "anonymous"} proxy=${plan.proxy ? "request" : "env-or-none"} ` +
          `verdict=${report.verdict} findings=${report.findings.map((f) => f.causeId).join(",") || "-"} ms=${Math.round(performance.now() - started)}`,
      );
      return report;
    },
  };
}
