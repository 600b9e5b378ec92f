module.exports = require("./includes");
