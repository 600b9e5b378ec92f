var convert = require("./convert"),
  func = convert("trimChars", require("../trim"));

func.placeholder = require("./placeholder");
module.exports = func;
