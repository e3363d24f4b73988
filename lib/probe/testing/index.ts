// Test infrastructure, not product: one import for the live-check test fixtures.
// See README.md in this folder for what each fixture is and which Debian packages it needs.
export * from "./support";
export * from "./certs";
export * from "./registry";
export * from "./registry-client";
export * from "./token-server";
export * from "./images";
export * from "./listeners";
export * from "./redirect-front";
export * from "./dns-server";
export * from "./squid";
