var convert = require("./convert"),
  func = convert("isInteger", require("../isInteger"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
