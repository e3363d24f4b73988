// The /api/match response: the matcher's ranked causes joined with what the page needs to show
// them (title, diagnosis link, the wizard at that cause). The schema is the response's contract.
import * as z from "zod";
import { getCause } from "@/lib/catalogue";
import { answersToCause, wizardHref } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import type { MatchResult } from "./match";
import type { MatchResponse } from "./response-schema";

export const MAX_TEXT_BYTES = 64 * 1024;

export const MatchRequestSchema = z
  .object({
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "is required: paste the error output as text" : "must be text") })
      .refine((text) => text.trim() !== "", "is empty: paste the error output you saw")
      .superRefine((text, ctx) => {
        const bytes = new TextEncoder().encode(text).length;
        if (bytes > MAX_TEXT_BYTES) {
          ctx.addIssue({
            code: "custom",
            message: `is ${Math.ceil(bytes / 1024)} KiB; paste at most 64 KiB — the first error and the lines around it are enough`,
          });
        }
      })
      .describe("error output as pasted, up to 64 KiB"),
  })
  .strict();

export function presentMatches(result: MatchResult): MatchResponse {
  return {
    matches: result.matches.map((match) => {
      const answers = answersToCause(TREE, match.causeId);
      return {
        causeId: match.causeId,
        score: match.score,
        fragment: match.fragment,
        start: match.start,
        end: match.end,
        why: match.why,
        ...(match.tellApart ? { tellApart: match.tellApart } : {}),
        title: getCause(match.causeId).title,
        href: `/diagnosis/${match.causeId}`,
        ...(answers ? { wizardHref: wizardHref({ answers }) } : {}),
      };
    }),
    ignored: result.ignored,
    redactions: result.redactions,
    redactedText: result.redactedText,
  };
}
