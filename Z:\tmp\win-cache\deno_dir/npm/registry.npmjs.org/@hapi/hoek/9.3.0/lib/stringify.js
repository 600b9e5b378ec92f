"use strict";

const internals = {};

module.exports = function (...args) {
  try {
    return JSON.stringify(...args);
  } catch (err) {
    return "[Cannot display object: " + err.message + "]";
  }
};
