// Test infrastructure, not product: a throw-away PKI for the live-check tests, made with the
// `openssl` CLI in a temp dir. One root CA (pass `caFile` as PROBE_CA_FILE), an intermediate,
// and one leaf per TLS failure the check must name (valid, expired, expiring soon, wrong name,
// incomplete chain, self-signed), plus an RSA certificate for signing registry tokens.
// Not for: anything outside tests — keys are unencrypted and the temp dir is deleted on stop().
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, requireKnownBinary, runCommand, type Stoppable } from "./support";

/** Names every "valid" leaf covers, besides any passed to createTestPki. */
export const DEFAULT_TEST_NAMES = ["localhost", "registry.test", "*.registry.test"] as const;
/** Addresses every "valid" leaf covers as IP SANs. */
export const DEFAULT_TEST_IPS = ["127.0.0.1", "::1"] as const;
/** The only name on the wrong-name leaf. */
export const WRONG_NAME = "wrong-name.test";

export interface CertFiles {
  /** PEM certificate(s) as served: the leaf, then any intermediates. */
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
}

export interface TestPki extends Stoppable {
  dir: string;
  /** Root CA certificate (PEM file) — the bundle to pass as PROBE_CA_FILE. */
  caFile: string;
  caCert: string;
  /** Intermediate CA (signed by the root); only the chained leaves are signed by it. */
  intermediateFile: string;
  intermediateCert: string;
  /** Root-signed, valid now, for every DEFAULT_TEST_NAMES/DEFAULT_TEST_IPS name and `extraNames`. */
  valid: CertFiles;
  /** Root-signed, same names, validity ended yesterday. */
  expired: CertFiles;
  /** Root-signed, same names, valid for three more days (a "renew soon" warning, not a failure). */
  expiringSoon: CertFiles;
  /** Root-signed, valid, but only for WRONG_NAME (no IP SAN). */
  wrongName: CertFiles;
  /** Signed by the intermediate; served WITHOUT the intermediate → incomplete chain. */
  chainLeafOnly: CertFiles;
  /** Signed by the intermediate; served with it → trusted by the root alone. */
  chainFull: CertFiles;
  /** Self-signed, same names as `valid`; no CA trusts it. */
  selfSigned: CertFiles;
  /** RSA-2048 certificate signed by the root, for RS256 registry tokens (x5c + rootcertbundle = caFile). */
  tokenSigning: CertFiles;
  /** DNS names on the valid leaves. */
  names: string[];
}

export interface PkiOptions {
  /** Extra DNS names for the valid/expired/expiring/chained/self-signed leaves. */
  extraNames?: readonly string[];
}

const DAY = 86_400_000;

/** YYYYMMDDHHMMSSZ, the form `openssl ca -startdate/-enddate` takes. */
function asn1Time(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:T]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

function configText(dir: string, sanLines: string, wrongName: string): string {
  return `
[ca]
default_ca = testca

[testca]
dir = ${dir}/ca-db
database = ${dir}/ca-db/index.txt
new_certs_dir = ${dir}/ca-db/new
serial = ${dir}/ca-db/serial
default_md = sha256
policy = policy_any
copy_extensions = none
unique_subject = no
email_in_dn = no
default_days = 825

[policy_any]
commonName = supplied
organizationName = optional

[req]
distinguished_name = req_dn
prompt = no
[req_dn]
CN = unused

[ext_root]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[ext_intermediate]
basicConstraints = critical,CA:true,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ext_leaf]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = @san_valid

[ext_self]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = @san_valid

[ext_wrong]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:${wrongName}

[ext_token]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[san_valid]
${sanLines}
`;
}

/** Creates the whole PKI (about a second, mostly the RSA key). Call stop() to delete it. */
export async function createTestPki(options: PkiOptions = {}): Promise<TestPki> {
  const openssl = requireKnownBinary("/usr/bin/openssl");
  const temp = makeTempDir("pki");
  const dir = temp.dir;
  try {
    mkdirSync(join(dir, "ca-db", "new"), { recursive: true });
    writeFileSync(join(dir, "ca-db", "index.txt"), "");
    writeFileSync(join(dir, "ca-db", "index.txt.attr"), "unique_subject = no\n");
    writeFileSync(join(dir, "ca-db", "serial"), "1000\n");

    const names = [...new Set([...DEFAULT_TEST_NAMES, ...(options.extraNames ?? [])])];
    const sanLines = [...names.map((name, i) => `DNS.${i + 1} = ${name}`), ...DEFAULT_TEST_IPS.map((ip, i) => `IP.${i + 1} = ${ip}`)].join(
      "\n",
    );
    const cnf = join(dir, "openssl.cnf");
    writeFileSync(cnf, configText(dir, sanLines, WRONG_NAME));
    const path = (name: string) => join(dir, name);
    const run = (args: string[]) => runCommand(openssl, args, { cwd: dir });

    const ecKey = (file: string) => run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path(file)]);
    await Promise.all([
      ecKey("root.key"),
      ecKey("intermediate.key"),
      ecKey("leaf.key"),
      ecKey("self.key"),
      run(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", path("token.key")]),
    ]);

    // Root: self-signed, ten years.
    await run([
      "req",
      "-new",
      "-x509",
      "-config",
      cnf,
      "-extensions",
      "ext_root",
      "-key",
      path("root.key"),
      "-subj",
      "/O=Registry Doctor tests/CN=Registry Doctor Test Root CA",
      "-days",
      "3650",
      "-out",
      path("root.pem"),
    ]);

    const now = Date.now();
    // `openssl ca` keeps a serial file and an index: sign one certificate at a time.
    const sign = async (
      out: string,
      {
        key,
        subject,
        ext,
        issuer,
        start,
        end,
      }: { key: string; subject: string; ext: string; issuer: "root" | "intermediate"; start: number; end: number },
    ) => {
      const csr = path(`${out}.csr`);
      await run(["req", "-new", "-config", cnf, "-key", path(key), "-subj", subject, "-out", csr]);
      await run([
        "ca",
        "-batch",
        "-notext",
        "-config",
        cnf,
        "-extensions",
        ext,
        "-cert",
        path(`${issuer}.pem`),
        "-keyfile",
        path(`${issuer}.key`),
        "-startdate",
        asn1Time(new Date(start)),
        "-enddate",
        asn1Time(new Date(end)),
        "-in",
        csr,
        "-out",
        path(`${out}.pem`),
      ]);
    };
    const normal = { start: now - DAY, end: now + 365 * DAY };
    await sign("intermediate", {
      key: "intermediate.key",
      subject: "/O=Registry Doctor tests/CN=Registry Doctor Test Intermediate CA",
      ext: "ext_intermediate",
      issuer: "root",
      start: now - DAY,
      end: now + 3650 * DAY,
    });
    await sign("valid", { key: "leaf.key", subject: "/CN=registry.test", ext: "ext_leaf", issuer: "root", ...normal });
    await sign("expired", {
      key: "leaf.key",
      subject: "/CN=registry.test",
      ext: "ext_leaf",
      issuer: "root",
      start: now - 60 * DAY,
      end: now - DAY,
    });
    await sign("expiring", {
      key: "leaf.key",
      subject: "/CN=registry.test",
      ext: "ext_leaf",
      issuer: "root",
      start: now - 30 * DAY,
      end: now + 3 * DAY,
    });
    await sign("wrong", { key: "leaf.key", subject: `/CN=${WRONG_NAME}`, ext: "ext_wrong", issuer: "root", ...normal });
    await sign("chained", { key: "leaf.key", subject: "/CN=registry.test", ext: "ext_leaf", issuer: "intermediate", ...normal });
    await sign("token", {
      key: "token.key",
      subject: "/CN=Registry Doctor Test Token Signer",
      ext: "ext_token",
      issuer: "root",
      ...normal,
    });
    await run([
      "req",
      "-new",
      "-x509",
      "-config",
      cnf,
      "-extensions",
      "ext_self",
      "-key",
      path("self.key"),
      "-subj",
      "/CN=registry.test",
      "-days",
      "365",
      "-out",
      path("self.pem"),
    ]);

    const read = (file: string) => readFileSync(path(file), "utf8");
    writeFileSync(path("chained-full.pem"), read("chained.pem") + read("intermediate.pem"));
    const files = (certFile: string, keyFile: string): CertFiles => ({
      certFile: path(certFile),
      keyFile: path(keyFile),
      cert: read(certFile),
      key: read(keyFile),
    });

    return {
      dir,
      caFile: path("root.pem"),
      caCert: read("root.pem"),
      intermediateFile: path("intermediate.pem"),
      intermediateCert: read("intermediate.pem"),
      valid: files("valid.pem", "leaf.key"),
      expired: files("expired.pem", "leaf.key"),
      expiringSoon: files("expiring.pem", "leaf.key"),
      wrongName: files("wrong.pem", "leaf.key"),
      chainLeafOnly: files("chained.pem", "leaf.key"),
      chainFull: files("chained-full.pem", "leaf.key"),
      selfSigned: files("self.pem", "self.key"),
      tokenSigning: files("token.pem", "token.key"),
      names,
      stop: async () => temp.remove(),
    };
  } catch (error) {
    temp.remove();
    throw error;
  }
}
