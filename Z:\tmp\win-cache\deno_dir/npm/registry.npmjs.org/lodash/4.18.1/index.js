module.exports = require("./lodash");
