import { defineConfig, devices } from "@playwright/test";

// e2e tests drive Debian's Chromium against the production build (`next start`).
const port = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".test-output/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: `npx next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // The live-check specs probe registries the tests start on loopback.
    // Sessions go to a database of the test run's own, not the developer's .data folder.
    env: {
      PROBE_ALLOW_NETWORKS: "127.0.0.0/8",
      PROBE_RATE_LIMIT: "0",
      SESSION_RATE_LIMIT_CREATE: "0",
      DATA_DIR: ".test-output/e2e-data",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
