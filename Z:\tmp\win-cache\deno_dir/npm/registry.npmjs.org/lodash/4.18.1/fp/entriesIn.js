module.exports = require("./toPairsIn");
