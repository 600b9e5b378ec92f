module.exports = require("./forEach");
