// Turns zod issues into sentences a person can act on, in one place shared by route handlers,
// the CLI and forms: "text: paste the error output as a string".
import type { z } from "zod";

export interface FieldProblem {
  /** Dotted path of the field, or "body" for the request as a whole. */
  field: string;
  message: string;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${issue.expected === "string" ? "text" : `a ${issue.expected}`}`;
    case "too_big":
      return issue.message;
    case "too_small":
      return issue.message;
    case "unrecognized_keys":
      return `has fields this request does not take: ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length === 0 ? "body" : issue.path.map(String).join(".");
    return { field, message: describeIssue(issue) };
  });
}

/** One sentence for the whole error: "text is required; registry must be text". */
export function sentenceFor(problems: FieldProblem[]): string {
  return problems.map((p) => (p.field === "body" ? p.message : `${p.field} ${p.message}`)).join("; ");
}
