var convert = require("./convert"),
  func = convert("wrapperReverse", require("../wrapperReverse"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
