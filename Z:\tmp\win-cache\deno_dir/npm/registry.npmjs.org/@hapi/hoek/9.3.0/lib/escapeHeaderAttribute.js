"use strict";

const Assert = require("./assert");

const internals = {};

module.exports = function (attribute) {
  // Allowed value characters: !#$%&'()*+,-./:;<=>?@[]^_`{|}~ and space, a-z, A-Z, 0-9, \, "

  Assert(
    /^[ \w\!#\$%&'\(\)\*\+,\-\.\/\:;<\=>\?@\[\]\^`\{\|\}~\"\\]*$/.test(attribute),
    "Bad attribute value (" + attribute + ")",
  );

  return attribute.replace(/\\/g, "\\\\").replace(/\"/g, '\\"'); // Escape quotes and slash
};
