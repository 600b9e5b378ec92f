var convert = require("./convert"),
  func = convert("lowerCase", require("../lowerCase"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
