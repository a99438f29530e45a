// Alias pages: go to the incident's new address, keeping the #fragment
// (a link to a section or an action item survives the rename).
(function () {
  "use strict";
  var script = document.getElementById("redirect");
  var target = script && script.getAttribute("data-target");
  if (target) window.location.replace(target + window.location.hash);
})();
