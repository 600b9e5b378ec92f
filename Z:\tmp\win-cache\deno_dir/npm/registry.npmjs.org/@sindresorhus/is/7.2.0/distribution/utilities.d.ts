export declare function keysOf<T extends Record<PropertyKey, unknown>>(value: T): Array<keyof T>;
