module.exports = {
  "now": require("./now"),
};
