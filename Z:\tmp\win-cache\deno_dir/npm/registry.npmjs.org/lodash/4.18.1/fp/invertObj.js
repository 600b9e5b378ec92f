module.exports = require("./invert");
