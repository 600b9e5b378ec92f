module.exports = require("./overSome");
