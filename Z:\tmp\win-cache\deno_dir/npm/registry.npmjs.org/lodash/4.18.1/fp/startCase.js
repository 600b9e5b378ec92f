var convert = require("./convert"),
  func = convert("startCase", require("../startCase"), require("./_falseOptions"));

func.placeholder = require("./placeholder");
module.exports = func;
