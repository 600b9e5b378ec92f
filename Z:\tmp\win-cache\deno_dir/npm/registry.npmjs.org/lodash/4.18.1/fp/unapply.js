module.exports = require("./rest");
