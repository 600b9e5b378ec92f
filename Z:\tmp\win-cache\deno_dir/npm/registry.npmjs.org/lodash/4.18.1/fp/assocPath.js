module.exports = require("./set");
