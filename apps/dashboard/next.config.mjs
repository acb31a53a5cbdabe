/** @type {import('next').NextConfig} */
const nextConfig = {
  // @destseg/schema ships TypeScript sources, not built JavaScript.
  transpilePackages: ['@destseg/schema'],
  // The browser tests and `pnpm start` run the production server; no telemetry, no image optimizer needed.
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
