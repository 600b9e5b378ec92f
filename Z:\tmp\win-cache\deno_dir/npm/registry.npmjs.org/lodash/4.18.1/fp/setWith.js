var convert = require("./convert"),
  func = convert("setWith", require("../setWith"));

func.placeholder = require("./placeholder");
module.exports = func;
