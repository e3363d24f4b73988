// Turns zod issues into sentences a person can act on, in one place shared by route handlers,
// the CLI and forms: "text: paste the error output as a string".
import type * as z from "zod";

export interface FieldProblem {
  /** Dotted path of the field, or "body" for the request as a whole. */
  field: string;
  message: string;
}

// zod's own messages start like this; a schema's custom message (already a sentence) does not.
const ZOD_DEFAULT = /^Invalid input/;

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
      // zod 4 does not keep the input on issues; its default message says what it received.
      return /received undefined/.test(issue.message)
        ? "is required"
        : `must be ${issue.expected === "string" ? "text" : `a ${issue.expected}`}`;
    case "unrecognized_keys":
      return `The request has fields it does not take: ${issue.keys.join(", ")}; leave them out`;
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
