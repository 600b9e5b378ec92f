var convert = require("./convert"),
  func = convert("tail", require("../tail"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
