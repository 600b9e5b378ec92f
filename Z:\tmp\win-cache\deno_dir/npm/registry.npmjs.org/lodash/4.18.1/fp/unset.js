var convert = require("./convert"),
  func = convert("unset", require("../unset"));

func.placeholder = require("./placeholder");
module.exports = func;
