module.exports = require("./xorWith");
