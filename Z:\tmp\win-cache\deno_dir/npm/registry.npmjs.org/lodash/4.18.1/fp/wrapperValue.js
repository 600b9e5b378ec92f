var convert = require("./convert"),
  func = convert("wrapperValue", require("../wrapperValue"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
