module.exports = require("./getOr");
