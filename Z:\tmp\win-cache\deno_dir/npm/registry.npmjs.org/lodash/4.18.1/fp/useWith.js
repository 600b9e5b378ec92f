module.exports = require("./overArgs");
