// The /api/match response: the matcher's ranked causes joined with what the page needs to show
// them (title, diagnosis link, the wizard at that cause). The schema is the response's contract.
import { z } from "zod";
import { getCause } from "@/lib/catalogue";
import { CauseIdSchema } from "@/lib/catalogue/schema";
import { answersToCause, wizardHref } from "@/lib/tree/navigate";
import { TREE } from "@/lib/tree/tree";
import type { MatchResult } from "./match";

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

export const MatchResponseSchema = z.object({
  matches: z.array(
    z.object({
      causeId: CauseIdSchema,
      score: z.number().min(0).max(1),
      fragment: z.string().describe("the matched text, after secrets were removed"),
      start: z.number().int().describe("offset of the fragment in redactedText"),
      end: z.number().int(),
      why: z.string(),
      tellApart: z.string().optional(),
      title: z.string(),
      href: z.string().describe("the diagnosis page"),
      wizardHref: z.string().optional().describe("the wizard, opened at this cause"),
    }),
  ),
  ignored: z.array(z.object({ fragment: z.string(), why: z.string() })),
  redactions: z.number().int(),
  redactedText: z.string(),
});
export type MatchResponse = z.infer<typeof MatchResponseSchema>;

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
