module.exports = require("./assignIn");
