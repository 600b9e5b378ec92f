var convert = require("./convert"),
  func = convert("over", require("../over"));

func.placeholder = require("./placeholder");
module.exports = func;
