// Types of not-bundled.mjs, for the tests that import it.
export declare const SUBSTITUTE_FILE: string
export declare const ProxyAgent: (...args: unknown[]) => never
export declare const exec: (...args: unknown[]) => never
export declare const getExecOutput: (...args: unknown[]) => never
