module.exports = require("./overEvery");
