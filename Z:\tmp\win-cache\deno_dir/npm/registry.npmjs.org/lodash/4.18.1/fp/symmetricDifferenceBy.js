module.exports = require("./xorBy");
