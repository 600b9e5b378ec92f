module.exports = require("./xor");
