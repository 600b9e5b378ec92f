module.exports = require("./dropRight");
