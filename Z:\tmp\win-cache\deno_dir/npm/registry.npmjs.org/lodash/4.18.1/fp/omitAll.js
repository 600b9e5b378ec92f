module.exports = require("./omit");
