module.exports = require("./over");
