module.exports = require("./forEachRight");
