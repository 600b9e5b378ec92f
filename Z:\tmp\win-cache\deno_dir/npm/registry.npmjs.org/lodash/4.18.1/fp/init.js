module.exports = require("./initial");
