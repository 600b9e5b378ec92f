module.exports = require("./map");
