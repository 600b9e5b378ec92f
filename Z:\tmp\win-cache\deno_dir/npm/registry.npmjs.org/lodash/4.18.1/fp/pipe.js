module.exports = require("./flow");
