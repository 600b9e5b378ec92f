export declare function getUnrar(options?: {
  wasmBinary?: ArrayBuffer;
}): Promise<any>;
