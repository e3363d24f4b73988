import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The app never needs to tell the world what it runs on.
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
