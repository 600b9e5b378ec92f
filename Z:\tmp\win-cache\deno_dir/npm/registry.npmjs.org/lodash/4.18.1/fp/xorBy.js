var convert = require("./convert"),
  func = convert("xorBy", require("../xorBy"));

func.placeholder = require("./placeholder");
module.exports = func;
