module.exports = require("./keyBy");
