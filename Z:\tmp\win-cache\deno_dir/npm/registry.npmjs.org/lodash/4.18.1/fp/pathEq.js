module.exports = require("./matchesProperty");
