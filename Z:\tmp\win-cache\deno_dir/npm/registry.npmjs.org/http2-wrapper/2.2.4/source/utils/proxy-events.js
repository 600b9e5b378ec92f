"use strict";

module.exports = (from, to, events) => {
  for (const event of events) {
    from.on(event, (...args) => to.emit(event, ...args));
  }
};
