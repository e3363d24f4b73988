// The live check's outside face (../shared/probe-contract.md) as zod schemas: the request, each
// step's result, findings, warnings and the final report. Names here are a contract: add freely,
// rename nothing. Types are inferred; the route, the CLI, the runner and the UI share them.
import * as z from "zod";
import { PROBE_CAUSE_IDS } from "@/lib/catalogue/ids";
import { CauseIdSchema } from "@/lib/catalogue/schema";
import { PROVIDERS } from "@/lib/registry/name";

/** Step ids in the order they run where each depends on the one before. */
export const STEP_IDS = ["parse", "dns", "proxy", "tcp", "tls", "api", "token", "manifest", "blob"] as const;
/** The hosts a pull touches: the registry, its token service, where blobs are redirected. */
export const HOPS = ["api", "realm", "blob"] as const;
export const STEP_STATUSES = ["pass", "fail", "warn", "skip"] as const;
export const CONFIDENCES = ["certain", "likely", "possible"] as const;
export const VERDICTS = ["healthy", "problem", "inconclusive"] as const;
export const VANTAGE_KINDS = ["server", "client-script"] as const;

export type StepId = (typeof STEP_IDS)[number];
export type Hop = (typeof HOPS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Verdict = (typeof VERDICTS)[number];

/** The causes the live check names (a subset of the catalogue: contract table 1). */
export const ProbeCauseIdSchema = z.enum(PROBE_CAUSE_IDS);

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

export const ProbeRequestSchema = z
  .object({
    registry: z
      .string({
        error: (issue) => (issue.input === undefined ? "is required: the login server, e.g. myregistry.azurecr.io" : "must be text"),
      })
      .trim()
      .min(1, "is empty: write the login server, e.g. myregistry.azurecr.io")
      .max(512, "is too long for a registry name; write only the login server or image reference")
      .describe("what the user typed: login server, host:port, URL or image reference"),
    repository: z.string().trim().min(1).max(255).optional().describe("repository to check pull access on, e.g. team/app"),
    reference: z.string().trim().min(1).max(200).optional().describe("tag or digest; default latest when a repository is given"),
    username: z.string().max(1024).optional().describe("optional; used for this one check and forgotten"),
    password: z.string().max(16384).optional().describe("optional; never logged, stored or echoed"),
    proxy: z.string().trim().max(1024).optional().describe("http://[user:pass@]host:port forward proxy"),
    platform: z
      .string()
      .trim()
      .regex(PLATFORM, "must be os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8")
      .default("linux/amd64"),
  })
  .strict()
  .superRefine((request, ctx) => {
    // Credentials come in pairs: half a pair is a typo, not an anonymous check.
    if (request.username !== undefined && request.password === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "is missing: give the password with the username, or neither for an anonymous check",
      });
    }
    if (request.password !== undefined && request.username === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["username"],
        message: "is missing: give the username with the password, or neither for an anonymous check",
      });
    }
  });
export type ProbeRequest = z.output<typeof ProbeRequestSchema>;
export type ProbeRequestInput = z.input<typeof ProbeRequestSchema>;

/** A stable key and its parameters, so the UI can say the same thing in another language. */
export const MessageSchema = z.object({
  key: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type Message = z.infer<typeof MessageSchema>;

export const StepResultSchema = z.object({
  hop: z.enum(HOPS),
  host: z.string(),
  id: z.enum(STEP_IDS),
  status: z.enum(STEP_STATUSES),
  ms: z.number().nonnegative().describe("how long the step took"),
  summary: z.string().describe("English, one sentence"),
  message: MessageSchema,
  evidence: z.record(z.string(), z.unknown()).default({}).describe("what was seen; secrets redacted"),
});
export type StepResult = z.infer<typeof StepResultSchema>;

export const FindingSchema = z.object({
  causeId: CauseIdSchema,
  confidence: z.enum(CONFIDENCES),
  summary: z.string(),
  message: MessageSchema,
  evidence: z.array(z.string()).default([]).describe("the step observations behind the finding"),
});
export type Finding = z.infer<typeof FindingSchema>;

export const WarningSchema = z.object({
  key: z.string(),
  summary: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type ProbeWarning = z.infer<typeof WarningSchema>;

export const TargetSchema = z.object({
  host: z.string(),
  port: z.number().int(),
  scheme: z.enum(["https", "http"]),
  repository: z.string().optional(),
  reference: z.string().optional(),
  platform: z.string(),
});

type Target = z.infer<typeof TargetSchema>;

/** A report's `target` from a planned one (or an evidence document's, where absent is null): the contract's fields, none empty. */
export function reportTarget(
  target: Omit<Target, "repository" | "reference"> & { repository?: string | null; reference?: string | null },
): Target {
  return {
    host: target.host,
    port: target.port,
    scheme: target.scheme,
    ...(target.repository ? { repository: target.repository } : {}),
    ...(target.reference ? { reference: target.reference } : {}),
    platform: target.platform,
  };
}

export const VantageSchema = z.object({
  kind: z.enum(VANTAGE_KINDS),
  name: z.string().describe("where the check ran, e.g. this server's host name"),
  version: z.string(),
  seenAs: z.string().optional().describe("the client address the registry reported, where it did"),
});

export const ReportSchema = z.object({
  target: TargetSchema,
  provider: z.enum(PROVIDERS),
  steps: z.array(StepResultSchema),
  findings: z.array(FindingSchema),
  warnings: z.array(WarningSchema),
  verdict: z.enum(VERDICTS),
  vantage: VantageSchema,
});
export type Report = z.infer<typeof ReportSchema>;

/**
 * One NDJSON line of the streamed response: each step as it finishes, then the final report.
 * Each line is the step or report object itself, tagged with `type` so a reader can tell them apart.
 */
export const StreamLineSchema = z.discriminatedUnion("type", [
  StepResultSchema.extend({ type: z.literal("step") }),
  ReportSchema.extend({ type: z.literal("report") }),
]);
export type StreamLine = z.infer<typeof StreamLineSchema>;
