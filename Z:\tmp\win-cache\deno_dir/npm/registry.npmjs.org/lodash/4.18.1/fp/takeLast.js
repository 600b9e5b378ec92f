module.exports = require("./takeRight");
