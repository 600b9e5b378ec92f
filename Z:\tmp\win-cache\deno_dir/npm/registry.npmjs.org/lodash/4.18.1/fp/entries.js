module.exports = require("./toPairs");
