module.exports = require("./some");
