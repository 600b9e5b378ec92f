"use strict";

const internals = {};

exports.keys = function (obj, options = {}) {
  return options.symbols !== false ? Reflect.ownKeys(obj) : Object.getOwnPropertyNames(obj); // Defaults to true
};
