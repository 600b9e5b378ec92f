module.exports = require("./stubTrue");
