var convert = require("./convert"),
  func = convert("toFinite", require("../toFinite"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
