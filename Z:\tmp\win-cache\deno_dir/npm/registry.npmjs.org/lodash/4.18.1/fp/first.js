module.exports = require("./head");
