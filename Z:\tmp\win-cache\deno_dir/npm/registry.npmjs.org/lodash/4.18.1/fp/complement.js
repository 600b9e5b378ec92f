module.exports = require("./negate");
