module.exports = require("./assignInAllWith");
