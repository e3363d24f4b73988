// The `tcp` step's primitive: open a TCP connection to one ADDRESS (never a name: the address the
// guard approved is the one connected to, with no second lookup) within a deadline, and classify
// how it failed. Not here: choosing among addresses (connect.ts) or anything above TCP.
import "server-only";
import { connect, isIP, type Socket } from "node:net";
import { errorCode, errorMessage, ignoreErrors, since, type NetCauseId } from "./util";

export const TCP_OUTCOMES = ["connected", "refused", "timeout", "unreachable", "reset", "error"] as const;
export type TcpOutcome = (typeof TCP_OUTCOMES)[number];

export const TCP_CAUSES: Record<TcpOutcome, NetCauseId | null> = {
  connected: null,
  refused: "network-connection-refused",
  timeout: "network-timeout",
  // No route: from the check's network the address cannot be reached at all, which a firewall
  // dropping packets and a missing route both look like to a client ("host is not reachable").
  unreachable: "network-timeout",
  reset: "network-connection-refused",
  error: "network-timeout",
};

export interface TcpResult {
  outcome: TcpOutcome;
  address: string;
  port: number;
  family?: 4 | 6;
  /** Our end of the connection, when connected. */
  localAddress?: string;
  localPort?: number;
  ms: number;
  code?: string;
  message?: string;
  /** The open socket, only when `outcome` is `connected`. The caller owns it and must destroy it. */
  socket?: Socket;
}

export interface TcpOptions {
  timeoutMs: number;
}

export function classifyTcpError(code: string | undefined): TcpOutcome {
  switch (code) {
    case "ECONNREFUSED":
      return "refused";
    case "ETIMEDOUT":
      return "timeout";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EHOSTDOWN":
    case "ENETDOWN":
    case "EADDRNOTAVAIL":
    case "EAFNOSUPPORT":
      return "unreachable";
    case "ECONNRESET":
    case "EPIPE":
      return "reset";
    default:
      return "error";
  }
}

/** Connects to `address:port`. Resolves with a result; never rejects for a network outcome. */
export function connectTcp(address: string, port: number, options: TcpOptions): Promise<TcpResult> {
  const start = performance.now();
  const family = isIP(address);
  if (family !== 4 && family !== 6) {
    return Promise.resolve({
      outcome: "error",
      address,
      port,
      ms: since(start),
      code: "ERR_NOT_AN_ADDRESS",
      message: `${address} is not an IP address; connectTcp takes the address the guard approved, never a name`,
    });
  }
  return new Promise((resolve) => {
    let settled = false;
    const socket = connect({ host: address, port, family, noDelay: true, autoSelectFamily: false });
    const finish = (result: Omit<TcpResult, "address" | "port" | "family" | "ms">): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      if (result.outcome !== "connected") socket.destroy();
      resolve({ address, port, family, ms: since(start), ...result });
    };
    const onConnect = (): void => {
      finish({ outcome: "connected", localAddress: socket.localAddress, localPort: socket.localPort, socket });
    };
    const onError = (error: Error): void => {
      const code = errorCode(error);
      finish({ outcome: classifyTcpError(code), code, message: errorMessage(error) });
    };
    const timer = setTimeout(() => {
      finish({ outcome: "timeout", code: "ETIMEDOUT", message: `no answer to the connection within ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    // A late error after we settled (e.g. the destroy above) must not crash the process; the
    // caller adds its own listeners to a connected socket.
    ignoreErrors(socket);
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}
