declare namespace ieee754 {
  export function read(
    buffer: Uint8Array,
    offset: number,
    isLE: boolean,
    mLen: number,
    nBytes: number,
  ): number;
  export function write(
    buffer: Uint8Array,
    value: number,
    offset: number,
    isLE: boolean,
    mLen: number,
    nBytes: number,
  ): void;
}

export = ieee754;
