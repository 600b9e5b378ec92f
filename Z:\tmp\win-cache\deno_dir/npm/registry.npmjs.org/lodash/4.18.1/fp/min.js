var convert = require("./convert"),
  func = convert("min", require("../min"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
