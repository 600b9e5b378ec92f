module.exports = require("./isMatch");
