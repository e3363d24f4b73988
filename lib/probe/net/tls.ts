// The `tls` step's primitive: a TLS handshake over an already open socket (direct, or a proxy
// tunnel), with SNI, collecting the peer's chain and deciding trust and name ourselves so every
// failure is named rather than thrown. Verification is never switched off silently: the handshake
// runs with rejectUnauthorized: false only so the certificate can be inspected, and the outcome is
// `ok` only when the chain is trusted, the dates are valid and the name matches.
// Not here: which address or proxy is used (connect.ts), HTTP (http.ts).
import "server-only";
import { createHash, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { isIP, type Socket } from "node:net";
import {
  checkServerIdentity,
  connect,
  createSecureContext,
  rootCertificates,
  type DetailedPeerCertificate,
  type SecureContext,
  type TLSSocket,
} from "node:tls";
import { errorCode, errorMessage, ignoreErrors, since, type NetCauseId } from "./util";

export const TLS_OUTCOMES = [
  "ok",
  "untrusted",
  "incomplete-chain",
  "hostname-mismatch",
  "expired",
  "not-yet-valid",
  "plain-http",
  "handshake-failed",
  "timeout",
] as const;
export type TlsOutcome = (typeof TLS_OUTCOMES)[number];

export const TLS_CAUSES: Record<TlsOutcome, NetCauseId | null> = {
  ok: null,
  untrusted: "tls-untrusted-certificate",
  "incomplete-chain": "tls-incomplete-chain",
  "hostname-mismatch": "tls-hostname-mismatch",
  expired: "tls-certificate-expired",
  "not-yet-valid": "tls-certificate-expired",
  "plain-http": "tls-handshake-failed",
  "handshake-failed": "tls-handshake-failed",
  // Go prints "net/http: TLS handshake timeout": a firewall or appliance stalling the handshake.
  timeout: "network-timeout",
};

/** A certificate expiring within this many days is reported (`expiresSoon`), not failed. */
export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

export interface CertSummary {
  /** Distinguished name on one line, e.g. `C=US, O=Example, CN=registry.example.com`. */
  subject: string;
  subjectCN?: string;
  /** Subject alternative names as `DNS:name` / `IP Address:addr`. */
  sans: string[];
  issuer: string;
  issuerCN?: string;
  /** ISO 8601. */
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  serialNumber: string;
  isCA: boolean;
  selfSigned: boolean;
  /** This certificate is one of the trust anchors used (so the server may not have sent it). */
  inTrustStore: boolean;
  /** The leaf's "CA Issuers" URLs (Authority Information Access), where the missing issuer can be fetched. */
  caIssuers?: string[];
}

export interface TlsResult {
  outcome: TlsOutcome;
  /** Every problem seen, in order of precedence; `outcome` is the first (or `ok`). */
  problems: TlsOutcome[];
  /** The name checked and sent as SNI (SNI is omitted for an IP literal). */
  servername: string;
  ms: number;
  protocol?: string;
  cipher?: string;
  alpn?: string;
  /** OpenSSL's chain verdict, before our own date and name checks. */
  chainTrusted: boolean;
  /** OpenSSL's verify code, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE, DEPTH_ZERO_SELF_SIGNED_CERT. */
  authorizationError?: string;
  /** Node's checkServerIdentity message, e.g. "Hostname/IP does not match certificate's altnames: …". */
  hostnameError?: string;
  /** Leaf first, then each issuer as Node resolves them (from the certificates sent, then the trust store). */
  chain: CertSummary[];
  /** Certificates in `chain` that are not trust anchors: close to what the server sent. */
  sentLength: number;
  /** The trust anchor the chain ended in, and whether it came from the system roots or the extra CA file. */
  anchor?: { subject: string; fingerprint256: string; source: "system" | "extra-ca" };
  /** The extra CA (PROBE_CA_FILE) was what made the chain trusted. */
  usedExtraCa: boolean;
  expiresSoon: boolean;
  /** Whole days until the leaf expires (negative once expired). */
  daysLeft?: number;
  code?: string;
  message?: string;
  /** The secure socket, only when `outcome` is `ok`. The caller owns it. */
  socket?: TLSSocket;
}

export interface TlsOptions {
  /** The host name the client asked for: sent as SNI and matched against the certificate. */
  servername: string;
  timeoutMs: number;
  /** Extra PEM to trust in addition to the system roots (PROBE_CA_FILE's contents). */
  extraCaPem?: string;
  /** Replaces the whole trust store (system roots included) when given. */
  ca?: string | readonly string[];
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Splits a PEM bundle into its certificates (anything else in the file is ignored). */
export function splitPem(pem: string): string[] {
  return pem.match(PEM_CERT) ?? [];
}

let systemRootsOnce: string[] | undefined;

/**
 * The server's own trust store, as Node's default TLS context holds it: the bundled Mozilla roots
 * plus NODE_EXTRA_CA_CERTS when the operator set it (Node reads that file once, at start).
 */
export function systemRoots(): readonly string[] {
  if (systemRootsOnce === undefined) {
    let extra: string[] = [];
    const file = process.env.NODE_EXTRA_CA_CERTS;
    try {
      if (file) extra = splitPem(readFileSync(file, "utf8"));
    } catch {
      // Node warns about an unreadable file at start and goes on without it; so do we.
    }
    systemRootsOnce = [...rootCertificates, ...extra];
  }
  return systemRootsOnce;
}

/** System roots plus the extra PEM: the trust store the probe uses. */
export function trustStore(extraCaPem?: string): string[] {
  return extraCaPem === undefined ? [...systemRoots()] : [...systemRoots(), ...splitPem(extraCaPem)];
}

// A trust store as a handshake needs it: the PEMs, their fingerprints (which certificates of a
// chain are anchors) and the TLS context. Building the context from the ~150 system roots given as
// PEM costs ~25 ms of CPU, and the fingerprints a few more: each store is built once per process
// and reused by every connection. The context holds only the trust store — SNI, ALPN and the
// verdict stay per connection — and a Node client never resumes a session it is not handed
// explicitly, so each handshake is still a full one.
interface Trust {
  store: readonly string[];
  fingerprints: ReadonlySet<string>;
  context: SecureContext;
}
const trustCache = new Map<string, Trust>();
const TRUST_CACHE_LIMIT = 16;

/** Node's default trust store is `systemRoots()` unless Node was told to use OpenSSL's own. */
function defaultStoreIsSystemRoots(): boolean {
  const flags = `${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`;
  return !flags.includes("--use-openssl-ca");
}

type ContextWithCaCerts = SecureContext & { context?: { addCACert?: (pem: string) => void } };

/**
 * The system roots plus PROBE_CA_FILE's certificates. Node's default context already holds the
 * roots, parsed natively once per process (~1 ms instead of ~25 ms, which is a CLI run's largest
 * start-up cost); the extra CA is added to this context's own copy of the store (Node's
 * `addCACert`, which `ca:` uses under the hood). Where that is not available, the PEM way.
 */
function systemContext(extraCaPem: string | undefined, store: readonly string[]): SecureContext {
  if (defaultStoreIsSystemRoots()) {
    const context: ContextWithCaCerts = createSecureContext();
    const addCACert = context.context?.addCACert;
    if (typeof addCACert === "function") {
      for (const pem of splitPem(extraCaPem ?? "")) addCACert.call(context.context, pem);
      return context;
    }
  }
  return createSecureContext({ ca: [...store] });
}

function trustFor(options: Pick<TlsOptions, "ca" | "extraCaPem">): Trust {
  const key =
    options.ca === undefined
      ? `system\n${options.extraCaPem ?? ""}`
      : `only\n${typeof options.ca === "string" ? options.ca : options.ca.join("\n")}`;
  let trust = trustCache.get(key);
  if (trust === undefined) {
    const store =
      options.ca === undefined ? trustStore(options.extraCaPem) : typeof options.ca === "string" ? splitPem(options.ca) : [...options.ca];
    trust = {
      store,
      fingerprints: new Set(store.map(pemFingerprint).filter((f): f is string => f !== null)),
      context: options.ca === undefined ? systemContext(options.extraCaPem, store) : createSecureContext({ ca: [...store] }),
    };
    if (trustCache.size >= TRUST_CACHE_LIMIT) {
      const oldest = trustCache.keys().next().value;
      if (oldest !== undefined) trustCache.delete(oldest);
    }
    trustCache.set(key, trust);
  }
  return trust;
}

interface AnchorInfo {
  fingerprint256: string;
  subject: string;
  organisation?: string;
}

const anchorCache = new Map<string, AnchorInfo | null>();

function anchorInfo(pem: string): AnchorInfo | null {
  let info = anchorCache.get(pem);
  if (info === undefined) {
    try {
      const cert = new X509Certificate(pem);
      info = { fingerprint256: cert.fingerprint256, subject: cert.subject, organisation: dnField(cert.subject, "O") };
    } catch {
      info = null;
    }
    anchorCache.set(pem, info);
  }
  return info;
}

const PEM_BODY = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/;
const fingerprintCache = new Map<string, string | null>();

/**
 * A trust anchor's fingerprint256 (SHA-256 of its DER, as `AA:BB:…`) without parsing the
 * certificate: parsing the ~150 system roots costs ~30 ms, paid by every CLI run's first handshake.
 */
function pemFingerprint(pem: string): string | null {
  let fingerprint = fingerprintCache.get(pem);
  if (fingerprint === undefined) {
    const body = PEM_BODY.exec(pem)?.[1];
    fingerprint =
      body === undefined
        ? null
        : createHash("sha256")
            .update(Buffer.from(body.replace(/\s+/g, ""), "base64"))
            .digest("hex")
            .toUpperCase()
            .replace(/(..)(?!$)/g, "$1:");
    fingerprintCache.set(pem, fingerprint);
  }
  return fingerprint;
}

let systemFingerprints: Set<string> | undefined;
function isSystemRoot(fingerprint256: string): boolean {
  systemFingerprints ??= new Set(
    systemRoots()
      .map(pemFingerprint)
      .filter((f): f is string => f !== null),
  );
  return systemFingerprints.has(fingerprint256);
}

/** One field of an X509Certificate DN string ("C=US\nO=Example\nCN=name"). */
function dnField(dn: string, field: string): string | undefined {
  const line = dn.split("\n").find((l) => l.startsWith(`${field}=`));
  return line?.slice(field.length + 1);
}

function oneLineDn(dn: string): string {
  return dn.split("\n").join(", ");
}

function isoDate(text: string): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

// What a certificate says depends on its bytes only: parsed once per certificate (by its SHA-256
// fingerprint), not on each of a check's connections (~0.6 ms each). Trust-store membership is not
// cached: it depends on the store.
const summaryCache = new Map<string, Omit<CertSummary, "inTrustStore">>();
const SUMMARY_CACHE_LIMIT = 256;

function parseSummary(raw: Buffer): Omit<CertSummary, "inTrustStore"> | undefined {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(raw);
  } catch {
    return undefined;
  }
  const caIssuers = cert.infoAccess
    ?.split("\n")
    .filter((line) => line.startsWith("CA Issuers - URI:"))
    .map((line) => line.slice("CA Issuers - URI:".length));
  return {
    subject: oneLineDn(cert.subject),
    subjectCN: dnField(cert.subject, "CN"),
    sans: cert.subjectAltName ? cert.subjectAltName.split(", ") : [],
    issuer: oneLineDn(cert.issuer),
    issuerCN: dnField(cert.issuer, "CN"),
    validFrom: isoDate(cert.validFrom),
    validTo: isoDate(cert.validTo),
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    isCA: cert.ca,
    // checkIssued() would also demand keyCertSign, which a self-signed leaf usually lacks.
    selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
    ...(caIssuers && caIssuers.length > 0 ? { caIssuers } : {}),
  };
}

function summarise(peer: DetailedPeerCertificate, anchors: ReadonlySet<string>): CertSummary | undefined {
  if (!peer.raw) return undefined;
  const key = peer.fingerprint256;
  let parsed = key ? summaryCache.get(key) : undefined;
  if (parsed === undefined) {
    parsed = parseSummary(peer.raw);
    if (parsed === undefined) return undefined;
    // Keyed by what the parsed bytes say, never by a field that could disagree with them.
    if (key && parsed.fingerprint256 === key) {
      if (summaryCache.size >= SUMMARY_CACHE_LIMIT) {
        const oldest = summaryCache.keys().next().value;
        if (oldest !== undefined) summaryCache.delete(oldest);
      }
      summaryCache.set(key, parsed);
    }
  }
  const { caIssuers, ...fields } = parsed;
  return {
    ...fields,
    sans: [...fields.sans],
    inTrustStore: anchors.has(fields.fingerprint256),
    ...(caIssuers ? { caIssuers: [...caIssuers] } : {}),
  };
}

/** The peer chain as Node reports it: the leaf, then issuers until a self-signed one (which points at itself). */
function peerChain(leaf: DetailedPeerCertificate): DetailedPeerCertificate[] {
  const chain: DetailedPeerCertificate[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = leaf;
  while (current?.raw && !seen.has(current.fingerprint256) && chain.length < 16) {
    chain.push(current);
    seen.add(current.fingerprint256);
    current = current.issuerCertificate;
  }
  return chain;
}

const DATE_ERRORS: Record<string, TlsOutcome> = {
  CERT_HAS_EXPIRED: "expired",
  CERT_NOT_YET_VALID: "not-yet-valid",
};

const MISSING_ISSUER_ERRORS = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
]);

/**
 * Missing intermediate or unknown CA? OpenSSL reports both as "issuer not found"
 * (UNABLE_TO_VERIFY_LEAF_SIGNATURE when only the leaf was available, UNABLE_TO_GET_ISSUER_CERT_LOCALLY
 * when a partial chain was), and Node does not show what the server sent beyond the chain it built.
 * We look at the top certificate of what we got (the one whose issuer is missing) and call it an
 * incomplete chain when its issuer plausibly belongs to a CA we do trust:
 *   - it names its issuer's download location (Authority Information Access "CA Issuers"): public
 *     CAs always do, which is why browsers (which fetch it) work and docker/Go (which do not) fail;
 *   - or its issuer's organisation (O=) is the organisation of a trust anchor (an intermediate of a
 *     root we hold, e.g. "DigiCert Inc", or of the CA in PROBE_CA_FILE).
 * Otherwise the issuer is simply unknown: a private CA, a self-made chain, a TLS-inspecting proxy,
 * all `untrusted`. If the issuer's exact DN is itself a trust anchor, the issuer is not missing at
 * all (the signature did not verify), so that is `untrusted` too. A heuristic: a private CA that
 * copies a public CA's organisation name, or a public leaf without AIA, can fool it.
 */
function missingIssuerKind(top: CertSummary | undefined, store: readonly string[]): "incomplete-chain" | "untrusted" {
  if (top === undefined) return "untrusted";
  const anchors = store.map(anchorInfo).filter((a): a is AnchorInfo => a !== null);
  const issuerDn = top.issuer.split(", ").join("\n");
  if (anchors.some((a) => a.subject === issuerDn)) return "untrusted";
  if (top.caIssuers && top.caIssuers.length > 0) return "incomplete-chain";
  const issuerOrg = dnField(issuerDn, "O");
  if (issuerOrg !== undefined && anchors.some((a) => a.organisation === issuerOrg)) return "incomplete-chain";
  return "untrusted";
}

const PLAIN_HTTP_CODES = new Set(["ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);

/** An error during the handshake (before any certificate was seen). */
export function classifyHandshakeError(code: string | undefined, message: string): TlsOutcome {
  // A plaintext server answers a ClientHello with "HTTP/1.1 400 …"; OpenSSL reads "HT" as a record
  // type and "TP" as a version, and says so. curl prints the same "wrong version number".
  if (code !== undefined && PLAIN_HTTP_CODES.has(code)) return "plain-http";
  if (/wrong version number|packet length too long|http request/i.test(message)) return "plain-http";
  return "handshake-failed";
}

interface Evaluated {
  outcome: TlsOutcome;
  problems: TlsOutcome[];
  hostnameError?: string;
  chain: CertSummary[];
  sentLength: number;
  anchor?: TlsResult["anchor"];
  usedExtraCa: boolean;
  expiresSoon: boolean;
  daysLeft?: number;
}

function evaluate(tlsSocket: TLSSocket, servername: string, { store, fingerprints }: Trust): Evaluated {
  const peer = tlsSocket.getPeerCertificate(true);
  const chain = peerChain(peer)
    .map((cert) => summarise(cert, fingerprints))
    .filter((c): c is CertSummary => c !== undefined);
  const leaf = chain[0];
  const problems: TlsOutcome[] = [];
  if (leaf === undefined) {
    return { outcome: "handshake-failed", problems: ["handshake-failed"], chain, sentLength: 0, usedExtraCa: false, expiresSoon: false };
  }

  // Go's order (crypto/x509 Verify): the leaf's dates, then the name, then the chain.
  const now = Date.now();
  const notBefore = Date.parse(leaf.validFrom);
  const notAfter = Date.parse(leaf.validTo);
  if (now < notBefore) problems.push("not-yet-valid");
  if (now > notAfter) problems.push("expired");

  const identityError = checkServerIdentity(servername, peer);
  if (identityError) problems.push("hostname-mismatch");

  const verifyCode = tlsSocket.authorized ? undefined : String(tlsSocket.authorizationError ?? "UNKNOWN");
  if (verifyCode !== undefined) {
    const dateProblem = DATE_ERRORS[verifyCode];
    const chainProblem =
      dateProblem ??
      (MISSING_ISSUER_ERRORS.has(verifyCode) ? missingIssuerKind(chain.filter((c) => !c.inTrustStore).at(-1), store) : "untrusted");
    if (!problems.includes(chainProblem)) problems.push(chainProblem);
  }

  const top = chain.at(-1);
  const anchor =
    tlsSocket.authorized && top?.inTrustStore
      ? {
          subject: top.subject,
          fingerprint256: top.fingerprint256,
          source: isSystemRoot(top.fingerprint256) ? ("system" as const) : ("extra-ca" as const),
        }
      : undefined;
  const daysLeft = Number.isNaN(notAfter) ? undefined : Math.floor((notAfter - now) / DAY_MS);
  return {
    outcome: problems[0] ?? "ok",
    problems,
    ...(identityError ? { hostnameError: identityError.message } : {}),
    chain,
    sentLength: chain.filter((c) => !c.inTrustStore).length,
    ...(anchor ? { anchor } : {}),
    usedExtraCa: anchor?.source === "extra-ca",
    expiresSoon: now <= notAfter && notAfter - now < EXPIRY_WARNING_DAYS * DAY_MS,
    ...(daysLeft === undefined ? {} : { daysLeft }),
  };
}

/**
 * Runs a TLS handshake over `socket` (already connected: directly or through a proxy tunnel).
 * Resolves with a result; never rejects for a network or certificate outcome. On any outcome but
 * `ok` the socket is destroyed.
 */
export function startTls(socket: Socket, options: TlsOptions): Promise<TlsResult> {
  const start = performance.now();
  const servername = options.servername.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  const trust = trustFor(options);
  const base = { servername, chainTrusted: false, chain: [] as CertSummary[], sentLength: 0, usedExtraCa: false, expiresSoon: false };

  return new Promise((resolve) => {
    let settled = false;
    const tlsSocket = connect({
      socket,
      // SNI carries names only (RFC 6066); for an IP literal the certificate's IP SANs are checked.
      ...(isIP(servername) ? {} : { servername }),
      secureContext: trust.context,
      // Inspect first, decide below: every failure is named from the evidence, none is ignored.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      ALPNProtocols: ["http/1.1"],
    });
    ignoreErrors(tlsSocket);
    const finish = (result: TlsResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tlsSocket.removeListener("secureConnect", onSecure);
      tlsSocket.removeListener("error", onError);
      tlsSocket.removeListener("close", onClose);
      if (result.outcome !== "ok") {
        tlsSocket.destroy();
        socket.destroy();
      }
      resolve(result);
    };
    const onSecure = (): void => {
      const evaluated = evaluate(tlsSocket, servername, trust);
      const cipher = tlsSocket.getCipher();
      const alpn = tlsSocket.alpnProtocol;
      finish({
        ...base,
        ...evaluated,
        ms: since(start),
        protocol: tlsSocket.getProtocol() ?? undefined,
        cipher: cipher?.standardName ?? cipher?.name,
        ...(typeof alpn === "string" ? { alpn } : {}),
        chainTrusted: tlsSocket.authorized,
        ...(tlsSocket.authorized ? {} : { authorizationError: String(tlsSocket.authorizationError) }),
        ...(evaluated.outcome === "ok" ? { socket: tlsSocket } : {}),
      });
    };
    const onError = (error: Error): void => {
      const code = errorCode(error);
      const message = errorMessage(error);
      const outcome = classifyHandshakeError(code, message);
      finish({ ...base, outcome, problems: [outcome], ms: since(start), code, message });
    };
    const onClose = (): void => {
      finish({
        ...base,
        outcome: "handshake-failed",
        problems: ["handshake-failed"],
        ms: since(start),
        code: "ECONNRESET",
        message: "the server closed the connection during the TLS handshake",
      });
    };
    const timer = setTimeout(() => {
      finish({
        ...base,
        outcome: "timeout",
        problems: ["timeout"],
        ms: since(start),
        code: "ETIMEDOUT",
        message: `TLS handshake did not complete within ${options.timeoutMs} ms`,
      });
    }, options.timeoutMs);
    tlsSocket.once("secureConnect", onSecure);
    tlsSocket.once("error", onError);
    tlsSocket.once("close", onClose);
  });
}
