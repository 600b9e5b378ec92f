module.exports = require("./zipObject");
