"use strict";

const internals = {};

module.exports = internals.Bench = class {
  constructor() {
    this.ts = 0;
    this.reset();
  }

  reset() {
    this.ts = internals.Bench.now();
  }

  elapsed() {
    return internals.Bench.now() - this.ts;
  }

  static now() {
    const ts = process.hrtime();
    return (ts[0] * 1e3) + (ts[1] / 1e6);
  }
};
