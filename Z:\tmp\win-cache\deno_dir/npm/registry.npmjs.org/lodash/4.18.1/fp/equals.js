module.exports = require("./isEqual");
