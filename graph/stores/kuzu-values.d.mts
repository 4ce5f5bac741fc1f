import type { GraphEdge, GraphNode } from '../model/validate';
import type { Value } from './types';

export interface KuzuInternalId {
  offset: number | bigint;
  table: number | bigint;
}
export declare const internalKey: (id: KuzuInternalId) => string;
export declare function toNode(raw: Record<string, unknown>): GraphNode;
export declare function toEdge(raw: Record<string, unknown>, idOf: (key: string) => string | undefined): GraphEdge;
export declare function toValue(v: unknown, idOf: (key: string) => string | undefined): Value;
export declare function containsRelationship(v: unknown): boolean;
