module.exports = require("./constant");
