"use strict";

const Ignore = require("./ignore");

const internals = {};

module.exports = function () {
  return new Promise(Ignore);
};
