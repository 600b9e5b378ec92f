module.exports = require("./spread");
