// `npm run probe -- <registry> [options]`: the live check from a terminal, with the contract's flags.
// Human-readable by default (a step list with timings, coloured on a terminal), --json for one JSON
// document. Exit codes: 0 healthy, 1 problem, 2 bad input, 3 inconclusive. The password is read
// from standard input only (--password-stdin), never from an argument.
import { parseArgs } from "node:util";
import { loadProbeEnv, ProbeConfigError } from "./env";
import type { Report, StepResult } from "./schema";
import { prepareCheck } from "./service";

const USAGE = `Usage: npm run probe -- <registry> [options]

  <registry>            login server, host:port, URL or image reference (myreg.azurecr.io/team/app:1.2)
  --repo <name>         repository to check pull access on, e.g. team/app
  --tag <ref>           tag or digest (default: latest when a repository is given)
  --username <user>     username; the password comes from standard input with --password-stdin
  --password-stdin      read the password or token from standard input
  --proxy <url>         http://[user:pass@]host:port forward proxy (default: HTTPS_PROXY/NO_PROXY)
  --platform <os/arch>  platform to resolve in an image index (default: linux/amd64)
  --json                print the report as one JSON document
  -h, --help            this help

Exit codes: 0 healthy, 1 problem, 2 bad input, 3 inconclusive.`;

const EXIT = { healthy: 0, problem: 1, inconclusive: 3 } as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Like docker login --password-stdin: one trailing newline is not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function painter(enabled: boolean) {
  const wrap = (code: string) => (text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { green: wrap("32"), red: wrap("31"), yellow: wrap("33"), dim: wrap("2"), bold: wrap("1") };
}

function formatStep(step: StepResult, paint: ReturnType<typeof painter>): string {
  const mark = { pass: paint.green("✓"), fail: paint.red("✗"), warn: paint.yellow("!"), skip: paint.dim("–") }[step.status];
  const ms = `${Math.round(step.ms)} ms`.padStart(8);
  return `${mark} ${step.hop.padEnd(5)} ${step.id.padEnd(8)} ${paint.dim(ms)}  ${step.summary}`;
}

function formatReport(report: Report, paint: ReturnType<typeof painter>): string {
  const lines = [""];
  const verdict = { healthy: paint.green("healthy"), problem: paint.red("problem"), inconclusive: paint.yellow("inconclusive") }[
    report.verdict
  ];
  lines.push(
    `${paint.bold("Verdict:")} ${verdict}  (${report.provider}, ${report.target.scheme}://${report.target.host}:${report.target.port})`,
  );
  for (const finding of report.findings)
    lines.push(`  ${paint.bold(finding.causeId)} [${finding.confidence}] ${finding.summary}`, `    /diagnosis/${finding.causeId}`);
  for (const warning of report.warnings) lines.push(`  ${paint.yellow("note")} ${warning.summary}`);
  lines.push(
    paint.dim(
      `Checked from ${report.vantage.name}${report.vantage.seenAs ? ` (the registry saw ${report.vantage.seenAs})` : ""}: a firewall, proxy or private DNS on another machine is not visible from here.`,
    ),
  );
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        tag: { type: "string" },
        username: { type: "string" },
        "password-stdin": { type: "boolean" },
        proxy: { type: "string" },
        platform: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        password: { type: "string" },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.password !== undefined) {
    process.stderr.write(
      "--password is not accepted: a password on the command line ends up in shell history and process lists. Use --password-stdin.\n",
    );
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`${positionals.length === 0 ? "Name the registry to check." : "Give exactly one registry."}\n\n${USAGE}\n`);
    return 2;
  }
  const body: Record<string, string> = { registry: positionals[0] ?? "" };
  if (values.repo) body.repository = values.repo;
  if (values.tag) body.reference = values.tag;
  if (values.proxy) body.proxy = values.proxy;
  if (values.platform) body.platform = values.platform;
  if (values.username !== undefined) body.username = values.username;
  if (values["password-stdin"]) body.password = await readStdin();

  let env;
  try {
    env = loadProbeEnv();
  } catch (error) {
    process.stderr.write(`${error instanceof ProbeConfigError ? error.message : String(error)}\n`);
    return 2;
  }
  const check = prepareCheck(body, env, () => {});
  if (!check.ok) {
    for (const problem of check.problems)
      process.stderr.write(
        `${problem.field === "registry" ? "registry" : `--${problem.field === "reference" ? "tag" : problem.field === "repository" ? "repo" : problem.field}`}: ${problem.message}\n`,
      );
    return 2;
  }
  const paint = painter(!values.json && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const events = check.run();
  let next = await events.next();
  while (!next.done) {
    if (!values.json) process.stdout.write(`${formatStep(next.value, paint)}\n`);
    next = await events.next();
  }
  const report = next.value;
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, paint)}\n`);
  return EXIT[report.verdict];
}
