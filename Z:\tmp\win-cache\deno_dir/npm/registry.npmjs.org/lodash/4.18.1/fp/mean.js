var convert = require("./convert"),
  func = convert("mean", require("../mean"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
