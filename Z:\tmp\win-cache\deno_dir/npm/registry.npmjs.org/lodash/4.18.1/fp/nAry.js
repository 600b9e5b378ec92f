module.exports = require("./ary");
