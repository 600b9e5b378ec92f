var convert = require("./convert"),
  func = convert("sum", require("../sum"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
