module.exports = require("./placeholder");
