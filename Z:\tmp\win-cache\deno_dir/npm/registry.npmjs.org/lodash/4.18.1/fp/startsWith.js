var convert = require("./convert"),
  func = convert("startsWith", require("../startsWith"));

func.placeholder = require("./placeholder");
module.exports = func;
