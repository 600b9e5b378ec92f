var convert = require("./convert"),
  func = convert("wrapperChain", require("../wrapperChain"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
