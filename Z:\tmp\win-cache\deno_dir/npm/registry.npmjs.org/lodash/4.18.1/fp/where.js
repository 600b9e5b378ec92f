module.exports = require("./conformsTo");
