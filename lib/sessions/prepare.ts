// Turns what a client sent into what the store keeps: every text redacted (lib/matcher/redact), a
// paste matched against the signature table and stored with its matches, a check report and an
// evidence document scrubbed of anything credential-like. Nothing a client sends reaches the
// database without passing through here. Pure apart from the matcher's tables.
import { matchErrorText } from "@/lib/matcher/match";
import { presentMatches } from "@/lib/matcher/present";
import { redactSecrets } from "@/lib/matcher/redact";
import { ReportSchema } from "@/lib/probe/schema";
import { SessionError } from "./errors";
import { prepareEvidence } from "./evidence";
import type { SessionEventInput, StoredSessionEventBody } from "./schema";
import { scrubJson } from "./scrub";

const redact = (text: string) => redactSecrets(text).text;

/** `bob:pw@registry.example` typed without a scheme is not caught by the URL rule; hide the pair. */
function redactRegistry(registry: string): string {
  return redact(registry).replace(
    /^([a-z][a-z0-9+.-]{0,20}:\/\/)?[^\s/@:]{1,256}:(?!\[REDACTED\]@)[^\s/@]{1,4096}@/i,
    (_, scheme: string | undefined) => `${scheme ?? ""}[REDACTED]@`,
  );
}

export function prepareEvent(input: SessionEventInput): StoredSessionEventBody {
  switch (input.kind) {
    case "registry":
      return { kind: "registry", registry: redactRegistry(input.registry) };
    case "paste": {
      const result = matchErrorText(input.text);
      return { kind: "paste", text: result.redactedText, redactions: result.redactions, matches: presentMatches(result).matches };
    }
    case "note":
      return { kind: "note", text: redact(input.text) };
    case "diagnosis":
      return { kind: "diagnosis", causeId: input.causeId, ...(input.note === undefined ? {} : { note: redact(input.note) }) };
    case "check": {
      const report = ReportSchema.safeParse(scrubJson(input.report));
      if (!report.success) throw new SessionError("invalid", "report is not a live check's report; send the report /api/probe answered.");
      return { kind: "check", report: report.data };
    }
    case "evidence":
      return { kind: "evidence", document: prepareEvidence(input.document) };
    case "wizard":
    case "end":
      return input;
  }
}
