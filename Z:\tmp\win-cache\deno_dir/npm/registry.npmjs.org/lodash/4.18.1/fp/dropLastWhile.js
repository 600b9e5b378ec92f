module.exports = require("./dropRightWhile");
