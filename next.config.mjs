/** @type {import('next').NextConfig} */
const nextConfig = {
  // Kuzu is a native module and must stay out of the server bundle.
  serverExternalPackages: ['kuzu'],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
