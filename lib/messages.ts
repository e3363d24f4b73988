// Every user-facing sentence of the interface (the causes and the tree carry their own content).
// One module so that localisation is content work: a translated copy of this object, chosen by
// locale, is all the components need. Functions are for sentences with values in them.
import type { CauseGroup, ClientId } from "@/lib/catalogue/ids";

export const messages = {
  app: {
    name: "Registry Doctor",
    tagline: "Find out why a container registry login or pull fails — and exactly how to fix it.",
    description:
      "Diagnose docker login, docker pull, podman, az acr login and Kubernetes image pull failures for Azure Container Registry, registry.redhat.io and any OCI registry.",
    skipToContent: "Skip to content",
    nav: {
      home: "Home",
      wizard: "Wizard",
      check: "Live check",
      diagnoses: "All diagnoses",
      authMethods: "ACR sign-in options",
      label: "Main",
    },
    footer:
      "Registry Doctor runs on a server: it cannot see your machine, your daemon or your network. Every page says what it cannot see.",
  },
  home: {
    heading: "Why can't I log in or pull?",
    pasteHeading: "Paste your error",
    pasteIntro: "Paste the error output — one line or a whole terminal session. Secrets in it are removed before anything else happens.",
    pasteLabel: "Error output",
    pastePlaceholder: 'Error response from daemon: Get "https://myregistry.azurecr.io/v2/": unauthorized: authentication required',
    pasteSubmit: "Find the cause",
    pasteWorking: "Looking…",
    pasteEmpty: "Paste some error output first.",
    pasteNoMatch: "No known error in that text. Try the wizard: it asks what you see and gets there by questions.",
    pasteResultsHeading: "Likely causes, best first",
    pasteRedacted: (count: number) => `${count} secret${count === 1 ? "" : "s"} removed from the text before matching.`,
    pasteIgnored: "Lines that look like errors but are harmless",
    matchedText: "Matched text",
    why: "Why",
    tellApart: "How to tell them apart",
    openDiagnosis: "Open the diagnosis",
    openInWizard: "Continue in the wizard",
    score: (score: number) => `match ${Math.round(score * 100)}%`,
    wizardHeading: "Answer a few questions",
    wizardIntro: "The wizard asks what you see, one question at a time, and ends at the cause with its fix.",
    wizardStart: "Start the wizard",
    browseHeading: "Browse every diagnosis",
    browseIntro: "One page per cause, each with symptoms, how to confirm it, the fix and how to check it worked.",
    browseLink: "See all diagnoses",
    requestFailed: "The request failed. Check your connection and try again; what you pasted is still here.",
  },
  registry: {
    label: "Your registry",
    hint: "The login server, e.g. myregistry.azurecr.io — commands below are filled in with it. Never type a password here.",
    placeholder: "myregistry.azurecr.io",
    loginServer: "Login server",
    resourceName: "ACR resource name",
    cloud: "Azure cloud",
    clear: "Clear",
  },
  wizard: {
    title: "Troubleshooting wizard",
    description: "Answer a few questions about what you see; the wizard ends at the cause and its fix.",
    progress: (answered: number, left: number) =>
      left === 0
        ? `${answered} question${answered === 1 ? "" : "s"} answered`
        : `Question ${answered + 1} · at most ${left - 1} more after this`,
    progressLabel: "Progress",
    back: "Back",
    restart: "Restart",
    trailHeading: "Your answers",
    trailChange: "Change",
    whereToLook: "Not sure? Where to look",
    answersLabel: "Answers",
    droppedNotice: (count: number) =>
      `This link was made with an older version of the questions. ${count} answer${count === 1 ? " no longer fits and was" : "s no longer fit and were"} dropped; pick up from here.`,
    diagnosisHeading: "Diagnosis",
    whyHeading: "Why this diagnosis",
    whyIntro: "Your answers that led here:",
    alsoPossibleHeading: "Also possible",
    alsoPossibleIntro: "These fit the same answers. What tells them apart:",
    copySummary: "Copy summary for a ticket",
    copyLink: "Copy link",
    copied: "Copied",
    copyFailed: "Could not copy; select the text and copy it by hand.",
    shareHeading: "Share this diagnosis",
    shareCarries: "This link carries:",
    shareNoSecrets: "It never carries a password, token or other credential.",
    shareAnswers: (count: number) => `${count} answer${count === 1 ? "" : "s"}`,
    shareRegistry: (registry: string) => `the registry name ${registry}`,
    shareClient: (client: string) => `the client ${client}`,
    summaryPreview: "Preview the summary",
    fromCheck: "from the live check",
    overrode: (label: string) => `you chose this; the live check suggested "${label}"`,
    suggestedByCheck: "suggested by the live check",
    offerCheckHint: "it probes your registry from this server and answers this question with evidence.",
  },
  cause: {
    onThisPage: "Jump to",
    symptoms: "Symptoms",
    errorTexts: "Error messages that point here",
    why: "Why this happens",
    confirm: "How to confirm it",
    fix: "How to fix it",
    fixOption: (index: number, count: number) => `Fix ${index} of ${count}`,
    when: "When:",
    verify: "Check that it worked",
    related: "Related causes",
    cannotSee: "What Registry Doctor cannot see from here",
    sources: "Sources",
    good: "Good:",
    bad: "Bad:",
    where: "Where:",
    appliesTo: "Applies to",
    startWizard: "Start the wizard from here",
    copyCommand: "Copy",
    clientPicker: "Show commands for",
    allClients: "All tools",
    placeholderHint: "Parts in angle brackets are yours to fill in; type your registry above to fill the login server.",
    seed: (seed: string, section?: string) => (section ? `Seed article "${seed}", ${section}` : `Seed article "${seed}"`),
  },
  check: {
    title: "Live check",
    description:
      "Run real probes against your registry — DNS, TCP, TLS, the /v2/ API and its auth challenge, the token service, a manifest and a blob — and see which hop fails.",
    intro:
      "The check runs from this server, not from your machine: it walks every host a pull touches (the registry, its token service, the blob host a download is redirected to) and names the cause of the first failure.",
    vantage: (name: string) => `Runs from this server (${name}).`,
    vantageLimit:
      "A firewall, proxy or private DNS on your side is not visible from here; where this check passes and yours fails, the difference is on your side.",
    registry: "Registry",
    registryHint: "Login server, host:port, URL or a whole image reference such as myregistry.azurecr.io/team/app:1.2",
    repository: "Repository (optional)",
    repositoryHint: "Checks pull access, the manifest and a blob, e.g. team/app. Without it, only the API and token service are tested.",
    reference: "Tag or digest (optional)",
    referenceHint: "Default: latest.",
    platform: "Platform",
    username: "Username (optional)",
    password: "Password or token (optional)",
    credentialsHint: "Used for this one check and forgotten: never stored, logged, shown in the report or put in a link.",
    proxy: "Forward proxy (optional)",
    proxyHint: "http://host:port — without it the server's own HTTPS_PROXY/NO_PROXY apply.",
    advanced: "Credentials, proxy and platform",
    run: "Run the check",
    runAgain: "Run again",
    running: "Checking…",
    stepsHeading: "Steps",
    findingsHeading: "What the check found",
    warningsHeading: "Worth knowing",
    healthy: "Healthy: every step that ran passed on every host the pull touched.",
    problem: "Problem found.",
    inconclusive: "Inconclusive from here.",
    openDiagnosis: "Open the diagnosis",
    continueInWizard: "Continue in the wizard",
    changedHeading: "Changed since the last run",
    changed: (step: string, from: string, to: string) => `${step}: ${from} → ${to}`,
    nothingChanged: "Nothing changed since the last run.",
    hop: { api: "Registry", realm: "Token service", blob: "Blob host" },
    status: { pass: "passed", fail: "failed", warn: "warning", skip: "skipped" },
    confidence: { certain: "certain", likely: "likely", possible: "possible" },
    stepAnnounce: (hop: string, step: string, status: string, ms: number) => `${hop} ${step} ${status} (${ms} ms)`,
    rateLimited: (seconds: number) => `Too many checks from your address; try again in ${seconds} s.`,
    offerFromWizard: "Let the check find out",
    runAgainHint: "Press “Run the check” to run it again.",
  },
  authMethods: {
    title: "Ways to authenticate with Azure Container Registry",
    description: "Each way to log in to ACR: how, what it is for, whether Azure roles apply, its limits and how long its token lasts.",
    link: "Ways to authenticate with ACR",
    how: "How to authenticate",
    scenarios: "Meant for",
    rbac: "Azure role-based access control",
    username: "User name",
    lifetime: "Token or secret lifetime",
    limits: "Limits",
    related: "Problems people meet with it",
  },
  diagnoses: {
    title: "All diagnoses",
    description: "Every cause Registry Doctor can name, grouped, with its fix.",
    searchLabel: "Search diagnoses",
    searchPlaceholder: "Error text, cause or keyword",
    count: (shown: number, total: number) => (shown === total ? `${total} causes` : `${shown} of ${total} causes`),
    none: "No cause matches that search. Try fewer words, or paste the whole error on the home page.",
  },
  notFound: {
    title: "No diagnosis with that name",
    body: (id: string) => `There is no diagnosis called "${id}". It may have been mistyped; these are the nearest:`,
    generic: "This page does not exist.",
    allLink: "See all diagnoses",
    home: "Back to the start",
  },
  errors: {
    generic: "Something went wrong on our side. Your answers are in the link, so reloading the page is safe.",
    retry: "Try again",
  },
  sessions: {
    start: "Start a support session",
    starting: "Starting…",
    startFailed: "The session could not be started. Try again in a moment.",
    homeHeading: "On a call with support?",
    homeIntro:
      "Start a support session: you get a short code to read aloud, and you and the customer see the same questions, checks and errors as they happen.",
    joinPrompt: "Have a code from your engineer?",
    joinLink: "Join a session",
    author: { engineer: "Engineer", customer: "Customer" },
    utc: (stamp: string) => `${stamp} UTC`,
    join: {
      title: "Join a support session",
      description: "Type the code your support engineer read out, and see the same page they see.",
      intro:
        "Type the code your support engineer read out. You will both see the same page: what you type or choose there, your engineer sees too.",
      label: "Session code",
      hint: "Three groups of three letters and digits, e.g. K7F-3QX-M2D. Small letters and missing dashes are fine.",
      submit: "Join",
      checking: "Looking…",
      empty: "Type the code first; it looks like K7F-3QX-M2D.",
      malformed: (typed: string) =>
        `“${typed}” is not a session code. Codes are three groups of three letters and digits, like K7F-3QX-M2D, and never contain 0, O, 1 or I.`,
      unknown: (code: string) =>
        `There is no open session with the code ${code}. Check it with your engineer: a letter may have been misheard, or the session has ended.`,
      failed: "The server could not be reached. Check your connection and try again; your code is still in the box.",
    },
    page: {
      title: (code: string) => `Support session ${code}`,
      description: "A support session an engineer and a customer share: the same answers, checks, errors and notes, live.",
      heading: "Support session",
      codeLabel: "Code",
      share: "Read the code aloud — the customer types it at",
      shareOr: "— or send them the link.",
      copyCode: "Copy code",
      copyLink: "Copy link",
      youAre: {
        engineer: "You are the engineer. The customer sees everything here except the notes box, export and end buttons.",
        customer: "You are the customer. Your engineer sees what you type and choose here, as you do it.",
      },
      openUntil: (at: string) => `Open until ${at} UTC.`,
      ended: (at: string) => `This session ended at ${at} UTC. Everything below is kept as it was; nothing can be added.`,
      connection: {
        live: "Live",
        connecting: "Connecting…",
        reconnecting: "Connection lost; reconnecting…",
        closed: "Disconnected: changes from the other side no longer arrive. Reload the page to reconnect.",
      },
      announce: (author: string, what: string) => `${author}: ${what}`,
      registryHeading: "Registry",
      registryShared: "Shared with the session as you type.",
      wizardHeading: "Questions",
      wizardIntro: "Either of you can answer; the other sees the answer within a second.",
      diagnosisReached: "The answers lead to",
      openDiagnosis: "Open the full diagnosis with its fix",
      settle: "Settle on this cause",
      settled: (title: string) => `The engineer settled on: ${title}`,
      pasteHeading: "Paste an error",
      pasteIntro: "Paste what the terminal printed. Secrets are removed before it is stored, and both of you see the likely causes.",
      pasteSubmit: "Add to the session",
      pasteWorking: "Adding…",
      checkHeading: "Live check",
      checkIntro:
        "Runs from this server against the session's registry, then adds its report — every step, and where it ran from — to the session.",
      checkNeedsRegistry: "Type the registry above first.",
      checkRun: "Run the live check",
      checkRunning: "Checking…",
      checkAdded: "The check's report was added to the session.",
      notesHeading: "Notes",
      noteLabel: "Add a note",
      noteHint: "Only you, the engineer, can write notes; the customer sees them.",
      noteSubmit: "Add note",
      noteEmpty: "Write the note first.",
      timelineHeading: "What happened",
      timelineIntro: "Oldest first; times in UTC.",
      timelineEmpty: "Nothing yet. Answers, checks, pasted errors and notes appear here as they happen.",
      likelyCauses: "Likely causes",
      pasted: "Pasted an error.",
      you: "(you)",
      noMatch: "No known error in this text.",
      redacted: (count: number) => `${count} secret${count === 1 ? "" : "s"} removed before it was stored.`,
      checkSteps: (count: number) => `${count} step${count === 1 ? "" : "s"}`,
      exportHeading: "Transcript",
      exportIntro: "The whole session with UTC times, for the ticket.",
      exportMarkdown: "Markdown",
      exportJson: "JSON",
      exportPrint: "Print view",
      end: "End session",
      endConfirm: "End the session for both of you? Nothing can be added afterwards; the transcript stays.",
      endYes: "Yes, end it",
      endNo: "Keep it open",
      postFailed: "That could not be added to the session. Check your connection and try again.",
      sending: "Sending…",
    },
    missing: {
      title: "No such session",
      unknown: (code: string) =>
        `There is no session with the code ${code}. It may have been mistyped, or it has expired: sessions are kept for a limited time. Ask your engineer for the code again.`,
      malformed: (text: string) => `“${text}” is not a session code. Codes look like K7F-3QX-M2D.`,
      joinLink: "Type a code",
      home: "Back to the start",
    },
    print: {
      title: (code: string) => `Transcript of support session ${code}`,
      print: "Print",
      back: "Back to the session",
      onlyEngineer: "Only the engineer who started this session can print its transcript.",
      generated: (at: string) => `Made ${at} UTC`,
    },
  },
  transcript: {
    summaryHeading: (title: string) => `Registry Doctor: ${title}`,
    heading: (code: string, title: string) => `Registry Doctor session ${code}: ${title}`,
    noDiagnosisYet: "no diagnosis yet",
    sessionLabel: "Session",
    started: (at: string) => `started ${at}`,
    endedAt: (at: string) => `ended ${at}`,
    openUntil: (at: string) => `open until ${at}`,
    registryLabel: "Registry",
    clientLabel: "Client",
    diagnosisLabel: "Diagnosis",
    linkLabel: "Link",
    versionsLabel: "Versions",
    versions: (app: string, tree: string) => `Registry Doctor ${app} · decision tree ${tree}`,
    notGiven: "not given",
    notSettled: "not settled yet",
    diagnosisHeading: "Diagnosis",
    settledBy: (at: string) => `settled on by the engineer at ${at}`,
    reachedByWizard: "reached by the wizard's answers",
    alternativesHeading: "Ruled out",
    ruledOutWizard: "the wizard's answers led here, but the engineer settled on another cause",
    ruledOutTellApart: (how: string) => `fits the same answers; told apart by: ${how}`,
    ruledOutPaste: (at: string, score: number) => `named by the error pasted at ${at} (match ${score}%), not chosen`,
    ruledOutCheck: (at: string, confidence: string) => `found by the live check at ${at} (${confidence}), not chosen`,
    ruledOutEarlier: (at: string) => `settled on at ${at}, then replaced`,
    answersHeading: "Answers given",
    noAnswers: "(none: opened directly)",
    noAnswersYet: "(none yet)",
    openQuestion: (question: string) => `Still open: ${question}`,
    alsoPossibleHeading: "Also possible",
    timelineHeading: "Timeline (UTC)",
    emptyTimeline: "(nothing happened)",
    fixHeading: (title: string) => `Fix: ${title}`,
    when: "When:",
    otherFixes: (titles: string) => `Other fixes: ${titles} (see the link).`,
    verifyHeading: "Check that it worked",
    footer: (app: string | undefined, tree: string, stamp: string) =>
      app ? `Registry Doctor ${app} · tree version ${tree} · ${stamp} (UTC)` : `Tree version ${tree} · ${stamp} (UTC)`,
    author: { engineer: "engineer", customer: "customer" },
    verdict: { healthy: "healthy", problem: "problem found", inconclusive: "inconclusive" },
    vantageKind: { server: "the Registry Doctor server", "client-script": "the customer's machine (script)" },
    event: {
      registry: (name: string) => `Set the registry to ${name}.`,
      registryCleared: "Cleared the registry.",
      answered: (question: string, answer: string) => `Answered “${question}”: ${answer}.`,
      nowAt: (question: string) => `Next: ${question}`,
      reached: (cause: string) => `The answers lead to ${cause}.`,
      restarted: "Restarted the questions.",
      wentBack: (kept: number) => `Went back, keeping ${kept} answer${kept === 1 ? "" : "s"}.`,
      changed: (kept: number) => `Changed an earlier answer (${kept} answer${kept === 1 ? "" : "s"} now).`,
      check: (host: string, verdict: string) => `Ran the live check on ${host}: ${verdict}.`,
      vantage: (where: string, name: string, version: string, seenAs?: string) =>
        `Ran from ${where} ${name}, version ${version}${seenAs ? `; the registry saw it as ${seenAs}` : ""}.`,
      checkTarget: (image: string, platform: string) => `Image ${image} for ${platform}.`,
      finding: (cause: string, confidence: string) => `Found ${cause}, ${confidence}`,
      warning: "Worth knowing",
      paste: (redactions: number) =>
        `Pasted an error${redactions > 0 ? ` (${redactions} secret${redactions === 1 ? "" : "s"} removed)` : ""}:`,
      noMatch: "No known error in it.",
      match: (cause: string, score: number) => `Points to ${cause} (match ${score}%)`,
      note: "Note:",
      evidence: "Added evidence from the customer's machine:",
      diagnosis: (cause: string) => `Settled on ${cause}.`,
      end: "Ended the session.",
    },
  },
  evidence: {
    title: "Evidence from your machine",
    description:
      "Run a short script where the pull fails and paste what it prints: DNS, proxy, TLS, the registry's answers and Docker's state, as your machine sees them, side by side with the server's view.",
    intro:
      "The live check runs from this server, so a firewall, proxy or private DNS on your side is invisible to it. This script looks from your machine instead: it asks the registry anonymously, changes nothing, and prints one JSON document with nothing secret in it.",
    linkFromCheck: "Check from your machine instead",
    linkFromCheckHint: "Run a short script where the pull fails and compare what it sees with this server's view.",
    formHeading: "Which registry?",
    formRegistry: "Registry",
    formRegistryHint: "Login server or image reference, e.g. myregistry.azurecr.io or myregistry.azurecr.io/team/app:1.2",
    formRepository: "Repository (optional)",
    formRepositoryHint: "With a repository the script also reads its manifest anonymously and finds the blob host, e.g. team/app.",
    formSubmit: "Fill in the script",
    badRegistry: (problem: string) => `The script cannot be filled in: ${problem}`,
    scriptHeading: "1. Run this on the affected machine",
    scriptFor: (what: string) => `Filled in for ${what}.`,
    scriptNeeds:
      "Needs bash and curl: Linux, macOS, WSL or Azure Cloud Shell. It uses openssl, dig or nslookup, docker, podman and az when they are there and says so when they are not.",
    runHint: "Save it and run it the way you run docker there (with sudo if you use sudo docker):",
    noSecrets:
      "It prints no token, no password and no auth value: user:password is removed from proxy variables and auth files are read for their entry names only. Read it before you run it.",
    copyScript: "Copy the script",
    downloadScript: "Download the script",
    showScript: "Show the script",
    pasteHeading: "2. Paste what it printed",
    pasteLabel: "The script's output",
    pasteHint: "Paste everything it printed; the lines around the JSON are ignored.",
    analyse: "Read the evidence",
    analysing: "Reading…",
    requestFailed: "The evidence could not be sent. Check your connection and try again; what you pasted is still here.",
    resultHeading: "Seen from your machine",
    vantage: (name: string) => `Seen from ${name}.`,
    vantageName: (os: string, arch: string, extra: string[]) => `your machine (${[os, arch, ...extra].filter(Boolean).join(", ")})`,
    wsl: "WSL",
    cloudShell: "Azure Cloud Shell",
    seenAs: (ip: string) => `The registry saw your machine as ${ip}.`,
    compareHeading: "The server and your machine, side by side",
    compareIntro: "Where the two differ, the difference is on the way between them: the network, proxy or DNS of one side.",
    compareHop: "Host",
    compareStep: "Step",
    compareServer: "From the server",
    compareClient: "From your machine",
    compareNote: "What it means",
    runServerCheck: "Also check from the server",
    serverChecking: "Checking from the server…",
    serverFailed: "The server's check did not finish; the evidence from your machine stands on its own.",
    announceResult: (findings: number) =>
      findings === 0
        ? "Evidence read: nothing wrong found from your machine."
        : `Evidence read: ${findings} finding${findings === 1 ? "" : "s"}.`,
    announceError: "The paste could not be read; the reason is below the box.",
    verdict: {
      healthy: "Nothing wrong seen from your machine: every step that ran passed.",
      problem: "Problem found from your machine.",
      inconclusive: "Inconclusive from your machine.",
    },
    notRun: "not run",
    findingsHeading: "What your machine shows",
    stepsHeading: "Steps, as your machine saw them",
    runLine: (fileName: string) => `bash ${fileName} > evidence.json`,
    parse: {
      empty: "Paste the script's output first: everything it printed, from the first { to the last }.",
      tooLarge: (kib: number) => `That is ${kib} KiB; the script prints a few KiB. Paste only what the script printed.`,
      notEvidence: (why: string) => `This is not the script's output: ${why}`,
      noDocument: "there is no JSON document from it in the text. Run the script and paste everything it prints.",
      progressOnly:
        "only its progress lines are here. Paste what it printed on standard output too (or run it with > evidence.json and paste that file).",
      dockerConfig:
        "it looks like a Docker or podman auth file. Never paste that anywhere: it holds your credentials. Run the script instead; it reads that file for entry names only.",
      liveReport: "it is a live-check report. Paste the script's JSON here; the live check's report belongs on the live-check page.",
      errorText:
        "it looks like an error message. Paste that on the home page to find its cause, or run the script and paste what it prints.",
      otherSchema: (schema: string) => `it is a "${schema}" document, not the script's.`,
      truncated: (after: string) => `The output is cut off after "${after}"; paste all of it, up to the closing } on its last line.`,
      notJson: (line?: number) =>
        `The output is damaged${line === undefined ? "" : ` near line ${line}`}: it is not valid JSON any more. Paste it again unchanged, or run the script with > evidence.json and paste that file.`,
      otherVersion: (version: string) =>
        `This output comes from another version of the script (${version}); this page reads version 1. Download the script from this page again and rerun it.`,
      shape: (problems: string) =>
        `The script's output does not have the shape this page expects (${problems}). Download the script from this page again and rerun it.`,
    },
    compare: {
      bothPass: "Works from both.",
      bothFail: "Fails from both: the cause is at the registry or on the path both share, not only on your side.",
      clientBlocked: "Reachable from the server, blocked from your machine: a firewall or proxy on your side.",
      clientDns:
        "The server resolves the name, your machine does not: your DNS (a private DNS zone, split DNS, a VPN or a hosts file) answers differently.",
      clientProxy: "Your machine's proxy does not let the connection through; the server goes without it.",
      clientRefused:
        "The server got an answer your machine did not: the registry treats your machine (its address or its login) differently.",
      clientBlockedLater: "The server gets through here and your machine does not: something on your side stops it.",
      serverBlocked:
        "Blocked from the server, reachable from your machine: the registry's network rules let your network in. The server's failure here does not apply to you.",
      serverGuard:
        "The name resolves to a private address: the server will not connect there, your machine can. That is how a private endpoint should look from inside its network.",
      serverRefused: "Your machine gets further than the server here: the registry answers your network differently.",
      serverOnly: "Only the server ran this step.",
      clientOnly: "Only your machine ran this step.",
      noServer: "No server check to compare with.",
    },
    classify: {
      steps: {
        hopLabel: { api: "the registry", realm: "the token service", blob: "the blob host" },
        parse: (loginServer: string, image: string) => `Evidence from your machine for ${loginServer}${image ? ` (${image})` : ""}.`,
        sameHost: "On the registry's own host: see the registry's steps.",
        dnsFailed: (host: string, label: string, outcome: string) =>
          `${host} (${label}) does not resolve on your machine: ${
            outcome === "nxdomain"
              ? "no such name (NXDOMAIN)"
              : outcome === "nodata"
                ? "the name has no address"
                : outcome === "unresolved"
                  ? "the system resolver found no address"
                  : `the resolver failed (${outcome})`
          }.`,
        notResolved: (host: string) => `Not tried: ${host} did not resolve.`,
        literal: (host: string) => `${host} is an address; nothing to resolve.`,
        resolved: (host: string, addresses: string) => `${host} resolves to ${addresses} on your machine.`,
        notAsked: "Not tried.",
        noCurl: "Not tried: curl is not installed on that machine.",
        proxyOk: (proxy: string, host: string) => `Your proxy ${proxy} opened a tunnel to ${host}.`,
        proxyFailed: (proxy: string, outcome: string, status: number) =>
          `Your proxy ${proxy} ${
            outcome === "auth-required"
              ? "asks for credentials (407 Proxy Authentication Required)"
              : outcome === "refused"
                ? `refused the tunnel${status ? ` (${status})` : ""}`
                : outcome === "closed"
                  ? "closed the connection without answering (proxyconnect tcp: EOF)"
                  : outcome === "timeout"
                    ? "did not answer in time"
                    : "does not accept connections"
          }.`,
        noTunnel: "Not tried: the proxy did not open a tunnel.",
        tcpFailed: (host: string, port: number, outcome: string, detail: string) =>
          `Could not connect from your machine to ${host}:${port}: ${
            outcome === "refused"
              ? "connection refused (nothing listens on that port, or a firewall rejects it)"
              : outcome === "timeout"
                ? "no answer within the limit (a firewall dropping packets?)"
                : outcome === "unreachable"
                  ? "no route to that address"
                  : outcome === "reset"
                    ? "the connection was reset"
                    : detail || "the connection failed"
          }.`,
        noTcp: "Not tried: no TCP connection.",
        tcpViaProxy: (host: string, port: number) => `Connected to ${host}:${port} through the proxy.`,
        tcpOk: (address: string, port: number) => `Connected to ${address}:${port}.`,
        tlsFailed: (host: string, outcome: string, detail: string, issuer: string) =>
          `TLS with ${host} failed on your machine: ${
            outcome === "untrusted"
              ? "the certificate is not trusted (self-signed, a private CA, or a TLS-inspecting proxy)"
              : outcome === "incomplete-chain"
                ? "the server does not send its intermediate certificate"
                : outcome === "hostname-mismatch"
                  ? "the certificate is for another name"
                  : outcome === "expired"
                    ? "the certificate has expired"
                    : outcome === "not-yet-valid"
                      ? "the certificate is not valid yet (is the clock wrong?)"
                      : outcome === "plain-http"
                        ? "the server speaks plain HTTP on this port"
                        : outcome === "timeout"
                          ? "the handshake did not finish within the limit"
                          : "the handshake failed"
          }${detail ? ` (${detail})` : ""}${issuer ? `; the certificate names its issuer as ${issuer}` : ""}.`,
        tlsOk: (host: string, protocol: string, issuer: string) =>
          `TLS${protocol ? ` ${protocol}` : ""} with a trusted certificate for ${host}${issuer ? ` (issued by ${issuer})` : ""}.`,
        unreachable: (host: string) => `Not tried: ${host} could not be reached from your machine.`,
        notRegistry: "Not tried: the registry API did not answer as a registry.",
        noAuth: "The registry needs no token: /v2/ answered 200 without a challenge.",
        noRepository: "No repository given: the manifest and blob were not read.",
        noToken: "Not tried: no anonymous token or open access to read with.",
        noManifest: "Not tried: the manifest could not be read.",
        ipDenied: (ip: string) => `The registry refused your machine's address (403 DENIED: client with IP ${ip} is not allowed access).`,
        apiFailed: (status: number) => `GET /v2/ did not succeed (HTTP ${status}).`,
        apiOpen: "GET /v2/ answered 200: a registry API that needs no authentication to be reached.",
        apiChallenge: (scheme: string, realm: string) =>
          `GET /v2/ answered 401 with a ${scheme} challenge${realm ? ` (realm ${realm})` : ""}: a registry that wants a login.`,
        apiDenied: "GET /v2/ answered 403 DENIED without naming a network rule: a permission refusal.",
        apiNoChallenge: "GET /v2/ answered 401 without a usable WWW-Authenticate challenge: not a registry API as clients expect it.",
        notARegistry: (status: number, html: boolean) =>
          `GET /v2/ answered HTTP ${status}${html ? " with an HTML page" : ""}: not a registry API (a registry answers 200 or 401 with a challenge).`,
        basicRefusal: "The registry asks for Basic credentials on every request",
        realmUnusable: (realm: string, problem: string) =>
          `The challenge's realm ${realm ? `"${realm}" is unusable${problem ? ` (${problem})` : ""}` : "is missing"}: clients cannot get a token.`,
        realmNotUrl: "Not tried: the realm is not a usable URL.",
        realmUnreachable: "Not tried: the token service could not be reached.",
        tokenIpDenied: (ip: string) =>
          `The token service refused your machine's address (403: client with IP ${ip} is not allowed access).`,
        tokenOk: (scope: string) => `The token service issued an anonymous token${scope ? ` for ${scope}` : ""}.`,
        tokenService: "The token service",
        tokenFailed: (status: number) => `The token service did not issue a token (HTTP ${status}).`,
        tokenRefusal: (status: number) => `The token service refused an anonymous token (HTTP ${status})`,
        refusedWithLogin: (refusal: string, key: string, file: string) =>
          `${refusal}; a login for ${key} is stored in ${file}, which this script does not test.`,
        refusedNoLogin: (refusal: string) => `${refusal}, and no login for this registry is stored on your machine.`,
        manifestNoAnswer: (error: string) => `Reading the manifest got no complete answer${error ? ` (${error})` : ""}.`,
        platformMissing: (repository: string, reference: string, platform: string, available: string) =>
          `${repository}:${reference} is a multi-platform index without ${platform} (it has ${available || "no platforms"}).`,
        manifestOk: (repository: string, reference: string, type: string) =>
          `${repository}:${reference} exists and can be read anonymously${type ? ` (${type})` : ""}.`,
        manifestFailed: (status: number) => `Reading the manifest answered HTTP ${status}.`,
        nameUnknown: (repository: string) => `The repository ${repository} does not exist (NAME_UNKNOWN).`,
        tagUnknown: (repository: string, reference: string, manifestUnknown: boolean) =>
          `${repository} has no ${reference} (${manifestUnknown ? "MANIFEST_UNKNOWN" : "404"}).`,
        manifestRefusal: (repository: string, reference: string, status: number, insufficient: boolean) =>
          `The registry refused an anonymous read of ${repository}:${reference} (${status}${insufficient ? " insufficient_scope" : ""})`,
        knownBlobHost: (host: string, status: number) => `${host}, where layers download from, answers your machine (HTTP ${status}).`,
        blobHostUnreachable: "Not tried: the blob host could not be reached.",
        dockerHubBlob: "Not read on Docker Hub: reading the manifest to find the blob would count as a pull.",
        noBlob: "Not tried: the config blob was not found in the manifest.",
        blobFromRegistry: (status: number) => `The config blob downloads from the registry itself (HTTP ${status}).`,
        blobDownload: "The blob download",
        blobFailed: (status: number) => `The blob download failed (HTTP ${status}).`,
        blobFromHost: (host: string, status: number) => `The config blob downloads from ${host} (HTTP ${status}).`,
        dataHostFailed: (host: string, status: number) =>
          `The data host ${host} did not serve the blob (${status ? `HTTP ${status}` : "no answer"}).`,
      },
      findings: {
        unresolved: (host: string) => `The system resolver gave no reason for not resolving ${host}; the resolver itself may have failed.`,
        privateNoRoute: (host: string, address: string) =>
          `${host} resolves to the private address ${address} on your machine, but nothing answers there: this machine has no route to the private endpoint (VPN, peering, route table, NSG or firewall).`,
        httpTimeout: (host: string) => `${host} accepted the connection but sent no complete answer within the limit.`,
        httpBroken: (host: string, error: string) => `${host} ended the connection without a complete answer${error ? ` (${error})` : ""}.`,
        rateLimited: (what: string) =>
          `${what}: 429 Too Many Requests (anonymous limits count per source address: this is your machine's).`,
        serverError: (what: string, status: number, code: string) => `${what}: HTTP ${status}${code ? ` ${code}` : ""}.`,
        keyTolerated: (key: string, expected: string, file: string) =>
          `The login in ${file} is stored under "${key}", not "${expected}". Docker and podman still find it; Kubernetes pull secrets, containerd and other tools do not.`,
        keyMismatch: (key: string, expected: string, file: string, differences: readonly string[]) =>
          `A login is stored in ${file} under "${key}", but the client looks for "${expected}" (${differences
            .map((d) =>
              d === "scheme"
                ? "a scheme"
                : d === "path"
                  ? "a path"
                  : d === "case"
                    ? "capital letters"
                    : d === "port-443"
                      ? "an explicit :443"
                      : "another Docker Hub name",
            )
            .join(", ")}), so it sends no credentials. Log in again with exactly ${expected}.`,
        credentialsRequired: (loginServer: string, refusal: string, storeOnly: boolean) =>
          `${refusal}, and no login for ${loginServer} is stored on your machine${storeOnly ? " (unless the credential store holds one the auth file does not list)" : ""}: log in first.`,
        ambiguousNotFound:
          "Registries refuse a repository that does not exist the same way as one you may not see; after logging in the difference shows.",
        html403: "An HTML 403 often comes from a proxy or web filter in front of the registry.",
        bare404: "A bare 404 may also mean the repository itself is missing.",
        cloudShell: "Azure Cloud Shell has no Docker daemon: docker pull and az acr login without --expose-token cannot work there.",
        daemonDown: (error: string) => `Docker is installed but its daemon is not running on this machine${error ? ` (${error})` : ""}.`,
        noDocker: "Neither docker nor podman is installed on this machine.",
        dockerTooOld: (version: string) =>
          `Docker ${version} is older than 18.03, the oldest client that works with ACR's token authentication.`,
        azTooOld: (version: string) => `az ${version} with DOCKER_COMMAND=podman: az acr login supports podman from 2.59.0 on.`,
        cloudMismatch: (cloud: string, acrSuffix: string, suffix: string) =>
          `az is set to ${cloud || "another cloud"}, whose registries end in ${acrSuffix}, but this registry ends in .${suffix}: run az cloud set for the registry's cloud.`,
        daemonNoProxy: (variable: string, url: string, directBlocked: boolean) =>
          `Your shell goes through ${url} (${variable}), but the Docker daemon has no proxy configured${directBlocked ? ", and without the proxy the registry cannot be reached" : ""}: docker pull does not use the shell's variables.`,
        zoneNotLinked: (host: string, address: string) =>
          `${host} goes through a privatelink name but resolves to the public address ${address} on your machine: the private DNS zone is not linked to this network (or this machine does not use its DNS), so the registry's public endpoint refuses it.`,
      },
      warnings: {
        privatelink: (host: string, privateAddress: boolean) =>
          `${host} resolves through a privatelink name: the registry has a private endpoint${privateAddress ? ", and your machine gets its private address" : ""}.`,
        privatelinkPublic: (host: string) =>
          `${host} has a private endpoint, but your machine resolves its public address; that works only while public access is allowed.`,
        certsD: (files: string) => `Docker trusts ${files} for this registry; this check used the system's trust store, as curl does.`,
        expiresSoon: (host: string, notAfter: string, days: number) => `${host}'s certificate expires within ${days} days (${notAfter}).`,
        loginUntested: (loginServer: string, file: string) =>
          `A login for ${loginServer} is stored in ${file}; the script never uses stored credentials, so whether it works is not tested.`,
        realmPlainHttp: (host: string) => `The token service ${host} is plain HTTP: credentials cross the network in clear text.`,
        rateLimitLow: (remaining: number, limit: number) => `Only ${remaining} of ${limit} pulls left for your machine's address.`,
        permissionDenied:
          "Your user may not talk to the Docker daemon (permission denied): with sudo docker, root's auth file is the one that counts.",
        directWorks: (variable: string) =>
          `The Docker daemon has no proxy, and the registry answers without the one in ${variable}: that is fine as long as the daemon's network is this machine's.`,
        caVariables: (names: string) => `Your shell sets ${names}; the Docker daemon does not read them, so this check left them out.`,
        caFile: "TLS was judged against the CA file given with --cacert, not the system's trust store.",
        notes: {
          "curl-missing": "curl is not installed on that machine, so nothing on the network could be checked.",
          "openssl-missing": "openssl is not installed on that machine, so certificate details were not read.",
          "no-dns-tool":
            "Neither dig nor nslookup is installed on that machine, so the name's CNAME chain (privatelink) could not be read.",
          "az-version-unknown": "az did not say its version (older than 2.11, or too slow to answer).",
        },
      },
    },
  },
} as const;

export const groupTitles: Record<CauseGroup, string> = {
  "client-tooling": "Client tooling",
  "name-dns": "Registry name and DNS",
  "network-firewall": "Network and firewall",
  "azure-network": "Azure virtual networks",
  "azure-services": "Azure services",
  tls: "TLS and certificates",
  proxy: "Proxy",
  credentials: "Credentials",
  permissions: "Permissions",
  "registry-api": "Registry API and content",
  "red-hat": "Red Hat registry",
};

export const clientTitles: Record<ClientId, string> = {
  docker: "Docker",
  podman: "Podman",
  containerd: "containerd / crictl",
  kubernetes: "Kubernetes",
  openshift: "OpenShift",
  az: "Azure CLI",
  helm: "Helm",
  powershell: "PowerShell",
  curl: "curl",
  skopeo: "skopeo",
  portal: "Azure portal",
  shell: "Shell",
};

export const registryKindTitles = { acr: "Azure Container Registry", redhat: "registry.redhat.io", any: "any OCI registry" } as const;

export const seedTitles = {
  "acr-auth-errors": "Troubleshoot Azure Container Registry authentication (ru)",
  "acr-login-troubleshoot": "Troubleshoot registry login (zh)",
  "acr-network-troubleshoot": "Troubleshoot network issues with the registry (pt)",
  "acr-authentication-options": "Authenticate with Azure Container Registry (zh)",
  "redhat-registry-auth": "Troubleshooting authentication with registry.redhat.io (ja)",
} as const;
