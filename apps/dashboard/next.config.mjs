/** @type {import('next').NextConfig} */
const nextConfig = {
  // @destseg/schema and @destseg/core (its browser-safe `recipes` subpath) ship TypeScript sources, not
  // built JavaScript.
  transpilePackages: ['@destseg/schema', '@destseg/core'],
  // The browser tests and `pnpm start` run the production server; no telemetry, no image optimizer needed.
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
