var convert = require("./convert"),
  func = convert("result", require("../result"));

func.placeholder = require("./placeholder");
module.exports = func;
