// The domain model: the single source of truth for types, DDL, constraints and
// validation. May import zod only.
export * from './nodes';
export * from './relationships';
export * from './props';
export * from './validate';
export * from './ddl';
