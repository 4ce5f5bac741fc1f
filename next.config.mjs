/** @type {import('next').NextConfig} */
const nextConfig = {
  // LadybugDB is a native module and must stay out of the server bundle; the Neo4j
  // driver is loaded from node_modules as published too.
  serverExternalPackages: ['@ladybugdb/core', 'neo4j-driver', '@neo4j-cypher/language-support'],
  reactStrictMode: true,
  // The app's build type-checks the app; tests are type-checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  poweredByHeader: false,
};

export default nextConfig;
