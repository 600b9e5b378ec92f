module.exports = require("./every");
