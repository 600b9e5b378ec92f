module.exports = require("./pick");
