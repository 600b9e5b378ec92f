var convert = require("./convert"),
  func = convert("pullAllBy", require("../pullAllBy"));

func.placeholder = require("./placeholder");
module.exports = func;
