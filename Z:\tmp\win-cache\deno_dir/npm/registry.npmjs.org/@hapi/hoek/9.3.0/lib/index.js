"use strict";

exports.applyToDefaults = require("./applyToDefaults");

exports.assert = require("./assert");

exports.Bench = require("./bench");

exports.block = require("./block");

exports.clone = require("./clone");

exports.contain = require("./contain");

exports.deepEqual = require("./deepEqual");

exports.Error = require("./error");

exports.escapeHeaderAttribute = require("./escapeHeaderAttribute");

exports.escapeHtml = require("./escapeHtml");

exports.escapeJson = require("./escapeJson");

exports.escapeRegex = require("./escapeRegex");

exports.flatten = require("./flatten");

exports.ignore = require("./ignore");

exports.intersect = require("./intersect");

exports.isPromise = require("./isPromise");

exports.merge = require("./merge");

exports.once = require("./once");

exports.reach = require("./reach");

exports.reachTemplate = require("./reachTemplate");

exports.stringify = require("./stringify");

exports.wait = require("./wait");
