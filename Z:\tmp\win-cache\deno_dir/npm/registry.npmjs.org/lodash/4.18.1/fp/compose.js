module.exports = require("./flowRight");
