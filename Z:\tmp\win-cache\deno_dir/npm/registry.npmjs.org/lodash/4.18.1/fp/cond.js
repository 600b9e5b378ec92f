var convert = require("./convert"),
  func = convert("cond", require("../cond"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
