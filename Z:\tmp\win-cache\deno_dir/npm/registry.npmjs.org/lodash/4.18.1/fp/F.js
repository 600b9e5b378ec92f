module.exports = require("./stubFalse");
