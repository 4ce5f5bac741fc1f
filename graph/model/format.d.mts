export declare const edgeId: (type: string, source: string, target: string) => string;
export declare function compact(props: Record<string, unknown>): Record<string, unknown>;
