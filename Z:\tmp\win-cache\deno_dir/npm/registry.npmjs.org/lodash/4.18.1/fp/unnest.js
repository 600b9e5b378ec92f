module.exports = require("./flatten");
