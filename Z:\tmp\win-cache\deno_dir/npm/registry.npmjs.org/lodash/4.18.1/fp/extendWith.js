module.exports = require("./assignInWith");
