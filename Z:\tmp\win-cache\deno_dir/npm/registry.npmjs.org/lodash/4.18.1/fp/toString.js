var convert = require("./convert"),
  func = convert("toString", require("../toString"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
