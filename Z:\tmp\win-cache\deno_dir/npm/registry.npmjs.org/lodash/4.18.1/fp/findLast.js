var convert = require("./convert"),
  func = convert("findLast", require("../findLast"));

func.placeholder = require("./placeholder");
module.exports = func;
