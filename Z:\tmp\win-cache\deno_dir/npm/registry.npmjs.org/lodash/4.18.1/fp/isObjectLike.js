var convert = require("./convert"),
  func = convert("isObjectLike", require("../isObjectLike"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
