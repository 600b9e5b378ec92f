var convert = require("./convert"),
  func = convert("intersectionBy", require("../intersectionBy"));

func.placeholder = require("./placeholder");
module.exports = func;
