module.exports = require("./wrapperValue");
