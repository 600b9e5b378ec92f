module.exports = require("./get");
