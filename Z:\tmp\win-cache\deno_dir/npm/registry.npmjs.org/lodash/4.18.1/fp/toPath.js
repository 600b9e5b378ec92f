var convert = require("./convert"),
  func = convert("toPath", require("../toPath"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
