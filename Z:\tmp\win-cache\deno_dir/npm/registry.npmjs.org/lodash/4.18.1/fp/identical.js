module.exports = require("./eq");
