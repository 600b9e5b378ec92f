module.exports = require("./takeRightWhile");
