// @neo4j-cypher/react-codemirror and @neo4j-cypher/codemirror ship their
// types under src/, but their package.json "exports" name no "types"
// condition, so TypeScript's bundler resolution does not find them. This
// points the package names at those declarations.
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
