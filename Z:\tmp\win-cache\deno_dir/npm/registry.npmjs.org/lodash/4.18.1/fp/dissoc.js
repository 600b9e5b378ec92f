module.exports = require("./unset");
