module.exports = require("./assignInAll");
