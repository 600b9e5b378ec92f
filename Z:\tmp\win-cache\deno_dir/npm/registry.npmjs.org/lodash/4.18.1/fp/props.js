module.exports = require("./at");
