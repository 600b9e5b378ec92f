var convert = require("./convert"),
  func = convert("shuffle", require("../shuffle"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
